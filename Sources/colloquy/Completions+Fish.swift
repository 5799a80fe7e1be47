extension Completions {
    /// One `complete` line per command and option, each guarded by the command it belongs to.
    static var fish: String {
        let names = commands.compactMap(\.name).joined(separator: " ")
        var lines = [
            "# fish completion for colloquy: \(header)",
            "complete -c colloquy -f",
        ]
        for spec in commands {
            guard let name = spec.name else { continue }
            let summary = spec.summary.split(separator: "\n").first.map(String.init) ?? ""
            lines.append("complete -c colloquy -n '__fish_use_subcommand' -a \(name) -d \(fishQuote(summary))")
        }
        for spec in CommandSpec.all {
            let condition = spec.name.map { "'__fish_seen_subcommand_from \($0)'" }
                ?? "'not __fish_seen_subcommand_from \(names)'"
            let prefix = "complete -c colloquy -n \(condition)"
            if spec.takesFile { lines.append(prefix + " -F") }
            if !choices(spec.leading).isEmpty {
                lines.append(prefix + " -a '\(choices(spec.leading).joined(separator: " "))'")
            }
            for option in spec.options + CommandSpec.everywhere {
                let flags = option.names.map { $0.hasPrefix("--") ? "-l \($0.dropFirst(2))" : "-s \($0.dropFirst())" }
                var value: String
                switch option.value {
                case .none: value = ""
                case .text, .number: value = " -x"
                case .file: value = " -r -F"
                case .theme: value = " -r -F -a '(colloquy --list-themes 2>/dev/null)'"
                case .choice(let words, _): value = " -x -a '\(words.joined(separator: " "))'"
                }
                lines.append(prefix + " " + flags.joined(separator: " ") + value + " -d " + fishQuote(option.help))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func fishQuote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'"
    }
}
