extension Completions {
    /// An `_arguments` spec per command; works both from `fpath` (as `_colloquy`) and sourced.
    static var zsh: String {
        var cases: [String] = []
        for spec in commands + CommandSpec.all.filter({ $0.name == nil }) {
            var specs = (spec.options + CommandSpec.everywhere).map(zshOption)
            if spec.name == nil {
                specs.append("'1: :_colloquy_first'")
            } else if !choices(spec.leading).isEmpty {
                specs.append("'1:\(spec.leading.lowercased()):(\(choices(spec.leading).joined(separator: " ")))'")
            } else if !spec.leading.isEmpty {
                specs.append("'1:\(spec.leading.lowercased()): '")
            }
            if spec.takesFile { specs.append("'*:\(spec.fileName.lowercased()):_files'") }
            let shift = spec.name == nil ? "" : "shift words; (( CURRENT-- )); "
            cases.append("        (\(spec.name ?? "*"))\n            \(shift)_arguments -s \\\n                "
                + specs.joined(separator: " \\\n                ") + " ;;")
        }
        let described = commands.compactMap { spec in
            spec.name.map { "        " + zshQuote("\($0):\(spec.summary.split(separator: "\n").first ?? "")") }
        }
        return """
        #compdef colloquy
        # zsh completion for colloquy: \(header)
        _colloquy_themes() {
            local -a themes
            themes=(${(f)"$(colloquy --list-themes 2>/dev/null)"})
            compadd -a themes
            _files -g '*.theme'
        }
        _colloquy_first() {
            local -a commands
            commands=(
        \(described.joined(separator: "\n"))
            )
            _describe -t commands command commands
            _files
        }
        _colloquy() {
            local command=
            (( CURRENT > 2 )) && command=$words[2]
            case $command in
        \(cases.joined(separator: "\n"))
            esac
        }
        if [[ $funcstack[1] == _colloquy ]]; then _colloquy "$@"; else compdef _colloquy colloquy; fi

        """
    }

    /// `'(-e --regex)'{-e,--regex}'[help]'`, with the value's completion after it.
    private static func zshOption(_ option: CommandSpec.Option) -> String {
        let help = "[" + option.help.replacingOccurrences(of: "[", with: "(").replacingOccurrences(of: "]", with: ")")
            .replacingOccurrences(of: ":", with: "\\:") + "]"
        var value: String
        switch option.value {
        case .none: value = ""
        case .text(let name), .number(let name): value = ":\(name): "
        case .file(let name): value = ":\(name):_files"
        case .theme: value = ":theme:_colloquy_themes"
        case .choice(let words, _): value = ":value:(\(words.joined(separator: " ")))"
        }
        let tail = zshQuote(help + value)
        if option.repeatable { return "'*\(option.names[0])'" + tail }
        if option.names.count == 1 { return zshQuote(option.names[0]) + tail }
        let names = option.names.joined(separator: " ")
        return "'(\(names))'{\(option.names.joined(separator: ","))}" + tail
    }

    private static func zshQuote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
