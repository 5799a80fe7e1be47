/// What a cell shows, in the reader's terms; a theme gives each element its colours.
///
/// Frames store elements rather than colours, so snapshots do not change with the theme
/// and the backend applies whichever theme is active.
public enum Element: UInt8, CaseIterable, Sendable {
    case text, border, paneTitle, paneTitleFocused, speaker, question, answer, caption, placeholder
    case sidebar, sidebarCurrent, sidebarSelected, sidebarTab, sidebarTabActive
    case status, statusMessage, help, helpKey, prompt, highlight, match, gutter, notice

    /// The name used in theme files: `pane-title-focused`.
    public var name: String { Self.names[Int(rawValue)] }

    public init?(name: String) {
        guard let index = Self.names.firstIndex(of: name), let element = Element(rawValue: UInt8(index)) else { return nil }
        self = element
    }

    /// Every case's name, in the order of the cases (a test holds them to the case names):
    /// made by reflection, the names were a third of the time to the first screen.
    static let names = [
        "text", "border", "pane-title", "pane-title-focused", "speaker", "question", "answer", "caption", "placeholder",
        "sidebar", "sidebar-current", "sidebar-selected", "sidebar-tab", "sidebar-tab-active",
        "status", "status-message", "help", "help-key", "prompt", "highlight", "match", "gutter", "notice",
    ]
}
