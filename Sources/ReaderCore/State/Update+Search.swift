import TranscriptKit

/// Search: the prompt, results arriving, n/N, and showing a hit.
extension ReaderState {
    mutating func openSearchPrompt() {
        searchOrigin = position
        prompt = Prompt(kind: .search, text: "")
    }

    /// Keys typed into the search prompt; each change starts a new search.
    mutating func typeInSearch(_ key: Key, _ p: inout Prompt) -> [Effect] {
        switch key {
        case .escape, .ctrl("c"), .ctrl("g"):
            prompt = nil
            search = nil
            if let origin = searchOrigin { show(origin) }
            searchOrigin = nil
            return []
        case .enter:
            prompt = nil
            guard !p.text.isEmpty else { search = nil; return [] }
            if let origin = searchOrigin, origin.section != section {
                back.append(origin)
                forward.removeAll()
            }
            searchOrigin = nil
            let query = SearchQuery(p.text, isRegex: p.isRegex)
            history.removeAll { $0 == query }
            history.append(query)
            if history.count > 200 { history.removeFirst(history.count - 200) }
            if let search, search.hits.isEmpty, !search.isPending {
                message = search.error.map { "invalid pattern: \($0)" } ?? "no match for \(p.text)"
            }
            return [.saveHistory(history)]
        case .ctrl("r"):
            p.isRegex.toggle()
        case .up, .down:
            guard !history.isEmpty else { return [] }
            let current = p.historyIndex ?? history.count
            let next = key == .up ? max(0, current - 1) : min(history.count, current + 1)
            p.historyIndex = next
            // An earlier search comes back as it was made: a regular expression stays one.
            p.text = next < history.count ? history[next].text : ""
            if next < history.count { p.isRegex = history[next].isRegex }
        case .backspace, .ctrl("h"), .delete:
            if p.text.isEmpty { return typeInSearch(.escape, &p) }
            p.text.removeLast()
        case .ctrl("u"):
            p.text = ""
        case .char(let c):
            guard p.text.count < 200 else { return [] }
            p.text.append(c)
        default:
            return []
        }
        prompt = p
        return startSearch(SearchQuery(p.text, isRegex: p.isRegex))
    }

    mutating func startSearch(_ query: SearchQuery) -> [Effect] {
        searchGeneration += 1
        guard !query.text.isEmpty else {
            search = nil
            if let origin = searchOrigin { show(origin) }
            return []
        }
        var state = SearchState(query: query)
        state.hits = search?.query == query ? search?.hits ?? [] : []
        search = state
        return [.search(query, generation: searchGeneration)]
    }

    /// A search finished. Results of a query the reader has since changed are dropped.
    public mutating func receive(_ result: SearchResult, generation: Int) {
        guard generation == searchGeneration, var state = search, state.query == result.query else { return }
        state.hits = result.hits
        state.error = result.error
        state.isTruncated = result.isTruncated
        state.isPending = false
        state.current = nil
        search = state
        // While typing, the view follows the first match after where the search began.
        let from = searchOrigin ?? position
        let originBlock = firstVisibleBlock(of: from)
        if let first = firstVisibleHit(from: originBlock) {
            show(hit: first)
        } else if let origin = searchOrigin {
            show(origin)
        }
    }

    /// Runs a search effect here and now: for `colloquy render`, tests and benchmarks.
    public mutating func handleSynchronously(_ key: Key) -> [Effect] {
        var effects = handle(key)
        while let index = effects.firstIndex(where: { if case .search = $0 { return true } else { return false } }) {
            if case .search(let query, let generation) = effects.remove(at: index) {
                receive(searchIndex.search(query), generation: generation)
            }
        }
        return effects
    }

    mutating func nextMatch(forward: Bool) {
        guard let state = search, !state.hits.isEmpty else {
            message = search == nil ? "no search yet: / searches" : "no match for \(search?.query.text ?? "")"
            return
        }
        let count = state.hits.count
        let start = state.current ?? (forward ? -1 : count)
        var index = start
        for _ in 0..<count {
            index = forward ? index + 1 : index - 1
            var wrapped = false
            if index >= count { index = 0; wrapped = true }
            if index < 0 { index = count - 1; wrapped = true }
            if isVisible(state.hits[index].block) {
                let before = section
                show(hit: index)
                if section != before { back.append(Position(section: before, anchor: answerAnchor, focus: focus)) }
                if wrapped { message = forward ? "search wrapped to the top" : "search wrapped to the bottom" }
                return
            }
        }
        message = "every match is in hidden captions (\(keyMap.hint(.toggleCaptions)) shows them)"
    }

    func isVisible(_ block: Int) -> Bool { !captionsHidden || !document.blocks[block].kind.isFurniture }

    private func firstVisibleBlock(of p: Position) -> Int {
        let s = sections[p.section]
        let layout = Layout(self)
        var copy = self
        copy.section = p.section
        let text = copy.answerText(width: layout.answer.width)
        guard !text.blocks.isEmpty else { return s.question.lowerBound }
        return p.anchor.position == 0 && p.anchor.row == 0 ? s.question.lowerBound : text.blocks[min(p.anchor.position, text.blocks.count - 1)]
    }

    private func firstVisibleHit(from block: Int) -> Int? {
        guard let hits = search?.hits else { return nil }
        let low = Self.firstHit(in: hits, atOrAfter: block)
        return (low..<hits.count).first { isVisible(hits[$0].block) } ?? (0..<low).first { isVisible(hits[$0].block) }
    }

    /// Opens the hit's section and scrolls its line into view, two lines below the top.
    mutating func show(hit index: Int) {
        guard var state = search, state.hits.indices.contains(index) else { return }
        state.current = index
        search = state
        let hit = state.hits[index]
        if sidebarTab == .search { sidebarSelection = index }
        reveal(block: hit.block, glyph: searchHighlights(block: hit.block).range(ofHit: index)?.lowerBound ?? 0)
        keepSelectionVisible(rows: sidebarRows)
    }

    /// Hits inside one block, found by binary search in the sorted hit list.
    func hits(in block: Int) -> ArraySlice<SearchHit> {
        guard let hits = search?.hits, !hits.isEmpty else { return [] }
        return hits[Self.firstHit(in: hits, atOrAfter: block)..<Self.firstHit(in: hits, atOrAfter: block + 1)]
    }

    /// The index of the first hit in `block` or a later one.
    static func firstHit(in hits: [SearchHit], atOrAfter block: Int) -> Int {
        var low = 0, high = hits.count
        while low < high {
            let mid = (low + high) / 2
            if hits[mid].block < block { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
