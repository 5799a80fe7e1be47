/// Document text made safe to print on a terminal: control characters become visible, so a
/// transcript can never move the cursor, retitle the window or write the clipboard.
public enum Printable {
    /// C0 controls other than line feed and tab become control pictures (␛), DEL ␡, C1 ¿.
    public static func sanitized(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if !isControl(scalar) { out.append(scalar) }
            else if v < 0x20 { out.append(Unicode.Scalar(0x2400 + v) ?? "?") }
            else if v == 0x7F { out.append("\u{2421}") }
            else { out.append("\u{BF}") }
        }
        return String(out)
    }

    private static func isControl(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (v < 0x20 && v != 0x0A && v != 0x09) || (v >= 0x7F && v < 0xA0)
    }
}
