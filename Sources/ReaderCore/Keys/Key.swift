/// Input as the reader understands it, whatever terminal or script produced it.
public enum Key: Hashable, Sendable {
    case char(Character)
    case ctrl(Character)
    case enter, escape, tab, backTab, backspace, delete
    case up, down, left, right, pageUp, pageDown, home, end
    case resize(width: Int, height: Int)
    case mouse(MouseEvent)

    /// How the key is written in the help overlay and in KEYS notation.
    public var label: String {
        switch self {
        case .char(" "): return "Space"
        case .char(let c): return String(c)
        case .ctrl(let c): return "Ctrl-\(c.uppercased())"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .backspace: return "Backspace"
        case .delete: return "Delete"
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .resize(let w, let h): return "resize \(w)×\(h)"
        case .mouse: return "mouse"
        }
    }
}

public struct MouseEvent: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case press, wheelUp, wheelDown }
    public var kind: Kind
    public var x: Int
    public var y: Int

    public init(kind: Kind, x: Int, y: Int) {
        self.kind = kind
        self.x = x
        self.y = y
    }
}

/// The KEYS notation of `colloquy render --keys`: `]]:9<Enter>/Libya<Enter>n`.
public enum KeyNotation {
    public struct Failure: Error, Equatable { public var message: String }

    static let names: [String: Key] = [
        "enter": .enter, "cr": .enter, "return": .enter, "esc": .escape, "escape": .escape, "tab": .tab,
        "s-tab": .backTab, "backtab": .backTab, "bs": .backspace, "backspace": .backspace, "del": .delete,
        "up": .up, "down": .down, "left": .left, "right": .right, "pgup": .pageUp, "pageup": .pageUp,
        "pgdn": .pageDown, "pagedown": .pageDown, "home": .home, "end": .end, "space": .char(" "),
        "lt": .char("<"),
    ]

    /// One key as the config file writes it: `j`, `C-d` (or `Ctrl-D`), `Enter`, `PgDn`, `<S-Tab>`.
    public static func key(named token: String) -> Key? {
        var name = Substring(token)
        if name.count > 2 && name.hasPrefix("<") && name.hasSuffix(">") { name = name.dropFirst().dropLast() }
        if name.count == 1, let c = name.first { return .char(c) }
        let lower = name.lowercased()
        if let key = names[lower] { return key }
        for prefix in ["c-", "ctrl-"] where lower.hasPrefix(prefix) && lower.count == prefix.count + 1 {
            return lower.last.map(Key.ctrl)
        }
        return nil
    }

    /// How the config file and `colloquy keys` write a key; `key(named:)` reads it back.
    public static func name(of key: Key) -> String {
        switch key {
        case .char(" "): return "Space"
        case .char(let c): return String(c)
        case .ctrl(let c): return "C-\(c)"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "S-Tab"
        case .backspace: return "BS"
        case .delete: return "Del"
        case .up: return "Up"
        case .down: return "Down"
        case .left: return "Left"
        case .right: return "Right"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .resize, .mouse: return key.label
        }
    }

    public static func parse(_ text: String) throws(Failure) -> [Key] {
        var keys: [Key] = []
        var rest = Substring(text)
        while let c = rest.first {
            rest = rest.dropFirst()
            guard c == "<", let close = rest.firstIndex(of: ">") else {
                keys.append(.char(c))
                continue
            }
            let name = rest[..<close].lowercased()
            rest = rest[rest.index(after: close)...]
            if let key = names[name] {
                keys.append(key)
            } else if name.hasPrefix("c-"), name.count == 3, let letter = name.last {
                keys.append(.ctrl(letter))
            } else if name.hasPrefix("resize:") {
                let size = name.dropFirst(7).split(separator: "x")
                guard size.count == 2, let w = Int(size[0]), let h = Int(size[1]), w > 0, h > 0, w <= 1000, h <= 1000 else {
                    throw Failure(message: "bad size in <\(name)>; write <Resize:80x24>")
                }
                keys.append(.resize(width: w, height: h))
            } else if name.hasPrefix("click:") || name.hasPrefix("wheelup:") || name.hasPrefix("wheeldown:") {
                let parts = name.split(separator: ":")
                let at = parts.count == 2 ? parts[1].split(separator: ",") : []
                guard at.count == 2, let x = Int(at[0]), let y = Int(at[1]) else {
                    throw Failure(message: "bad position in <\(name)>; write <Click:10,5>")
                }
                let kind: MouseEvent.Kind = parts[0] == "click" ? .press : parts[0] == "wheelup" ? .wheelUp : .wheelDown
                keys.append(.mouse(MouseEvent(kind: kind, x: x, y: y)))
            } else {
                throw Failure(message: "unknown key <\(name)>")
            }
        }
        return keys
    }
}
