/// Every key binding, with the words the help overlay shows for it.
///
/// The help overlay is generated from this table, so it cannot drift from what keys do.
public struct KeyMap: Sendable {
    public struct Binding: Sendable {
        public var keys: [Key]
        public var action: Action
        public var help: String
        public var group: String
    }

    public private(set) var bindings: [Binding]
    private var lookup: [Key: Action] = [:]

    public init(_ bindings: [Binding]) {
        self.bindings = bindings
        index()
    }

    private mutating func index() {
        lookup = [:]
        for binding in bindings { for key in binding.keys where lookup[key] == nil { lookup[key] = binding.action } }
    }

    public func action(for key: Key) -> Action? { lookup[key] }

    public func keys(for action: Action) -> [Key] { bindings.first { $0.action == action }?.keys ?? [] }

    /// The key that hints and messages name for an action (`? help`), or its name when unbound.
    public func hint(_ action: Action) -> String { keys(for: action).first?.label ?? action.name }

    /// Keys listed under more than one action: only the first would ever act, so they are reported.
    public var conflicts: [(key: Key, actions: [Action])] {
        var seen: [Key: [Action]] = [:]
        var order: [Key] = []
        for binding in bindings {
            for key in binding.keys {
                if seen[key] == nil { order.append(key) }
                seen[key, default: []].append(binding.action)
            }
        }
        return order.compactMap { key in seen[key].flatMap { $0.count > 1 ? (key, $0) : nil } }
    }

    /// Binds `key` to `action`, taking it from the action that had it, which is returned.
    @discardableResult
    public mutating func bind(_ key: Key, to action: Action) -> Action? {
        let previous = unbind(key)
        if let row = bindings.firstIndex(where: { $0.action == action }) {
            bindings[row].keys.append(key)
        }
        index()
        return previous == action ? nil : previous
    }

    /// Takes `key` from whatever action had it, which is returned.
    @discardableResult
    public mutating func unbind(_ key: Key) -> Action? {
        let previous = lookup[key]
        for row in bindings.indices { bindings[row].keys.removeAll { $0 == key } }
        index()
        return previous
    }

    /// Gives each listed action exactly these keys, taking them from any other action.
    func replacing(_ keys: [(Action, [Key])]) -> KeyMap {
        var map = self
        for (action, _) in keys {
            if let row = map.bindings.firstIndex(where: { $0.action == action }) { map.bindings[row].keys = [] }
        }
        for (action, list) in keys { for key in list { map.bind(key, to: action) } }
        return map
    }

    public static let standard = KeyMap([
        Binding(keys: [.char("j"), .down], action: .lineDown, help: "down a line (sidebar: next entry)", group: "Move"),
        Binding(keys: [.char("k"), .up], action: .lineUp, help: "up a line (sidebar: previous entry)", group: "Move"),
        Binding(keys: [.char(" "), .pageDown, .char("f"), .ctrl("f")], action: .pageDown, help: "down a page", group: "Move"),
        Binding(keys: [.char("b"), .pageUp, .ctrl("b")], action: .pageUp, help: "up a page", group: "Move"),
        Binding(keys: [.char("d"), .ctrl("d")], action: .halfPageDown, help: "down half a page", group: "Move"),
        Binding(keys: [.char("u"), .ctrl("u")], action: .halfPageUp, help: "up half a page", group: "Move"),
        Binding(keys: [.char("g"), .home], action: .top, help: "start of the pane", group: "Move"),
        Binding(keys: [.char("G"), .end], action: .bottom, help: "end of the pane", group: "Move"),
        Binding(keys: [.char("}")], action: .nextParagraph, help: "next paragraph", group: "Move"),
        Binding(keys: [.char("{")], action: .previousParagraph, help: "previous paragraph", group: "Move"),
        Binding(keys: [.char("]")], action: .nextSection, help: "next exchange", group: "Jump"),
        Binding(keys: [.char("[")], action: .previousSection, help: "previous exchange", group: "Jump"),
        Binding(keys: [.char(":")], action: .goToPrompt, help: "go to exchange N (:0 the introduction)", group: "Jump"),
        Binding(keys: [.enter], action: .open, help: "open the sidebar entry", group: "Jump"),
        Binding(keys: [.ctrl("o")], action: .jumpBack, help: "back to before the last jump", group: "Jump"),
        Binding(keys: [.ctrl("n")], action: .jumpForward, help: "forward again after Ctrl-O", group: "Jump"),
        Binding(keys: [.char("/")], action: .searchPrompt, help: "search (in the prompt Ctrl-R: regex)", group: "Search"),
        Binding(keys: [.char("n")], action: .nextMatch, help: "next match (or next country mention)", group: "Search"),
        Binding(keys: [.char("N")], action: .previousMatch, help: "previous match or mention", group: "Search"),
        Binding(keys: [.char("c")], action: .pickCountry, help: "pick a country (on a sidebar list: from it)", group: "Search"),
        Binding(keys: [.char("t")], action: .pickTopic, help: "pick a topic the same way", group: "Search"),
        Binding(keys: [.char("&")], action: .filterPrompt, help: "filter exchanges (&& paragraphs); Esc lifts it", group: "Search"),
        Binding(keys: [.char("v")], action: .select, help: "select a quote by sentence: j k ) ( } {", group: "Quote"),
        Binding(keys: [.char("V")], action: .selectParagraphs, help: "select whole paragraphs", group: "Quote"),
        Binding(keys: [.char(")")], action: .nextSentence, help: "selection: one sentence further", group: "Quote"),
        Binding(keys: [.char("(")], action: .previousSentence, help: "selection: one sentence back", group: "Quote"),
        Binding(keys: [.char("y"), .char("Y")], action: .copy, help: "copy the selection or top paragraph, cited", group: "Quote"),
        Binding(keys: [.char("o")], action: .play, help: "play the recording from here, or copy the time", group: "Quote"),
        Binding(keys: [.char("m")], action: .bookmark, help: "bookmark the paragraph at the top, with a note", group: "Bookmarks"),
        Binding(keys: [.char("'")], action: .showBookmarks, help: "bookmarks: e note, d delete, u undo", group: "Bookmarks"),
        Binding(keys: [.char("E")], action: .exportBookmarks, help: "write the bookmarks as Markdown", group: "Bookmarks"),
        Binding(keys: [.tab], action: .focusNext, help: "focus the next pane", group: "Panes"),
        Binding(keys: [.backTab], action: .focusPrevious, help: "focus the previous pane", group: "Panes"),
        Binding(keys: [.char("l"), .right], action: .nextTab, help: "sidebar: next tab (lists: o sorts by name)", group: "Panes"),
        Binding(keys: [.char("h"), .left], action: .previousTab, help: "sidebar: previous tab", group: "Panes"),
        Binding(keys: [.char("s")], action: .toggleSidebar, help: "show or hide the sidebar", group: "Panes"),
        Binding(keys: [.char("i")], action: .toggleCaptions, help: "show or hide captions and page furniture", group: "Panes"),
        Binding(keys: [.char("T")], action: .nextTheme, help: "next theme", group: "View"),
        Binding(keys: [.ctrl("l")], action: .redraw, help: "redraw the screen", group: "View"),
        Binding(keys: [.ctrl("z")], action: .suspend, help: "suspend (fg resumes)", group: "View"),
        Binding(keys: [.char("?")], action: .help, help: "this help", group: "View"),
        Binding(keys: [.escape], action: .cancel, help: "close help or a prompt", group: "View"),
        Binding(keys: [.char("q")], action: .quit, help: "quit", group: "View"),
    ])
}
