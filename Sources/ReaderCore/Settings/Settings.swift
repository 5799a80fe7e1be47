import TranscriptKit

/// The settings in force, and where each came from: defaults, then the config file, then the
/// environment, then flags, each later one winning.
///
/// Reading never fails: a bad line becomes one problem naming the file and line, and the other
/// lines still apply.
public struct Settings: Sendable {
    public enum Origin: Sendable, Equatable, CustomStringConvertible {
        case standard
        case file(path: String, line: Int)
        case environment(String)
        case flag(String)

        public var description: String {
            switch self {
            case .standard: return "default"
            case .file(let path, let line): return "file \(path):\(line)"
            case .environment(let name): return "environment \(name)"
            case .flag(let name): return "flag \(name)"
            }
        }
    }

    public struct Value: Sendable, Equatable {
        public var text: String
        public var origin: Origin
    }

    /// A `bind = KEY ACTION` line; no action unbinds the key.
    public struct Rebinding: Sendable {
        public var key: Key
        public var action: Action?
        public var origin: Origin
    }

    /// Every setting with its default and the variable that sets it from the environment.
    public static let known: [(name: String, standard: String, environment: String)] = [
        ("theme", "default", "COLLOQUY_THEME"),
        ("measure", "auto", "COLLOQUY_MEASURE"),
        ("sidebar-width", "auto", "COLLOQUY_SIDEBAR_WIDTH"),
        ("copy-command", "none", "COLLOQUY_COPY_COMMAND"),
        ("citation", Citation.standard, "COLLOQUY_CITATION"),
        ("player", "none", "COLLOQUY_PLAYER"),
        ("keys", "vim", "COLLOQUY_KEYS"),
        ("plain", "no", "COLLOQUY_PLAIN"),
    ]

    public private(set) var values: [String: Value]
    public private(set) var rebindings: [Rebinding] = []
    /// One line per bad line or conflict, naming where it is.
    public private(set) var problems: [String] = []

    public init() {
        values = Dictionary(uniqueKeysWithValues: Self.known.map { ($0.name, Value(text: $0.standard, origin: .standard)) })
    }

    public var theme: String { values["theme"]?.text ?? "default" }
    /// Columns of text in a pane; nil lets the layout choose.
    public var measure: Int? { values["measure"].flatMap { Int($0.text) } }
    public var sidebarWidth: Int? { values["sidebar-width"].flatMap { Int($0.text) } }
    public var copyCommand: String? { values["copy-command"].flatMap { $0.text == "none" ? nil : $0.text } }
    /// `mpv --start={seconds} {media}`: what `o` runs; nil copies the time instead.
    public var player: String? { values["player"].flatMap { $0.text == "none" ? nil : $0.text } }
    public var citation: String { values["citation"]?.text ?? Citation.standard }
    public var preset: String { values["keys"]?.text ?? "vim" }
    public var plain: Bool { values["plain"]?.text == "yes" }

    /// Lines of `key = value`; `#` starts a comment line.
    public mutating func read(file text: String, path: String) {
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = Self.trimmed(raw)
            guard !line.isEmpty, !line.hasPrefix("#") else { continue }
            let origin = Origin.file(path: path, line: index + 1)
            guard let eq = line.firstIndex(of: "=") else {
                problems.append("\(path):\(index + 1): expected 'name = value', got '\(line)'")
                continue
            }
            let name = Self.trimmed(line[..<eq])
            let value = Self.trimmed(line[line.index(after: eq)...])
            if let problem = set(name, value, from: origin) { problems.append("\(path):\(index + 1): \(problem)") }
        }
    }

    private static func trimmed(_ text: Substring) -> String {
        let blank: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" }
        return String(text.drop(while: blank).reversed().drop(while: blank).reversed())
    }

    /// A problem found outside the lines, such as an unreadable file.
    public mutating func problem(_ text: String) { problems.append(text) }

    /// `COLLOQUY_THEME` and the like; an empty variable counts as unset.
    public mutating func read(environment: [String: String]) {
        for setting in Self.known {
            guard let value = environment[setting.environment], !value.isEmpty else { continue }
            if let problem = set(setting.name, value, from: .environment(setting.environment)) {
                problems.append("\(setting.environment): \(problem)")
            }
        }
    }

    /// Sets one setting after checking its value; returns what is wrong instead when it is bad.
    public mutating func set(_ name: String, _ value: String, from origin: Origin) -> String? {
        if name == "bind" || name == "unbind" { return rebind(name, value, from: origin) }
        guard Self.known.contains(where: { $0.name == name }) else {
            return "unknown setting '\(name)' (\(Self.known.map(\.name).joined(separator: ", ")), bind, unbind)"
        }
        var text = value
        switch name {
        case "measure", "sidebar-width":
            let range = name == "measure" ? 20...1000 : 10...200
            guard value == "auto" || Int(value).map(range.contains) == true else {
                return "\(name) takes a number of columns from \(range.lowerBound) to \(range.upperBound), or auto (got '\(value)')"
            }
        case "keys":
            guard KeyMap.presetNames.contains(value) else {
                return "keys takes one of \(KeyMap.presetNames.joined(separator: ", ")) (got '\(value)')"
            }
        case "plain":
            switch value.lowercased() {
            case "yes", "true", "on", "1": text = "yes"
            case "no", "false", "off", "0": text = "no"
            default: return "plain takes yes or no (got '\(value)')"
            }
        default:
            guard !value.isEmpty else { return "\(name) needs a value" }
        }
        values[name] = Value(text: text, origin: origin)
        return nil
    }

    /// `bind = KEY ACTION`, `unbind = KEY`. A key bound twice to different actions is a conflict:
    /// the first binding stands and the second is reported.
    private mutating func rebind(_ name: String, _ value: String, from origin: Origin) -> String? {
        let words = value.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard words.count == (name == "bind" ? 2 : 1), let key = KeyNotation.key(named: words[0]) else {
            return name == "bind" ? "bind takes a key and an action, such as 'bind = C-d half-page-down' (got '\(value)')"
                                  : "unbind takes one key, such as 'unbind = q' (got '\(value)')"
        }
        var action: Action?
        if name == "bind" {
            guard let named = Action(name: words[1]) else {
                return "no action named '\(words[1])' (colloquy keys lists them)"
            }
            action = named
        }
        if let earlier = rebindings.first(where: { $0.key == key }), earlier.action != action {
            let was = earlier.action.map { "bound to \($0.name)" } ?? "unbound"
            return "conflict: \(KeyNotation.name(of: key)) is already \(was) by \(earlier.origin); this line is ignored"
        }
        rebindings.append(Rebinding(key: key, action: action, origin: origin))
        return nil
    }

    /// The preset with the rebindings applied, and a note for each key taken from another action
    /// and each action left without a key.
    public func keyMap() -> (map: KeyMap, notes: [String]) {
        var map = KeyMap.preset(preset) ?? .standard
        var notes: [String] = []
        for rebinding in rebindings {
            let keyName = KeyNotation.name(of: rebinding.key)
            if let action = rebinding.action {
                if let taken = map.bind(rebinding.key, to: action) {
                    notes.append("\(keyName) now does \(action.name), no longer \(taken.name) (\(rebinding.origin))")
                }
            } else if let taken = map.unbind(rebinding.key) {
                notes.append("\(keyName) no longer does \(taken.name) (\(rebinding.origin))")
            }
        }
        for action in Action.allCases where map.keys(for: action).isEmpty {
            notes.append("\(action.name) has no key")
        }
        return (map, notes)
    }
}
