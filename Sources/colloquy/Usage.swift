enum Usage {
    static let version = "colloquy 0.1.0"

    /// `--help`: the synopsis and the commands come from `CommandSpec.all`.
    static var text: String {
        let synopsis = CommandSpec.all.map { "  " + $0.synopsis }
            + ["  colloquy --list-themes | --help | --version"]
        let commands = CommandSpec.all.compactMap { spec -> String? in
            guard let name = spec.name, !spec.summary.isEmpty else { return nil }
            let lines = spec.summary.split(separator: "\n")
            let first = name.count < 10 ? "  " + name.padding(toLength: 10, withPad: " ", startingAt: 0) + lines[0]
                                        : "  \(name)\n            \(lines[0])"
            return ([first] + lines.dropFirst().map { "            " + $0 }).joined(separator: "\n")
        }
        return """
        colloquy — read interviews and Q&A transcripts in the terminal

        Usage:
        \(synopsis.joined(separator: "\n"))

        FILE is a transcript (plain text, Markdown, WebVTT, SRT, HTML, a speech-to-text
        service's JSON or a CSV/TSV table; detected from the content, FMT overrides it). '-' or a pipe reads standard input; no FILE opens the embedded
        2020 Sputnik interview with Sergei Lavrov. When standard output is not a terminal
        the reader prints the outline instead.

        A folder (read recursively) or several FILEs make a library: the reader lists its
        documents, and outline, export, grep, countries, people, organisations and topics read
        every one (grep prints FILE:EXCHANGE:LINE); files that are not text are skipped and counted.

        Commands:
        \(commands.joined(separator: "\n"))

        Every command takes --speaker 'LABEL=ROLE' (interviewer, interviewee, moderator, other,
        or none for a label-like shape that is text), repeatable, to correct who is who; the same
        lines can live in FILE.speakers beside the transcript.

        KEYS notation: characters as typed, plus <Enter> <Esc> <Tab> <S-Tab> <Space> <BS>
        <Up> <Down> <Left> <Right> <PgUp> <PgDn> <Home> <End> <C-x> <lt> and <Resize:WxH>.

        --filter (outline, export; & in the reader) takes speaker, country, topic, person,
        organisation, pattern or regex, then ':' or a space and a value (country:LY, speaker Kirby);
        text alone is a pattern. Only the exchanges that match are kept, with their numbers.

        In the reader press ? for every key. q quits.

        Settings: $XDG_CONFIG_HOME/colloquy/config (theme, measure, sidebar-width, copy-command,
        citation (how y cites a quote), player (what o runs: mpv --start={seconds} {media}),
        keys = vim|less|emacs, bind = KEY ACTION), overridden by COLLOQUY_THEME and the like, then
        by flags; 'colloquy config' shows each and where it came from, 'colloquy keys' the keys.
        Environment: NO_COLOR (no colours), XDG_CONFIG_HOME (also themes in colloquy/themes/).
        Exit status: 0 success, 1 unreadable input (grep: no match; the reader: quit, but the
        bookmarks could not be saved), 2 usage error, 128+N after signal N.
        """
    }
}
