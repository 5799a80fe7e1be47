import TranscriptKit

/// `/` in the library: one query searched in every document (the reader's folding, smart case
/// and regular expressions), the list narrowed to the documents with hits, each with its count.
/// The program runs the search off the drawing path and hands counts back as they come.
extension LibraryState {
    public struct TextSearch: Equatable, Sendable {
        public var query: SearchQuery
        public var generation: Int
        /// Hits per document (by index into `entries`), for documents with any.
        public var counts: [Int: Int] = [:]
        /// The first few passages with hits per document (`p` lists them).
        public var passages: [Int: DocumentPassages] = [:]
        /// Documents to search (those in the library when it started), and searched so far.
        public var documents = 0
        public var searched = 0

        public var total: Int { counts.values.reduce(0, +) }
    }

    /// The search prompt (`/`): what is typed, and whether it is a regular expression (Ctrl-R).
    public struct SearchPrompt: Equatable, Sendable {
        public var text = ""
        public var isRegex = false
    }

    mutating func typeInSearchPrompt(_ key: Key) -> [Effect] {
        guard var p = searchPrompt else { return [] }
        switch key {
        case .escape, .ctrl("c"), .ctrl("g"):
            searchPrompt = nil
        case .enter:
            searchPrompt = nil
            return startTextSearch(SearchQuery(p.text, isRegex: p.isRegex))
        case .ctrl("r"):
            p.isRegex.toggle()
            searchPrompt = p
        case .backspace, .delete:
            if p.text.isEmpty { searchPrompt = nil } else { p.text.removeLast(); searchPrompt = p }
        case .char(let c):
            p.text.append(c)
            searchPrompt = p
        default: break
        }
        return []
    }

    private mutating func startTextSearch(_ query: SearchQuery) -> [Effect] {
        guard !query.text.isEmpty else {
            textSearch = nil
            refresh()
            return []
        }
        if let error = SearchIndex(document: TranscriptParser.parse("", name: "pattern")).search(query).error {
            message = "invalid pattern: \(error)"
            return []
        }
        searchGeneration += 1
        textSearch = TextSearch(query: query, generation: searchGeneration, documents: entries.count)
        selectionMoved = false
        refresh()
        return [.search(query, generation: searchGeneration)]
    }

    /// Document `index` was searched for the query of `generation`: `hits` of them, in `passages`.
    public mutating func receiveHits(_ hits: Int, at index: Int, generation: Int, passages: DocumentPassages? = nil) {
        guard var search = textSearch, search.generation == generation else { return }
        search.searched += 1
        if hits > 0 { search.counts[index] = hits }
        if hits > 0, let passages { search.passages[index] = passages }
        textSearch = search
        if hits > 0 { refresh() }
    }

    /// `“libya”: 23 matches in 3 documents`.
    var searchSummary: String? {
        guard let s = textSearch else { return nil }
        let matches = s.total == 1 ? "1 match" : "\(Self.grouped(s.total)) matches"
        return "“\(s.query.text)”: \(matches) in \(Self.grouped(s.counts.count)) document\(s.counts.count == 1 ? "" : "s")"
    }
}
