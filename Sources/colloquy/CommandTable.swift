import TranscriptKit

/// Every command and the options it takes: `--help`, the shell completions and the argument
/// parser's check of which option belongs where are all read from this one table, so they
/// cannot drift apart.
struct CommandSpec {
    /// What an option's value is, for completion.
    enum Value {
        case none
        /// Free text such as a pattern or a size: nothing to offer.
        case text(String)
        case file(String)
        /// A theme name or a theme file.
        case theme
        /// One of these words; the synopsis shows them, or the placeholder when there are many.
        case choice([String], placeholder: String? = nil)
        case number(String)
    }

    struct Option {
        var names: [String]
        var value: Value = .none
        var help: String
        var required = false
        /// `--speaker` may be given again and again.
        var repeatable = false

        /// `--size WxH`, `[-e]`, as the synopsis shows it.
        var synopsis: String {
            var text = names.count > 1 && names[0].count == 2 ? names[0] : names.last ?? ""
            switch value {
            case .none: break
            case .text(let placeholder), .file(let placeholder), .number(let placeholder): text += " " + placeholder
            case .theme: text += " NAME|PATH"
            case .choice(let words, let placeholder): text += " " + (placeholder ?? words.joined(separator: "|"))
            }
            return required ? text : "[\(text)]"
        }
    }

    /// The word after `colloquy`; nil for the reader itself.
    var name: String?
    /// Arguments before the options in the synopsis, such as `PATTERN` (FILE comes after them).
    var leading: String = ""
    var takesFile = true
    /// What the file operand is called in the synopsis.
    var fileName = "FILE"
    var options: [Option]
    /// One line for the Commands section of `--help`; the reader has none.
    var summary: String = ""
    /// Show the options before FILE, as `grep [-e] [-c] PATTERN [FILE]` reads best.
    var optionsFirst = false

    var synopsis: String {
        let options = self.options.filter { !$0.repeatable }.map(\.synopsis)
        let operands = [leading, takesFile ? "[\(fileName)]" : ""].filter { !$0.isEmpty }
        let parts = optionsFirst ? options + operands : operands + options
        return (["colloquy", name ?? ""] + parts).filter { !$0.isEmpty }.joined(separator: " ")
    }

    func option(named name: String) -> Option? {
        options.first { $0.names.contains(name) } ?? CommandSpec.everywhere.first { $0.names.contains(name) }
    }
}

extension CommandSpec {
    static let inputFormats = TranscriptFormat.allCases.map(\.rawValue)

    private static let speaker = Option(names: ["--speaker"], value: .text("LABEL=ROLE"),
                                        help: "correct who is who (repeatable)", repeatable: true)
    private static let theme = Option(names: ["--theme"], value: .theme, help: "colour theme by name or file")
    private static let inputFormat = Option(names: ["--format"], value: .choice(inputFormats, placeholder: "FMT"),
                                            help: "input format (detected when absent)")
    /// Where `--format` names the output, the input's format has the longer name.
    private static let inputFormatLong = Option(names: ["--input-format"], value: .choice(inputFormats, placeholder: "FMT"),
                                                help: "input format (detected when absent)")
    private static let plain = Option(names: ["--plain"], help: "no box drawing or decoration, roles in words (also COLLOQUY_PLAIN=1)")
    private static let measure = Option(names: ["--measure"], value: .text("N"), help: "text at most N columns wide (default 100)")
    private static let sidebarWidth = Option(names: ["--sidebar-width"], value: .text("N"), help: "the sidebar's width (default: what its titles need)")
    private static let filter = Option(names: ["--filter"], value: .text("FIELD:VALUE"),
                                       help: "only the exchanges where a speaker speaks or a country, topic, person,\norganisation or pattern is found (speaker:Kirby, country:LY, libya)")
    private static let exportFormat = Option(names: ["--format"], value: .choice(["json", "markdown", "text"]), help: "output format")

    /// Options every command takes.
    static let everywhere: [Option] = [
        Option(names: ["-h", "--help"], help: "show this help"),
        Option(names: ["-V", "--version"], help: "print the version"),
        Option(names: ["--list-themes"], help: "list the theme names"),
    ]

    static let all: [CommandSpec] = [
        CommandSpec(name: nil, options: [theme, inputFormat, Option(names: ["--no-resume"], help: "start at the top"), plain,
                                         measure, sidebarWidth,
                                         Option(names: ["--copy-command"], value: .text("CMD"), help: "y also pipes the quote to CMD (wl-copy, pbcopy…)"),
                                         Option(names: ["--media"], value: .file("FILE"), help: "the recording o plays (default: beside FILE by name)"),
                                         speaker]),
        CommandSpec(name: "outline", options: [inputFormat, Option(names: ["--explain"], help: "why each label was believed"), filter, speaker],
                    summary: "numbered exchanges with title, speakers and source lines; --explain adds\nwhy each label was believed and what began each exchange"),
        CommandSpec(name: "export", options: [exportFormat, inputFormatLong, filter, speaker],
                    summary: "the whole document as JSON (docs/json-contract.md), Markdown or text"),
        CommandSpec(name: "render", options: [
            Option(names: ["--size"], value: .text("WxH"), help: "frame size, such as 80x24", required: true),
            Option(names: ["--keys"], value: .text("KEYS"), help: "keys to replay before drawing"),
            Option(names: ["--ansi"], help: "styled with ANSI escapes"), theme, plain, measure, sidebarWidth, inputFormat, speaker,
        ], summary: "replay KEYS headlessly and print one frame (plain, or --ansi styled)"),
        CommandSpec(name: "grep", leading: "PATTERN", options: [
            Option(names: ["-e", "--regex"], help: "PATTERN is a regular expression"),
            Option(names: ["-c", "--count"], help: "print the number of matches"), inputFormat, speaker,
        ], summary: "every match as exchange:line: context (-e regular expression, -c count);\nexit 1 when nothing matches. Smart case; accents, quotes and dashes fold", optionsFirst: true),
        CommandSpec(name: "bookmarks", options: [exportFormat, inputFormatLong, speaker],
                    summary: "the document's bookmarks (kept in $XDG_DATA_HOME/colloquy/)"),
        CommandSpec(name: "countries", options: [inputFormat, speaker], summary: "each country with its mentions and the exchanges that mention it"),
        CommandSpec(name: "people", options: [inputFormat, speaker], summary: "the same for people"),
        CommandSpec(name: "organisations", options: [inputFormat, speaker], summary: "the same for organisations"),
        CommandSpec(name: "topics", options: [inputFormat, speaker], summary: "the same for topics, then each exchange's key terms"),
        CommandSpec(name: "speakers", options: [inputFormat, speaker],
                    summary: "each speaker's role, turns, words, share, questions asked, average answer\nand the exchanges they speak in"),
        CommandSpec(name: "bench", takesFile: false, options: [Option(names: ["--megabytes"], value: .number("N"), help: "size of the generated transcript"),
                                                               Option(names: ["--library"], value: .number("N"), help: "measure a generated library of N documents")],
                    summary: "generate a deterministic transcript and measure parsing and drawing;\n--library N: a library of N documents (listing, indexing, picker, grep, memory)"),
        CommandSpec(name: "corpus-report", fileName: "CORPUS-DIR", options: [
            Option(names: ["--gold"], value: .file("DIR"), help: "folder of gold files"),
            Option(names: ["-v", "--verbose"], help: "one line per transcript"),
            Option(names: ["--restyle"], help: "each holding transcript rewritten in other sources' label styles, parsed again"),
            Option(names: ["--keep"], value: .file("DIR"), help: "with --restyle: write the rewritten transcripts into DIR"),
        ], summary: "real transcripts (default ../shared/corpus) against their hand-written gold"),
        CommandSpec(name: "entity-report", fileName: "CORPUS-DIR", options: [
            Option(names: ["--gold"], value: .file("DIR"), help: "folder of entity gold files"),
            Option(names: ["-v", "--verbose"], help: "every wrong, missed and off-target item"),
            Option(names: ["--candidates"], help: "instead: every candidate key term with its features, as JSON lines (Scripts/fit-key-terms)"),
        ], summary: "people and key terms against hand-labelled gold: precision, recall, F1\nper file and overall, key-term precision at 4"),
        CommandSpec(name: "completions", leading: "bash|zsh|fish", takesFile: false, options: [],
                    summary: "print the shell completion script (see Scripts/install)"),
        CommandSpec(name: "config", takesFile: false, options: [theme, plain],
                    summary: "the settings in force and where each came from"),
        CommandSpec(name: "keys", takesFile: false, options: [Option(names: ["--man"], help: "as the man page's table")],
                    summary: "the key bindings in force"),
    ]

    static func named(_ name: String?) -> CommandSpec? { all.first { $0.name == name } }
}
