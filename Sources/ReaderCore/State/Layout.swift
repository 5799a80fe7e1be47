/// Where each pane goes for a state's size and options.
public struct Layout: Equatable, Sendable {
    public var sidebar: Rect?
    /// Header row plus question rows.
    public var question: Rect
    /// Header row plus answer rows.
    public var answer: Rect
    public var status: Rect

    public init(_ state: ReaderState) {
        let w = state.width, h = state.height
        status = Rect(x: 0, y: h - 1, width: w, height: 1)
        var contentX = 0
        if state.sidebarShown {
            let sidebarWidth = w >= 80 ? min(max(24, w / 4), 40) : min(w / 3, 30)
            sidebar = Rect(x: 0, y: 0, width: sidebarWidth, height: h - 1)
            contentX = sidebarWidth + 1   // one column of border
        }
        let contentWidth = w - contentX
        let contentHeight = h - 1
        // The question pane grows to fit short questions and takes at most 2/5 of the height.
        let maxQuestionRows = max(1, contentHeight * 2 / 5 - 1)
        let questionRows = state.questionText(width: contentWidth).rows(upTo: maxQuestionRows)
        let questionHeight = 1 + max(1, min(questionRows, maxQuestionRows))
        question = Rect(x: contentX, y: 0, width: contentWidth, height: questionHeight)
        answer = Rect(x: contentX, y: questionHeight, width: contentWidth, height: contentHeight - questionHeight)
    }

    /// Rows of text below a pane's header.
    public static func textRows(_ pane: Rect) -> Int { max(0, pane.height - 1) }

    /// Rows of entries below the sidebar's tab row.
    public static func listRows(_ sidebar: Rect) -> Int { max(0, sidebar.height - 1) }
}
