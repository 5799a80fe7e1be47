import TranscriptKit

/// Countries, people, organisations and topics across the library: `c` (or `t` for topics)
/// picks one from every document indexed so far (`Syria — 1,284 mentions in 212 documents`),
/// Tab turning the picker to the next kind; the list then holds only the documents that
/// mention it, and a document read from there follows it, `n` past its last mention going on
/// into the next document of the list.
///
/// Countries come with each document's summary; the other kinds cost a parse of every document
/// again (people most), so they are indexed the first time their picker is opened.
extension LibraryState {
    public struct Picker: Equatable, Sendable {
        public var kind: EntityKind = .countries
        public var filter = ""
        public var selection = 0
        /// What the filter keeps, most mentioned first (worked out as keys come, not per frame).
        public var choices: [LibraryMentions.Entity] = []
    }

    /// An entity chosen across the library.
    public struct Chosen: Equatable, Sendable {
        public var kind: EntityKind
        public var code: String
    }

    /// `Syria — 1,284 mentions in 212 documents`.
    public static func line(_ e: LibraryMentions.Entity) -> String {
        "\(e.name) — \(grouped(e.mentions)) mention\(e.mentions == 1 ? "" : "s") in \(grouped(e.documents.count)) document\(e.documents.count == 1 ? "" : "s")"
    }

    /// The merged index of one kind, as far as it goes.
    public func mentions(_ kind: EntityKind) -> LibraryMentions { merged[kind] ?? LibraryMentions() }

    /// Documents indexed for `kind` so far.
    public func indexedCount(_ kind: EntityKind) -> Int { kind == .countries ? indexedCount : kindIndexed[kind] ?? 0 }

    func isIndexing(_ kind: EntityKind) -> Bool { indexedCount(kind) < entries.count }

    /// The people, organisations or topics of document `index` came back.
    public mutating func receiveEntities(_ kind: EntityKind, at index: Int, _ found: [(code: String, name: String, mentions: Int)]) {
        guard kind != .countries, entries.indices.contains(index) else { return }
        merged[kind, default: LibraryMentions()].add(document: index, found)
        kindIndexed[kind, default: 0] += 1
        refreshPicker(kind)
    }

    mutating func refreshPicker(_ kind: EntityKind) {
        guard var p = picker, p.kind == kind else { return }
        p.choices = pickerChoices(kind, p.filter)
        p.selection = min(p.selection, max(0, p.choices.count - 1))
        picker = p
    }

    /// Opens the picker on `kind`; its first opening asks for the kind to be indexed.
    mutating func openPicker(_ kind: EntityKind) -> [Effect] {
        picker = Picker(kind: kind, choices: pickerChoices(kind, ""))
        message = isIndexing(kind) ? "\(kind.rawValue) of the documents indexed so far" : nil
        guard kind != .countries, !requested.contains(kind) else { return [] }
        requested.insert(kind)
        return [.indexEntities(kind)]
    }

    /// Entities whose name or code starts with what was typed first, then those containing it.
    func pickerChoices(_ kind: EntityKind, _ filter: String) -> [LibraryMentions.Entity] {
        let all = mentions(kind).entities
        let query = Self.folded(filter)
        guard !query.isEmpty else { return all }
        var starting: [LibraryMentions.Entity] = [], containing: [LibraryMentions.Entity] = []
        for e in all {
            let names = [Self.folded(e.name), Self.folded(e.code)]
            if names.contains(where: { $0.hasPrefix(query) }) { starting.append(e) } else if names.contains(where: { $0.contains(query) }) { containing.append(e) }
        }
        return starting + containing
    }

    mutating func typeInPicker(_ key: Key) -> [Effect] {
        guard var p = picker else { return [] }
        switch key {
        case .escape, .ctrl("c"), .ctrl("g"):
            picker = nil
            return []
        case .tab, .backTab:
            let kinds = EntityKind.allCases
            let at = kinds.firstIndex(of: p.kind) ?? 0
            return openPicker(kinds[(at + (key == .tab ? 1 : kinds.count - 1)) % kinds.count])
        case .enter:
            picker = nil
            guard p.choices.indices.contains(p.selection) else {
                message = isIndexing(p.kind) ? "nothing matches \(p.filter) yet: still indexing" : "nothing matches \(p.filter)"
                return []
            }
            choose(p.kind, p.choices[p.selection].code)
            return []
        case .down, .ctrl("n"): p.selection += 1
        case .up, .ctrl("p"): p.selection = max(0, p.selection - 1)
        case .backspace, .delete:
            if !p.filter.isEmpty { p.filter.removeLast() }
            p.selection = 0
            p.choices = pickerChoices(p.kind, p.filter)
        case .char(let c) where p.filter.count < 40:
            p.filter.append(c)
            p.selection = 0
            p.choices = pickerChoices(p.kind, p.filter)
        default: break
        }
        p.selection = min(p.selection, max(0, p.choices.count - 1))
        picker = p
        return []
    }

    /// Lists only the documents that mention it; reading one follows it.
    mutating func choose(_ kind: EntityKind, _ code: String) {
        chosen = Chosen(kind: kind, code: code)
        selectionMoved = false
        refresh()
        if let e = mentions(kind).entity(code) { message = Self.line(e) + "; Enter reads one, p lists its passages, n goes on into the next" }
    }

    /// The chosen entity's name, for the status line.
    var chosenName: String? {
        chosen.map { mentions($0.kind).entity($0.code)?.name ?? $0.code }
    }

    /// The document after (or before) `index` in the list as shown, if any.
    public func neighbour(of index: Int, forward: Bool) -> Int? {
        guard let row = shown.firstIndex(of: index) else { return nil }
        let next = row + (forward ? 1 : -1)
        return shown.indices.contains(next) ? shown[next] : nil
    }

    /// Puts the highlight on entry `index` (the library moved on to it by itself).
    public mutating func select(_ index: Int) {
        guard shown.contains(index) else { return }
        selected = index
        selectionMoved = true
        keepSelectionInView()
        if passageView != nil { passageView?.selected = PassageRow(document: index, item: .document) }
    }

    func drawPicker(_ frame: inout Frame, _ p: Picker) {
        let boxWidth = min(width - 4, 70), boxHeight = min(height - 2, max(6, min(p.choices.count + 3, 20)))
        let box = Rect(x: (width - boxWidth) / 2, y: 1, width: boxWidth, height: boxHeight)
        frame.fill(box, .help)
        let progress = isIndexing(p.kind) ? " (indexing \(Self.grouped(indexedCount(p.kind)))/\(Self.grouped(entries.count)))" : ""
        frame.putTruncating(" \(p.kind.title) in the library" + progress, x: box.x, y: box.y, maxX: box.maxX, .helpKey)
        let end = frame.put(" › " + p.filter, x: box.x, y: box.y + 1, maxX: box.maxX - 1, .prompt)
        if !plain { frame.put("█", x: end, y: box.y + 1, maxX: box.maxX, .prompt) }
        let rows = box.height - 3
        let top = max(0, p.selection - rows + 1)
        if p.choices.isEmpty { frame.putTruncating("  (none yet)", x: box.x, y: box.y + 2, maxX: box.maxX, .placeholder) }
        for (i, e) in p.choices.dropFirst(top).prefix(rows).enumerated() {
            let y = box.y + 2 + i
            let isSelected = top + i == p.selection
            if isSelected { frame.fill(Rect(x: box.x, y: y, width: box.width, height: 1), .sidebarSelected) }
            frame.putTruncating("  " + Self.line(e), x: box.x, y: y, maxX: box.maxX, isSelected ? .sidebarSelected : .help)
        }
        frame.putTruncating(" Enter lists its documents · Tab another kind · Esc closes", x: box.x, y: box.maxY - 1, maxX: box.maxX, .help)
    }
}
