import ReaderCore
import TranscriptKit

/// The parsed command line. Parsing is strict: unknown options are usage errors (exit 2).
struct Arguments {
    enum Command: String, CaseIterable {
        case read, outline, export, render, bench, grep, bookmarks, countries, topics, people, organisations, speakers
        case corpusReport = "corpus-report"
        case entityReport = "entity-report"
        case completions, config, keys

        /// Takes a folder or several files (`Library`).
        var readsLibraries: Bool { [.read, .outline, .export, .grep, .countries, .people, .organisations, .topics].contains(self) }

        /// Its row in the command table.
        var spec: CommandSpec? { CommandSpec.named(self == .read ? nil : rawValue) }

        /// The command a word names, found by comparing names one by one: `init(rawValue:)` over
        /// this many cases builds a table keyed by String, and the first such table costs the
        /// Swift runtime a search of every conformance record in the binary (0.33 M instructions,
        /// before the reader's second thread could start).
        static func named(_ word: String) -> Command? { allCases.first { $0.rawValue == word } }
    }

    var command: Command = .read
    /// The paths given; several, or a folder, make a library.
    var files: [String] = []
    var file: String? { files.first }
    var inputFormat: TranscriptFormat?
    var exportFormat: ExportFormat = .json
    private var exportFormatGiven = false
    var theme: String?
    /// `--measure`, `--sidebar-width` (which win over the config file and the environment).
    var measure: Int?
    var sidebarWidth: Int?
    var size: (width: Int, height: Int)?
    var keys: String = ""
    var ansi = false
    var resume = true
    var help = false
    var version = false
    var listThemes = false
    var benchMegabytes = 50
    /// `bench --library N`: measure a generated library of N documents instead.
    var benchLibrary: Int?
    var pattern: String?
    var regex = false
    var countOnly = false
    var explain = false
    var restyle = false
    /// `--speaker LABEL=ROLE`, in the order given.
    var speakers: [String] = []
    var goldFolder: String?
    /// `entity-report --candidates`: every candidate key term with its features, for fitting.
    var candidates = false
    /// `corpus-report --restyle --keep DIR`: where the rewritten transcripts are written.
    var keepFolder: String?
    var verbose = false
    /// `completions bash|zsh|fish`.
    var shell: String?
    /// `keys --man`.
    var man = false
    var plain = false
    /// `--filter 'country:LY'` on export and outline.
    var filter: String?
    /// `--copy-command 'wl-copy'`: what `y` pipes its text to, besides the terminal's clipboard.
    var copyCommand: String?
    /// `--media FILE`: the recording `o` plays.
    var media: String?

    enum ExportFormat: String, CaseIterable { case json, markdown, text }

    struct UsageError: Error { var message: String }

    init(_ args: [String]) throws(UsageError) {
        var rest = args[...]
        if let first = rest.first, let command = Command.named(first), command != .read {
            self.command = command
            rest = rest.dropFirst()
        }
        while let arg = rest.popFirst() {
            func value() throws(UsageError) -> String {
                if let eq = arg.firstIndex(of: "="), arg.hasPrefix("--") { return String(arg[arg.index(after: eq)...]) }
                guard let v = rest.popFirst() else { throw UsageError(message: "\(arg) needs a value") }
                return v
            }
            let name = arg.hasPrefix("--") ? String(arg.prefix(while: { $0 != "=" })) : arg
            if name.hasPrefix("-") && name != "-" && command.spec?.option(named: name) == nil {
                let command = self.command == .read ? "" : " for \(self.command.rawValue)"
                throw UsageError(message: "unknown option '\(arg)'\(command)")
            }
            switch name {
            case "-h", "--help": help = true
            case "-V", "--version": version = true
            case "--list-themes": listThemes = true
            case "--no-resume": resume = false
            case "--ansi": ansi = true
            case "--plain": plain = true
            case "--man": man = true
            case "--explain": explain = true
            case "--restyle": restyle = true
            case "--filter": filter = try value()
            case "--copy-command": copyCommand = try value()
            case "--media": media = try value()
            case "--gold": goldFolder = try value()
            case "--candidates": candidates = true
            case "--keep": keepFolder = try value()
            case "--speaker": speakers.append(try value())
            case "-v", "--verbose": verbose = true
            case "-e", "--regex": regex = true
            case "-c", "--count": countOnly = true
            case "--theme": theme = try value()
            case "--keys": keys = try value()
            case "--input-format": inputFormat = try Self.transcriptFormat(try value())
            case "--format":
                let v = try value()
                if command == .export || command == .bookmarks {
                    guard let f = ExportFormat(rawValue: v) else {
                        throw UsageError(message: "unknown export format '\(v)' (json, markdown, text)")
                    }
                    exportFormat = f
                    exportFormatGiven = true
                } else {
                    inputFormat = try Self.transcriptFormat(v)
                }
            case "--size":
                let v = try value()
                let parts = v.lowercased().split(separator: "x")
                guard parts.count == 2, let w = Int(parts[0]), let h = Int(parts[1]), (1...1000).contains(w),
                      (1...1000).contains(h) else { throw UsageError(message: "--size takes WIDTHxHEIGHT, such as 80x24") }
                size = (w, h)
            case "--measure":
                guard let n = Int(try value()), (LayoutSettings.narrowestMeasure...1000).contains(n) else {
                    throw UsageError(message: "--measure takes a number of columns from \(LayoutSettings.narrowestMeasure) to 1000")
                }
                measure = n
            case "--sidebar-width":
                guard let n = Int(try value()), (10...200).contains(n) else {
                    throw UsageError(message: "--sidebar-width takes a number of columns from 10 to 200")
                }
                sidebarWidth = n
            case "--library":
                guard let n = Int(try value()), (1...100_000).contains(n) else {
                    throw UsageError(message: "--library takes a number of documents from 1 to 100000")
                }
                benchLibrary = n
            case "--megabytes":
                guard let n = Int(try value()), (1...2000).contains(n) else {
                    throw UsageError(message: "--megabytes takes a number from 1 to 2000")
                }
                benchMegabytes = n
            default:
                if arg.hasPrefix("-") && arg != "-" { throw UsageError(message: "unknown option '\(arg)'") }
                if command == .grep && pattern == nil {
                    pattern = arg
                    continue
                }
                if command == .completions && shell == nil {
                    shell = arg
                    continue
                }
                guard file == nil || command.readsLibraries else {
                    throw UsageError(message: "only one FILE can be read at a time (got '\(arg)')")
                }
                files.append(arg)
            }
        }
        if command == .bookmarks && !exportFormatGiven { exportFormat = .text }
        if command == .grep && pattern == nil && !help { throw UsageError(message: "grep needs a PATTERN") }
    }

    private static func transcriptFormat(_ v: String) throws(UsageError) -> TranscriptFormat {
        let aliases = ["txt": "text", "md": "markdown", "vtt": "webvtt", "htm": "html", "tsv": "csv"]
        guard let f = TranscriptFormat(rawValue: aliases[v] ?? v) else {
            throw UsageError(message: "unknown input format '\(v)' (text, markdown, webvtt, srt, html, json, csv)")
        }
        return f
    }
}
