import TranscriptKit

/// `p` in the library: the passages of the search (`/`) or of the entity chosen (`c`, `t`),
/// grouped by document with its date, each passage with its speaker and a line of its text.
/// Each document shows its first few (`DocumentPassages.cap`) and `…and 12 more`, so a
/// thousand documents with hundreds of hits each draw what fits on the screen from a few
/// thousand rows at most. Enter reads the document at the passage, and `n` goes on from there,
/// into the next document as from the list.
extension LibraryState {
    /// A row of the passages: a document's heading, one of its passages, or the count of the rest.
    public struct PassageRow: Hashable, Sendable {
        public enum Item: Hashable, Sendable {
            case document, passage(Int), more
        }

        public var document: Int
        public var item: Item
    }

    public struct PassageView: Equatable, Sendable {
        /// The highlighted row, by what it shows, so it stays itself as passages come in.
        public var selected: PassageRow?
    }

    /// The chosen entity's passages, by document, as they come back.
    public struct EntityPassages: Equatable, Sendable {
        public var chosen: Chosen
        public var generation: Int
        /// Documents asked about, and those answered so far.
        public var documents: Int
        public var searched = 0
        public var found: [Int: DocumentPassages] = [:]
    }

    /// Passages of the search if there is one (as Enter follows it), else of the chosen entity.
    func passages(of document: Int) -> DocumentPassages? {
        if let textSearch { return textSearch.passages[document] }
        guard let p = entityPassages, p.chosen == chosen else { return nil }
        return p.found[document]
    }

    /// The rows, for the documents listed, in the list's order.
    public func passageRows() -> [PassageRow] {
        var rows: [PassageRow] = []
        for document in shown {
            rows.append(PassageRow(document: document, item: .document))
            guard let found = passages(of: document) else { continue }
            rows += found.first.indices.map { PassageRow(document: document, item: .passage($0)) }
            if found.count > found.first.count { rows.append(PassageRow(document: document, item: .more)) }
        }
        return rows
    }

    /// `p`: opens the passages; for an entity, the first time, asks for them to be found.
    mutating func showPassages() -> [Effect] {
        var effects: [Effect] = []
        if textSearch == nil {
            guard let chosen, let entity = mentions(chosen.kind).entity(chosen.code) else {
                message = "p lists passages: search every document with / or choose a country with c (t a topic) first"
                return []
            }
            if entityPassages?.chosen != chosen {
                searchGeneration += 1
                entityPassages = EntityPassages(chosen: chosen, generation: searchGeneration, documents: entity.documents.count)
                effects = [.findPassages(chosen, documents: entity.documents.map(\.document), generation: searchGeneration)]
            }
        }
        passageView = PassageView(selected: selected.map { PassageRow(document: $0, item: .document) })
        message = nil
        return effects
    }

    /// The passages of the chosen entity in document `index` (for the passes of `generation`).
    public mutating func receivePassages(_ found: DocumentPassages, at index: Int, generation: Int) {
        guard var p = entityPassages, p.generation == generation else { return }
        p.searched += 1
        if found.count > 0 { p.found[index] = found }
        entityPassages = p
    }

    mutating func typeInPassages(_ key: Key) -> [Effect] {
        let rows = passageRows()
        var at = passageView?.selected.flatMap { rows.firstIndex(of: $0) } ?? 0
        if key == .char("p") {
            passageView = nil
            return []
        }
        switch keyMap.action(for: key) {
        case .lineDown: at += 1
        case .lineUp: at -= 1
        case .nextSection: at = rows.dropFirst(at + 1).firstIndex { $0.item == .document } ?? at
        case .previousSection: at = rows.prefix(at).lastIndex { $0.item == .document } ?? at
        case .pageDown, .halfPageDown: at += max(1, listRows - 1)
        case .pageUp, .halfPageUp: at -= max(1, listRows - 1)
        case .top: at = 0
        case .bottom: at = rows.count - 1
        case .open:
            guard rows.indices.contains(at) else { message = "no passage to open"; return [] }
            let row = rows[at]
            select(row.document)
            passageView?.selected = row
            let first = passages(of: row.document)?.first ?? []
            switch row.item {
            case .document: return [.open(row.document)]
            case .passage(let k): return [.openAtPassage(row.document, block: first[k].block)]
            // The first passage not listed: the one after the last listed.
            case .more: return [.openAtPassage(row.document, block: (first.last?.block ?? -1) + 1)]
            }
        case .quit: return [.quit]
        case .cancel:
            passageView = nil
            return []
        case .redraw: return [.redraw]
        case .suspend: return [.suspend]
        default:
            message = "\(key.label) does nothing here: Enter reads at the passage, p or Esc returns to the documents"
            return []
        }
        at = min(max(0, at), max(0, rows.count - 1))
        passageView?.selected = rows.indices.contains(at) ? rows[at] : nil
        return []
    }

    /// `Passages with “libya”: 23 matches in 3 documents`, or `Passages mentioning Libya — …`.
    var passagesTitle: String {
        if let summary = searchSummary {
            let searching = textSearch.map { $0.searched < $0.documents ? " (searching \(Self.grouped($0.searched))/\(Self.grouped($0.documents)))" : "" } ?? ""
            return "Passages with " + summary + searching
        }
        guard let chosen, let entity = mentions(chosen.kind).entity(chosen.code) else { return "Passages" }
        let finding = entityPassages.map { $0.searched < $0.documents ? " (finding \(Self.grouped($0.searched))/\(Self.grouped($0.documents)))" : "" } ?? ""
        return "Passages mentioning " + Self.line(entity) + finding
    }

    func drawPassages(_ frame: inout Frame, _ view: PassageView) {
        frame.fill(Rect(x: 0, y: 0, width: width, height: 1), .paneTitle)
        frame.putTruncating(" " + passagesTitle, x: 0, y: 0, maxX: width, .paneTitle)
        let rows = passageRows()
        if rows.isEmpty { frame.putTruncating(" (none yet)", x: 0, y: 1, maxX: width, .placeholder) }
        let at = view.selected.flatMap { rows.firstIndex(of: $0) } ?? 0
        let top = max(0, at - listRows + 1)
        // Each document's count of hits or mentions, from what the list already knows.
        let counts = textSearch?.counts ?? chosen.flatMap { mentions($0.kind).entity($0.code) }.map {
            Dictionary($0.documents.map { ($0.document, $0.mentions) }, uniquingKeysWith: +)
        } ?? [:]
        let noun = textSearch == nil ? "mention" : "match"
        for (i, row) in rows.dropFirst(top).prefix(listRows).enumerated() {
            let y = 1 + i
            let isSelected = top + i == at
            let base: Element = isSelected ? .sidebarSelected : .text
            if isSelected {
                frame.fill(Rect(x: 0, y: y, width: width, height: 1), base)
                frame.put(plain ? ">" : "▸", x: 0, y: y, base)
            }
            let entry = entries[row.document]
            switch row.item {
            case .document:
                frame.put(entry.date ?? "–", x: 1, y: y, isSelected || !entry.dateFromFile ? base : .caption)
                let n = counts[row.document] ?? 0
                let count = "\(Self.grouped(n)) \(noun)\(n == 1 ? "" : noun == "match" ? "es" : "s")"
                let end = frame.putTruncating(entry.title.split(whereSeparator: \.isNewline).joined(separator: " "), x: 13, y: y,
                                              maxX: max(13, width - 2 - DisplayWidth.columns(count)), isSelected ? base : .paneTitleFocused)
                frame.putTruncating("  " + count, x: end, y: y, maxX: width, isSelected ? base : .placeholder)
            case .passage(let k):
                guard let p = passages(of: row.document)?.first[k] else { continue }
                var x = 4
                if let speaker = p.speaker { x = frame.putTruncating(speaker + ": ", x: x, y: y, maxX: width / 3, isSelected ? base : .speaker) }
                frame.putTruncating(p.text, x: x, y: y, maxX: width - 1, base)
            case .more:
                let found = passages(of: row.document)
                let rest = (found?.count ?? 0) - (found?.first.count ?? 0)
                frame.putTruncating("…and \(Self.grouped(rest)) more passage\(rest == 1 ? "" : "s"): Enter reads from the next", x: 4, y: y,
                                    maxX: width - 1, isSelected ? base : .placeholder)
            }
        }
        if plain { frame.cursor = Frame.Spot(x: 0, y: 1 + at - top) }
    }
}
