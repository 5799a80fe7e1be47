/// How the page is set, as the reader chooses it (`measure` and `sidebar-width` in the config
/// file, the environment, or `--measure` and `--sidebar-width`).
public struct LayoutSettings: Equatable, Sendable {
    /// The widest the question and answer panes grow, in columns (gutter included): lines much
    /// longer than about a hundred characters are hard to follow back to their start.
    public var measure: Int
    /// The sidebar's width when shown; nil gives it the room the measure leaves, up to what its
    /// titles need.
    public var sidebarWidth: Int?

    public static let standard = LayoutSettings()
    /// Narrower than this, a pane's text is too cramped to be worth a setting.
    public static let narrowestMeasure = 20

    public init(measure: Int = 100, sidebarWidth: Int? = nil) {
        self.measure = max(Self.narrowestMeasure, measure)
        self.sidebarWidth = sidebarWidth.map { max(10, $0) }
    }
}

extension Settings {
    /// The layout the settings ask for; `auto` is the standard measure and a sidebar sized by
    /// its titles.
    public var layout: LayoutSettings {
        LayoutSettings(measure: measure ?? LayoutSettings.standard.measure, sidebarWidth: sidebarWidth)
    }
}
