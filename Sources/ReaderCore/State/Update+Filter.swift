import TranscriptKit

/// A filter in force in the reader: what `&` asked for and the sections it keeps.
public struct ReaderFilter: Equatable, Sendable {
    public var filter: PassageFilter
    public var match: PassageFilter.Match
    /// `&&`: the answer pane lists only the matching paragraphs (the question stays whole, as context).
    public var paragraphsOnly: Bool
    /// Sections holding a matching block, ascending: what the sidebar lists and `]`/`[` visit.
    public var sections: [Int]
    /// `Libya — 3 of 9 exchanges`, as the status bar says it.
    public var summary: String
    let blocks: Set<Int>
    /// Tells one filter from the next in the layout cache's pane listings.
    let id: Int
}

extension ReaderState {
    /// Enter in the `&` prompt: filters to what `text` names (`&…`, from `&&`, for paragraphs);
    /// nothing lifts the filter.
    mutating func applyFilter(_ text: String) {
        let paragraphs = text.hasPrefix("&")
        let wanted = paragraphs ? String(text.dropFirst()) : text
        guard wanted.contains(where: { $0 != " " }) else {
            liftFilter()
            return
        }
        let match: PassageFilter.Match
        let parsed: PassageFilter
        do {
            parsed = try PassageFilter(parsing: wanted)
            match = try parsed.match(in: document, entities: entityIndex.index, search: searchIndex)
        } catch {
            message = error.description
            return
        }
        guard !match.blocks.isEmpty else {
            message = "nothing matches \(match.name); no filter"
            return
        }
        var kept: [Int] = []
        for block in match.blocks {
            let s = sectionIndex(of: block)
            if kept.last != s { kept.append(s) }
        }
        filter = ReaderFilter(filter: parsed, match: match, paragraphsOnly: paragraphs, sections: kept,
                              summary: match.summary(of: document) + (paragraphs ? ", paragraphs" : ""),
                              blocks: Set(match.blocks), id: (filter?.id ?? 0) + 1)
        message = nil
        if !kept.contains(section) {
            jump(to: kept.first { $0 > section } ?? kept[0])
        }
        answerAnchor = .top
        if sidebarTab == .exchanges { sidebarSelection = listedRow(of: section); sidebarScroll = 0 }
        reanchor()
    }

    mutating func liftFilter() {
        guard filter != nil else { return }
        filter = nil
        message = "filter lifted"
        if sidebarTab == .exchanges { sidebarSelection = listedRow(of: section) }
        reanchor()
    }

    /// Entries of the Exchanges tab: every section, or the filter's.
    var listedSectionCount: Int { filter?.sections.count ?? sections.count }

    /// The section the Exchanges tab shows at `row`.
    func listedSection(_ row: Int) -> Int {
        guard let kept = filter?.sections else { return row }
        return kept.isEmpty ? 0 : kept[min(max(0, row), kept.count - 1)]
    }

    /// The Exchanges tab's row for a section: its own, or under a filter the last kept one
    /// before it (the first when none is).
    func listedRow(of section: Int) -> Int {
        guard let kept = filter?.sections else { return section }
        return max(0, (kept.lastIndex { $0 <= section }) ?? 0)
    }

    /// Where `]` and `[` go: the next or previous section, or the next kept one under a filter
    /// (past either end: a section out of range, which `jump` reports).
    func neighbouringSection(forward: Bool) -> Int {
        guard let kept = filter?.sections else { return section + (forward ? 1 : -1) }
        let next = forward ? kept.first { $0 > section } : kept.last { $0 < section }
        return next ?? (forward ? sections.count : -1)
    }
}
