/// What a cell shows, in the reader's terms; a theme gives each element its colours.
///
/// Frames store elements rather than colours, so snapshots do not change with the theme
/// and the backend applies whichever theme is active.
public enum Element: UInt8, CaseIterable, Sendable {
    case text, border, paneTitle, paneTitleFocused, speaker, question, answer, caption, placeholder
    case sidebar, sidebarCurrent, sidebarSelected, sidebarTab, sidebarTabActive
    case status, statusMessage, help, helpKey, prompt, highlight, match, gutter, notice

    /// The name used in theme files: `pane-title-focused`.
    public var name: String {
        var out = ""
        for c in String(describing: self) {
            if c.isUppercase { out += "-" + c.lowercased() } else { out.append(c) }
        }
        return out
    }

    public init?(name: String) {
        guard let element = Element.allCases.first(where: { $0.name == name }) else { return nil }
        self = element
    }
}
