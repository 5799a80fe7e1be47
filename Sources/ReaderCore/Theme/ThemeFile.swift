/// Reads the theme format documented in Themes/README.md:
///
///     # comment
///     name = Solarized dark
///     inherit = default
///     speaker = yellow bold
///     status = black on #93a1a1
///
/// Every line is `element = [foreground] [on background] [attributes…]`; colours are names,
/// 0–255 or #rrggbb; attributes are bold, dim, italic, underline, reverse.
public enum ThemeFile {
    public struct Failure: Error, Equatable, CustomStringConvertible, Sendable {
        public var file: String
        public var line: Int
        public var reason: String
        public var description: String { "\(file):\(line): \(reason)" }
    }

    /// Parses `text`; `base` supplies the elements the file does not name, `inherit` the
    /// themes it may build on.
    public static func parse(_ text: String, file: String, base: Theme = .fallback,
                             inherit: (String) -> Theme? = { _ in nil }) throws(Failure) -> Theme {
        var theme = base
        theme.name = file
        var number = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            // A comment starts a line or follows " # "; `#rrggbb` is a colour.
            let line = raw.firstRange(of: " # ").map { raw[..<$0.lowerBound] } ?? raw
            let trimmed = line.trimmed
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            guard let eq = trimmed.firstIndex(of: "=") else {
                throw Failure(file: file, line: number, reason: "expected 'element = style'")
            }
            let key = trimmed[..<eq].trimmed.lowercased()
            let value = String(trimmed[trimmed.index(after: eq)...].trimmed)
            switch key {
            case "name":
                theme.name = value
            case "inherit":
                guard let parent = inherit(value) else {
                    throw Failure(file: file, line: number, reason: "cannot inherit from unknown theme '\(value)'")
                }
                let name = theme.name
                theme = parent
                theme.name = name
            default:
                guard let element = Element(name: key) else {
                    let known = Element.allCases.map(\.name).joined(separator: ", ")
                    throw Failure(file: file, line: number, reason: "unknown element '\(key)' (known: \(known))")
                }
                do throws(StyleFailure) {
                    theme.styles[element] = try style(value)
                } catch {
                    throw Failure(file: file, line: number, reason: error.reason)
                }
            }
        }
        return theme
    }

    struct StyleFailure: Error { var reason: String }

    static func style(_ value: String) throws(StyleFailure) -> Style {
        var style = Style()
        var words = value.split(whereSeparator: { $0 == " " || $0 == "\t" }).map { $0.lowercased() }[...]
        var expectBackground = false
        var sawForeground = false
        while let word = words.popFirst() {
            switch word {
            case "bold": style.bold = true
            case "dim": style.dim = true
            case "italic": style.italic = true
            case "underline": style.underline = true
            case "reverse": style.reverse = true
            case "on": expectBackground = true
            default:
                let colour = try self.colour(word)
                if expectBackground {
                    style.background = colour
                    expectBackground = false
                } else if !sawForeground {
                    style.foreground = colour
                    sawForeground = true
                } else {
                    throw StyleFailure(reason: "two foreground colours; write 'FG on BG'")
                }
            }
        }
        if expectBackground { throw StyleFailure(reason: "'on' needs a background colour") }
        return style
    }

    static func colour(_ word: String) throws(StyleFailure) -> Colour? {
        if word == "default" || word == "none" { return nil }
        if let n = Colour.names[word] { return .ansi(n) }
        if let n = Int(word), (0...255).contains(n) { return n < 16 ? .ansi(n) : .indexed(n) }
        if word.hasPrefix("#"), word.count == 7, let v = UInt32(word.dropFirst(), radix: 16) {
            return .rgb(UInt8(v >> 16), UInt8((v >> 8) & 0xFF), UInt8(v & 0xFF))
        }
        throw StyleFailure(reason: "unknown colour or attribute '\(word)'")
    }
}

extension StringProtocol {
    /// Without leading and trailing spaces and tabs.
    var trimmed: SubSequence {
        var s = self[...]
        while let c = s.first, c == " " || c == "\t" || c == "\r" { s = s.dropFirst() }
        while let c = s.last, c == " " || c == "\t" || c == "\r" { s = s.dropLast() }
        return s
    }
}
