/// The names actions go by in the config file (`bind = C-d half-page-down`) and in `colloquy keys`.
extension Action {
    public var name: String {
        switch self {
        case .lineDown: return "down"
        case .lineUp: return "up"
        case .pageDown: return "page-down"
        case .pageUp: return "page-up"
        case .halfPageDown: return "half-page-down"
        case .halfPageUp: return "half-page-up"
        case .top: return "top"
        case .bottom: return "bottom"
        case .nextSection: return "next-exchange"
        case .previousSection: return "previous-exchange"
        case .nextParagraph: return "next-paragraph"
        case .previousParagraph: return "previous-paragraph"
        case .goToPrompt: return "go-to"
        case .open: return "open"
        case .focusNext: return "focus-next"
        case .focusPrevious: return "focus-previous"
        case .jumpBack: return "jump-back"
        case .jumpForward: return "jump-forward"
        case .toggleCaptions: return "captions"
        case .toggleSidebar: return "sidebar"
        case .nextTheme: return "next-theme"
        case .redraw: return "redraw"
        case .suspend: return "suspend"
        case .help: return "help"
        case .cancel: return "cancel"
        case .quit: return "quit"
        case .searchPrompt: return "search"
        case .nextMatch: return "next-match"
        case .previousMatch: return "previous-match"
        case .nextTab: return "next-tab"
        case .previousTab: return "previous-tab"
        case .bookmark: return "bookmark"
        case .showBookmarks: return "bookmarks"
        case .exportBookmarks: return "export-bookmarks"
        case .pickCountry: return "pick-country"
        case .pickTopic: return "pick-topic"
        case .filterPrompt: return "filter"
        case .select: return "select"
        case .selectParagraphs: return "select-paragraphs"
        case .copy: return "copy"
        case .nextSentence: return "next-sentence"
        case .previousSentence: return "previous-sentence"
        case .play: return "play"
        }
    }

    public init?(name: String) {
        guard let action = Action.allCases.first(where: { $0.name == name }) else { return nil }
        self = action
    }
}
