/// Where each pane goes for a state's size and options.
///
/// Set like a page: the question and answer panes are at most `LayoutSettings.measure` wide; the
/// sidebar takes the room left over, up to what its titles need; what remains after both is
/// shared as margins on either side of the panes.
public struct Layout: Equatable, Sendable {
    public var sidebar: Rect?
    /// Header row plus question rows.
    public var question: Rect
    /// Header row plus answer rows.
    public var answer: Rect
    public var status: Rect

    /// Below this width the sidebar is hidden unless asked for (`s`): the text comes first.
    public static let sidebarWidthThreshold = 80

    public init(_ state: ReaderState) {
        let w = state.width, h = state.height
        status = Rect(x: 0, y: h - 1, width: w, height: 1)
        let settings = state.settings
        var left = 0
        var textWidth = min(w, settings.measure)
        if state.sidebarShown {
            let sidebarWidth = Layout.sidebarWidth(total: w, settings: settings, needs: state.sidebarNeed)
            sidebar = Rect(x: 0, y: 0, width: sidebarWidth, height: h - 1)
            left = sidebarWidth + 1   // one column of border
            textWidth = min(w - left, settings.measure)
        }
        // What neither the measure nor the sidebar takes becomes margins around the panes.
        let x = left + (w - left - textWidth) / 2
        let contentHeight = h - 1
        // The question pane is as tall as the question, and takes at most 2/5 of the height.
        let maxQuestionRows = max(1, contentHeight * 2 / 5 - 1)
        let questionRows = state.questionText(width: textWidth).rows(upTo: maxQuestionRows)
        let questionHeight = 1 + max(1, min(questionRows, maxQuestionRows))
        question = Rect(x: x, y: 0, width: textWidth, height: questionHeight)
        answer = Rect(x: x, y: questionHeight, width: textWidth, height: contentHeight - questionHeight)
    }

    /// The sidebar's columns: at least a quarter of a wide terminal (a third of a narrow one),
    /// then whatever the measure leaves, but no more than its widest entry needs.
    static func sidebarWidth(total w: Int, settings: LayoutSettings, needs: Int) -> Int {
        let fitting = w > sidebarWidthThreshold ? max(24, w / 4) : w / 3
        let most = max(10, w - 1 - PaneText.gutter - 20)   // the text keeps 20 columns, whatever is asked
        if let chosen = settings.sidebarWidth { return min(chosen, most) }
        let floor = min(needs, fitting)
        let text = min(settings.measure, w - 1 - floor)
        return max(1, min(needs, w - 1 - text, most))
    }

    /// Rows of text below a pane's header.
    public static func textRows(_ pane: Rect) -> Int { max(0, pane.height - 1) }

    /// Rows of entries below the sidebar's tab row.
    public static func listRows(_ sidebar: Rect) -> Int { max(0, sidebar.height - 1) }
}
