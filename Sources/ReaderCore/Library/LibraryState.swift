import TranscriptKit

extension LibraryEntry {
    /// The file's name without its folders (a library's folder is in every path), as notices say it.
    var fileName: String { path.split(separator: "/").last.map(String.init) ?? path }
}

/// The library view as a value: the documents of a folder (or of several files) listed with
/// title, date, participants, exchanges and size, sorted and filtered. Like `ReaderState`, only
/// `handle` changes it and `render` draws it; the program around it opens documents.
public struct LibraryState: Sendable {
    public enum Order: String, CaseIterable, Sendable {
        case date, title, size

        var next: Order { Self.allCases[(Self.allCases.firstIndex(of: self)! + 1) % Self.allCases.count] }
    }

    /// Every document, in the library's order; an entry is known from the file system until
    /// its parse fills in title, date, participants and exchanges.
    public private(set) var entries: [LibraryEntry]
    /// Entries whose parse has come back.
    public private(set) var indexed: [Bool]
    public private(set) var indexedCount = 0
    public private(set) var order: Order = .date
    public private(set) var filter = ""
    /// Typing goes into the filter (after `f`, until Enter or Esc).
    public private(set) var isFiltering = false
    /// Entries shown, as indices into `entries`: filtered, then sorted.
    public private(set) var shown: [Int] = []
    /// The highlighted entry, by its index in `entries`, so it stays itself through sorts,
    /// filters and parses.
    public internal(set) var selected: Int?
    /// Until a key moves it, the selection stays on the first row, whatever parses reorder.
    var selectionMoved = false
    /// Each kind of entity merged over the documents indexed for it so far.
    var merged: [EntityKind: LibraryMentions] = [:]
    /// Documents indexed for people, organisations, topics (countries come with the entries).
    var kindIndexed: [EntityKind: Int] = [:]
    /// Kinds whose indexing was asked for (`Effect.indexEntities`).
    var requested: Set<EntityKind> = []
    /// The entity picker (`c`, `t`), while open.
    public internal(set) var picker: Picker?
    /// An entity chosen across the library: only the documents mentioning it are listed.
    public internal(set) var chosen: Chosen?
    /// The search of every document's text (`/`), and its prompt while typed.
    public internal(set) var textSearch: TextSearch?
    public internal(set) var searchPrompt: SearchPrompt?
    /// Every bookmark of the library's documents, shown instead of the list (`'`), and the one highlighted.
    public internal(set) var marks: [Mark]?
    public internal(set) var markSelection = 0
    /// The passages of the search or chosen entity, grouped by document (`p`), shown instead of the list.
    public internal(set) var passageView: PassageView?
    /// The chosen entity's passages, as the program finds them (`Effect.findPassages`).
    public internal(set) var entityPassages: EntityPassages?
    /// Bumped for every search started, so counts for an older query are recognised and dropped.
    public internal(set) var searchGeneration = 0
    public private(set) var scroll = 0
    public private(set) var width: Int
    public private(set) var height: Int
    public var message: String?
    public var keyMap: KeyMap = .standard
    public var plain = false

    public init(entries: [LibraryEntry], width: Int, height: Int) {
        self.entries = entries
        indexed = Array(repeating: false, count: entries.count)
        self.width = width
        self.height = height
        refresh()
        selected = shown.first
    }

    public enum Effect: Equatable, Sendable {
        /// Open the document at this index of `entries` in the reader.
        case open(Int)
        /// Search every document for this (off the drawing path); counts come back through
        /// `receiveHits(_:at:generation:)`.
        case search(SearchQuery, generation: Int)
        /// Read every bookmark of the library's documents and hand them to `showBookmarks(_:)`.
        case loadBookmarks
        /// Open the document at this index at the bookmark with this id.
        case openAt(Int, bookmark: String)
        /// Index every document for this kind of entity (off the drawing path), handing each
        /// document's entities to `receiveEntities(_:at:_:)`.
        case indexEntities(EntityKind)
        /// Find the passages of this entity in these documents (off the drawing path), handing
        /// each document's back through `receivePassages(_:at:generation:)`.
        case findPassages(Chosen, documents: [Int], generation: Int)
        /// Open the document at this index at the passage in this block (the search's hit or
        /// the chosen entity's mention there, or the next after it).
        case openAtPassage(Int, block: Int)
        case quit, redraw, suspend
    }

    /// The parse of entry `index` came back: its title, date and the rest replace the file's.
    public mutating func receive(_ entry: LibraryEntry, at index: Int,
                                 countries found: [(code: String, name: String, mentions: Int)] = []) {
        guard entries.indices.contains(index) else { return }
        entries[index] = entry
        if !indexed[index] {
            indexed[index] = true
            indexedCount += 1
            merged[.countries, default: LibraryMentions()].add(document: index, found)
            refreshPicker(.countries)
        }
        refresh()
    }

    /// The file behind entry `index` is not a transcript after all (binary), or could not be read
    /// when opened (it vanished): it leaves the list, with a notice when `reason` is given.
    public mutating func drop(_ index: Int, because reason: String?) {
        guard entries.indices.contains(index), !dropped.contains(index) else { return }
        if let reason { message = "\(entries[index].fileName): \(reason); dropped from the library" }
        if !indexed[index] { indexed[index] = true; indexedCount += 1 }
        dropped.insert(index)
        for kind in Array(merged.keys) { merged[kind]?.remove(document: index) }
        if let kind = picker?.kind { refreshPicker(kind) }
        refresh()
    }

    /// The file behind entry `index` changed while the library was open and was read again:
    /// its new entry and countries replace the old. Its other kinds' entities are taken out
    /// until they come back through `receiveEntities` (the program indexes it again for them).
    public mutating func changed(_ entry: LibraryEntry, at index: Int, countries found: [(code: String, name: String, mentions: Int)]) {
        guard entries.indices.contains(index), !dropped.contains(index) else { return }
        for kind in Array(merged.keys) { merged[kind]?.remove(document: index) }
        for kind in Array(kindIndexed.keys) { kindIndexed[kind]? -= 1 }
        if indexed[index] {
            merged[.countries, default: LibraryMentions()].add(document: index, found)
            entries[index] = entry
        } else {
            receive(entry, at: index, countries: found)
        }
        message = "\(entry.fileName): changed; read again"
        if let kind = picker?.kind { refreshPicker(kind) }
        refresh()
    }

    /// Files added to the library's folders while it is open: listed from the file system, as
    /// at the start, under the next indices; their parses come back through `receive`.
    public mutating func add(_ paths: [String]) {
        guard !paths.isEmpty else { return }
        entries += paths.map(LibraryEntry.init(path:))
        indexed += Array(repeating: false, count: paths.count)
        let first = entries[entries.count - paths.count]
        message = paths.count == 1 ? "\(first.fileName): new; added to the library"
            : "\(Self.grouped(paths.count)) new files added to the library"
        refresh()
    }

    /// Kinds whose entities the program is indexing (a changed document is indexed again for them).
    public var requestedKinds: [EntityKind] { EntityKind.allCases.filter { requested.contains($0) } }

    private(set) var dropped: Set<Int> = []

    public var isIndexing: Bool { indexedCount < entries.count }

    /// Rows of entries on screen: all but the header and the status bar.
    var listRows: Int { max(1, height - 2) }

    var selectedRow: Int? { selected.flatMap { shown.firstIndex(of: $0) } }

    public mutating func handle(_ key: Key) -> [Effect] {
        if case .resize(let w, let h) = key {
            width = max(1, w)
            height = max(1, h)
            keepSelectionInView()
            return []
        }
        if isFiltering { return typeInFilter(key) }
        if searchPrompt != nil { return typeInSearchPrompt(key) }
        if picker != nil { return typeInPicker(key) }
        if marks != nil { return typeInMarks(key) }
        if passageView != nil { return typeInPassages(key) }
        if key == .char("p") { return showPassages() }
        if key == .char("c") { return openPicker(.countries) }
        if key == .char("t") { return openPicker(.topics) }
        if key == .char("o") {
            order = order.next
            refresh()
            message = "sorted by \(order.rawValue) (o: by \(order.next.rawValue))"
            return []
        }
        if key == .char("f") {
            isFiltering = true
            message = nil
            return []
        }
        if key == .char("/") {
            searchPrompt = SearchPrompt(text: textSearch?.query.text ?? "", isRegex: textSearch?.query.isRegex ?? false)
            message = nil
            return []
        }
        guard let action = keyMap.action(for: key) else {
            message = "\(key.label) does nothing here: / searches, f filters, o sorts, c picks a country (t a topic), Enter opens, q quits"
            return []
        }
        message = nil
        switch action {
        case .lineDown, .nextSection: move(1)
        case .lineUp, .previousSection: move(-1)
        case .pageDown: move(max(1, listRows - 1))
        case .pageUp: move(-max(1, listRows - 1))
        case .halfPageDown: move(max(1, listRows / 2))
        case .halfPageUp: move(-max(1, listRows / 2))
        case .top: move(-shown.count)
        case .bottom: move(shown.count)
        case .open:
            guard let selected, shown.contains(selected) else { message = "no document to open"; return [] }
            selectionMoved = true   // the document read is where the list is when it comes back
            return [.open(selected)]
        case .cancel:
            if textSearch != nil {
                textSearch = nil
            } else if !filter.isEmpty {
                filter = ""
            } else if chosen != nil {
                chosen = nil
                message = "every document listed again"
            }
            refresh()
        case .quit: return [.quit]
        case .redraw: return [.redraw]
        case .suspend: return [.suspend]
        case .showBookmarks: return [.loadBookmarks]
        default: message = "\(key.label) works in a document: Enter opens one"
        }
        return []
    }

    private mutating func typeInFilter(_ key: Key) -> [Effect] {
        switch key {
        case .enter:
            isFiltering = false
        case .escape:
            isFiltering = false
            filter = ""
            refresh()
        case .backspace, .delete:
            // A changed filter puts the best match, the first row, under Enter.
            if filter.isEmpty { isFiltering = false } else { filter.removeLast(); selectionMoved = false; refresh() }
        case .char(let c):
            filter.append(c)
            selectionMoved = false
            refresh()
        case .up: move(-1)
        case .down: move(1)
        default: break
        }
        return []
    }

    private mutating func move(_ step: Int) {
        guard !shown.isEmpty else { return }
        selectionMoved = true
        let row = min(max(0, (selectedRow ?? 0) + step), shown.count - 1)
        selected = shown[row]
        keepSelectionInView()
    }

    mutating func keepSelectionInView() {
        guard let row = selectedRow else { scroll = 0; return }
        if row < scroll { scroll = row }
        if row >= scroll + listRows { scroll = row - listRows + 1 }
        scroll = max(0, min(scroll, max(0, shown.count - listRows)))
    }

    /// Works out `shown` again: the entries the filter keeps (every word of it in the title,
    /// the file's name, a participant or the date, accents and case folded), in the chosen order.
    mutating func refresh() {
        let words = Self.folded(filter).split(separator: " ")
        let mentioning = chosen.flatMap { mentions($0.kind).entity($0.code) }.map { Set($0.documents.map(\.document)) }
        var kept: [Int] = []
        let found = textSearch?.counts
        for index in entries.indices where !dropped.contains(index) && mentioning?.contains(index) != false
            && (found == nil || found?[index] != nil) {
            if words.isEmpty || matches(entries[index], words) { kept.append(index) }
        }
        let e = entries
        switch order {
        case .date:
            // Newest first; undated last; ties in the library's order.
            kept.sort { (e[$0].date ?? "", $1) > (e[$1].date ?? "", $0) }
        case .title:
            kept.sort { (e[$0].title.lowercased(), $0) < (e[$1].title.lowercased(), $1) }
        case .size:
            kept.sort { (e[$0].bytes, $1) > (e[$1].bytes, $0) }
        }
        shown = kept
        if !selectionMoved || selected == nil || !shown.contains(selected!) { selected = shown.first }
        keepSelectionInView()
    }

    private func matches(_ entry: LibraryEntry, _ words: [Substring]) -> Bool {
        // The file's name, not its folders: a library's folder is in every path.
        let haystack = Self.folded(([entry.title, entry.fileName, entry.date ?? ""] + entry.participants).joined(separator: " "))
        return words.allSatisfy { haystack.contains($0) }
    }

    /// Case and accents folded as search folds them (`bregancon` finds `Brégançon`).
    static func folded(_ text: String) -> String { String(decoding: Folding.fold(text, ignoringCase: true), as: UTF8.self) }
}
