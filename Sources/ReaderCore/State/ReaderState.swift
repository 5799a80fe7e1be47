import TranscriptKit

/// Everything the reader shows, as a value. Only `update` changes it.
public struct ReaderState: Sendable {
    public enum Focus: Equatable, Sendable {
        case sidebar, question, answer

        /// What the reader calls the pane, in messages and in the saved reading position.
        public var name: String { self == .sidebar ? "sidebar" : self == .question ? "question" : "answer" }
    }
    public enum Overlay: Equatable, Sendable {
        case help(scroll: Int)
        /// The picker (`c` countries, `t` topics): what was typed, and the highlighted entry.
        case picker(kind: EntityKind, filter: String, selection: Int)
    }

    public struct Prompt: Equatable, Sendable {
        public enum Kind: Equatable, Sendable { case goTo, search, note(bookmark: String), filter }
        public var kind: Kind
        public var text: String
        /// Search prompt: the pattern is a regular expression (Ctrl-R).
        public var isRegex = false
        /// Position in the search history while ↑/↓ browse it.
        public var historyIndex: Int?
        /// The block of the bookmark a note is for: where to look for it first.
        var bookmarkBlock: Int?
        /// The pane whose paragraph `m` marked, named in the prompt and the acknowledgement.
        var markedPane: Focus?
    }

    /// Where the reader was, for Ctrl-O and its opposite.
    public struct Position: Equatable, Sendable {
        public var section: Int
        public var anchor: Anchor
        public var focus: Focus
    }

    public let document: Document
    public let sections: [Section]
    public internal(set) var width: Int
    public internal(set) var height: Int
    public internal(set) var section = 0
    public internal(set) var focus: Focus = .answer
    public internal(set) var answerAnchor = Anchor.top
    public internal(set) var questionAnchor = Anchor.top
    public internal(set) var sidebarSelection = 0
    public internal(set) var sidebarScroll = 0
    /// nil: shown when the terminal is wider than 80 columns.
    public internal(set) var sidebarChoice: Bool?
    public let settings: LayoutSettings
    public internal(set) var captionsHidden = false
    public internal(set) var overlay: Overlay?
    public internal(set) var prompt: Prompt?
    public internal(set) var message: String?
    public internal(set) var back: [Position] = []
    public internal(set) var forward: [Position] = []
    public let themeNames: [String]
    public internal(set) var themeIndex = 0
    /// The bindings in force (a preset and the config's rebindings); the help overlay lists them.
    public var keyMap: KeyMap = .standard
    /// Accessibility: no box drawing or decoration, each turn led by its role and speaker in words,
    /// and the terminal's cursor on the line being read.
    public var plain = false
    /// Opened from a library: Ctrl-O with no earlier position goes back to it (as `q` does).
    public var inLibrary = false
    /// Set when `n`/`N` leave the document for the library's next (true) or previous one.
    public internal(set) var leaving: Bool?
    /// The search the library opened this document with: `n` past its last hit leaves.
    public internal(set) var libraryQuery: SearchQuery?
    /// The entity followed from the library (kind and code): `n` past its last mention leaves.
    public internal(set) var libraryEntity: LibraryState.Chosen?
    public internal(set) var search: SearchState? {
        // The Search tab exists only while there is a search: whatever ends one (Esc, an empty
        // query, following a country) leaves the sidebar on the exchanges. A new query's hits
        // replace the old ones, perhaps fewer: the selection stays among them.
        didSet {
            guard sidebarTab == .search else { return }
            if search == nil {
                sidebarTab = .exchanges
                sidebarSelection = listedRow(of: section)
            } else {
                sidebarSelection = min(sidebarSelection, max(0, sidebarCount - 1))
            }
        }
    }
    /// Where the reader was when the search prompt opened: Esc goes back there.
    public internal(set) var searchOrigin: Position?
    /// Bumped for every query typed, so results of stale queries are recognised and dropped.
    public internal(set) var searchGeneration = 0
    /// Earlier searches, oldest first, each with its mode (loaded from and saved to the history file).
    public internal(set) var history: [SearchQuery] = []
    public internal(set) var sidebarTab: SidebarTab = .exchanges
    /// What `&` keeps: the sidebar's exchanges and `]`/`[` go only through its sections.
    public internal(set) var filter: ReaderFilter?
    /// The quote being chosen with `v` or `V`.
    public internal(set) var selection: Selection?
    /// How `y` cites a quote (`citation` in the config file).
    public var citationTemplate = Citation.standard
    /// Every bookmark of the document, deletions included (they are kept until saved).
    /// Assigning works the live list out again; changes to one bookmark go through
    /// `bookmarkList`, which keeps it in step without a pass over all of them.
    public internal(set) var allBookmarks: [Bookmark] {
        get { bookmarkList.all }
        set { bookmarkList = BookmarkList(newValue) }
    }
    var bookmarkList = BookmarkList([])
    /// Bookmarks deleted here, as they were deleted, most recent last, for `u`.
    public internal(set) var deletedBookmarks: [Bookmark] = []
    /// Bumped by every change that asks for a save; a finished save says which it included.
    public internal(set) var saveRequests = 0
    /// The latest save request known to be on disk.
    public internal(set) var savedRequest = 0
    /// What the status bar says once a change is on disk (it says `saving…` until then).
    var pendingAcknowledgement: Acknowledgement?
    public let searchIndex: SearchIndex
    public let entityIndex: LazyEntityIndex
    /// The country whose mentions `n`/`N` follow and the reader highlights, with the mention shown.
    public internal(set) var entity: String?
    public internal(set) var entityKind: EntityKind = .countries
    /// Mentions of `entity`, in reading order.
    public internal(set) var followed: [EntityMention] = []
    /// Entity tabs list by name instead of by mentions (`o` toggles).
    public internal(set) var entitiesByName = false
    public internal(set) var entityMention: Int?
    let cache = LayoutCache()

    public static let minimumWidth = 40
    public static let minimumHeight = 12

    public init(document: Document, width: Int, height: Int, themeNames: [String] = ["default"], themeIndex: Int = 0,
                settings: LayoutSettings = .standard) {
        self.init(document: document, width: width, height: height, themeNames: themeNames, themeIndex: themeIndex,
                  settings: settings, entityIndex: LazyEntityIndex(document: document))
    }

    init(document: Document, width: Int, height: Int, themeNames: [String] = ["default"], themeIndex: Int = 0,
         settings: LayoutSettings = .standard, entityIndex: LazyEntityIndex) {
        self.document = document
        self.settings = settings
        searchIndex = SearchIndex(document: document)
        self.entityIndex = entityIndex
        sections = Section.of(document)
        self.width = width
        self.height = height
        self.themeNames = themeNames.isEmpty ? ["default"] : themeNames
        self.themeIndex = min(max(0, themeIndex), self.themeNames.count - 1)
        // Open on the first exchange: the question is what a reader came for.
        section = sections.firstIndex { if case .exchange = $0.kind { return true } else { return false } } ?? 0
        sidebarSelection = section
    }

    public var currentSection: Section { sections[section] }
    public var themeName: String { themeNames[themeIndex] }
    public var isTooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }
    public var sidebarShown: Bool { sidebarChoice ?? (width > Layout.sidebarWidthThreshold) }

    /// Columns the sidebar's widest exchange entry needs: marker, number, title, and room for
    /// the two topics put in front of titles once the index is built (so that the layout does
    /// not shift when they arrive).
    var sidebarNeed: Int {
        let numberWidth = max(2, String(sections.count).count)
        return 1 + numberWidth + 2 + cache.widestTitle(sections) + Self.topicAllowance + 1
    }

    /// `Libya · Government of National Accord — `: what two key terms in front of a title usually
    /// take (names of things run longer than the old topic words did).
    static let topicAllowance = 44

    /// Blocks of the answer pane, without captions and other non-speech when they are hidden.
    /// (Both lists are kept in the layout cache: a section of a million blocks is listed once,
    /// not on every frame.)
    public func answerText(width: Int) -> PaneText {
        let paragraphs = filter?.paragraphsOnly == true ? filter : nil
        let listed = cache.paneBlocks(currentSection.body, hidingFurniture: captionsHidden, keeping: paragraphs, document: document)
        var text = PaneText(blocks: listed.blocks, width: width, document: document, cache: cache)
        text.namesRoles = plain
        return text
    }

    public func questionText(width: Int) -> PaneText {
        let listed = cache.paneBlocks(currentSection.question, hidingFurniture: false, document: document)
        var text = PaneText(blocks: listed.blocks, width: width, document: document, cache: cache)
        text.showsSpeakers = plain || listed.severalSpeakers
        text.namesRoles = plain
        return text
    }

    var position: Position { Position(section: section, anchor: answerAnchor, focus: focus) }

    /// The section holding a block (sections partition the blocks in order).
    func sectionIndex(of block: Int) -> Int {
        var low = 0, high = sections.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if sections[mid].question.lowerBound <= block {
                low = mid
            } else {
                high = mid - 1
            }
        }
        return low
    }

    /// The index of one kind of entity; nil while the live reader still builds it (drawing and
    /// keys never wait for it: the tab says `indexing…` and fills in when it is done).
    func entityList(_ kind: EntityKind) -> MentionIndex? { entityIndex.ready(kind) }

    /// A tab's entries in the order the reader chose (none while indexing).
    func sidebarEntities(_ kind: EntityKind) -> [MentionIndex.Entity] {
        let list = entityList(kind)?.entities ?? []
        return entitiesByName ? list.sorted { $0.name.lowercased() < $1.name.lowercased() } : list
    }

    /// The sidebar tab or picker on screen lists entities whose index is still being built.
    public var isWaitingForIndex: Bool {
        if case .picker(let kind, _, _) = overlay, entityList(kind) == nil { return true }
        guard sidebarShown else { return false }
        if sidebarTab == .speakers { return speakerStatistics == nil }
        guard let kind = sidebarTab.entityKind else { return false }
        return entityList(kind) == nil
    }

    /// Entries in the sidebar's current list.
    var sidebarCount: Int {
        switch sidebarTab {
        case .exchanges: return listedSectionCount
        case .search: return search?.hits.count ?? 0
        case .bookmarks: return bookmarks.count
        case .speakers: return speakerStatistics?.speakers.count ?? 0
        case .countries, .people, .organisations, .topics:
            return entityList(sidebarTab.entityKind ?? .countries)?.entities.count ?? 0
        }
    }

    /// Live bookmarks in reading order (orphans last).
    public var bookmarks: LiveBookmarks { LiveBookmarks(all: bookmarkList.all, order: bookmarkList.order) }

    /// Tabs the sidebar offers now: search results once there is a search.
    var sidebarTabs: [SidebarTab] {
        let entities: [SidebarTab] = [.countries, .people, .organisations, .topics, .speakers]
        return search == nil ? [.exchanges] + entities + [.bookmarks] : [.exchanges, .search] + entities + [.bookmarks]
    }
}
