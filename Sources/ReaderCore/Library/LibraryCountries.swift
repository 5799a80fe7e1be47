import TranscriptKit

/// Countries across the library: `c` picks one from every document indexed so far
/// (`Syria — 1,284 mentions in 212 documents`); the list then holds only the documents that
/// mention it, and a document read from there follows it, `n` past its last mention going on
/// into the next document of the list.
extension LibraryState {
    public struct Picker: Equatable, Sendable {
        public var filter = ""
        public var selection = 0
        /// The countries the filter keeps, most mentioned first (worked out as keys come, not per frame).
        public var choices: [LibraryMentions.Entity] = []
    }

    /// `Syria — 1,284 mentions in 212 documents`.
    public static func line(_ e: LibraryMentions.Entity) -> String {
        "\(e.name) — \(grouped(e.mentions)) mention\(e.mentions == 1 ? "" : "s") in \(grouped(e.documents.count)) document\(e.documents.count == 1 ? "" : "s")"
    }

    mutating func openPicker() {
        picker = Picker(choices: pickerChoices(""))
        message = isIndexing ? "countries of the documents indexed so far" : nil
    }

    /// Countries whose name or code starts with what was typed first, then those containing it.
    func pickerChoices(_ filter: String) -> [LibraryMentions.Entity] {
        let all = countries.entities
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
        case .enter:
            picker = nil
            guard p.choices.indices.contains(p.selection) else {
                message = isIndexing ? "nothing matches \(p.filter) yet: still indexing" : "nothing matches \(p.filter)"
                return []
            }
            choose(country: p.choices[p.selection].code)
            return []
        case .down, .ctrl("n"): p.selection += 1
        case .up, .ctrl("p"): p.selection = max(0, p.selection - 1)
        case .backspace, .delete:
            if !p.filter.isEmpty { p.filter.removeLast() }
            p.selection = 0
            p.choices = pickerChoices(p.filter)
        case .char(let c) where p.filter.count < 40:
            p.filter.append(c)
            p.selection = 0
            p.choices = pickerChoices(p.filter)
        default: break
        }
        p.selection = min(p.selection, max(0, p.choices.count - 1))
        picker = p
        return []
    }

    /// Lists only the documents that mention `code`; reading one follows it.
    mutating func choose(country code: String) {
        country = code
        selectionMoved = false
        refresh()
        if let e = countries.entity(code) { message = Self.line(e) + "; Enter reads one, n goes on into the next" }
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
    }

    func drawPicker(_ frame: inout Frame, _ p: Picker) {
        let boxWidth = min(width - 4, 70), boxHeight = min(height - 2, max(6, min(p.choices.count + 3, 20)))
        let box = Rect(x: (width - boxWidth) / 2, y: 1, width: boxWidth, height: boxHeight)
        frame.fill(box, .help)
        frame.putTruncating(" Countries in the library" + (isIndexing ? " (indexing…)" : ""), x: box.x, y: box.y, maxX: box.maxX, .helpKey)
        let end = frame.put(" › " + p.filter, x: box.x, y: box.y + 1, maxX: box.maxX - 1, .prompt)
        if !plain { frame.put("█", x: end, y: box.y + 1, maxX: box.maxX, .prompt) }
        let rows = box.height - 3
        let top = max(0, p.selection - rows + 1)
        if p.choices.isEmpty { frame.putTruncating("  (none yet)", x: box.x, y: box.y + 2, maxX: box.maxX, .placeholder) }
        for (i, e) in p.choices.dropFirst(top).prefix(rows).enumerated() {
            let y = box.y + 2 + i
            let chosen = top + i == p.selection
            if chosen { frame.fill(Rect(x: box.x, y: y, width: box.width, height: 1), .sidebarSelected) }
            frame.putTruncating("  " + Self.line(e), x: box.x, y: y, maxX: box.maxX, chosen ? .sidebarSelected : .help)
        }
        frame.putTruncating(" Enter lists its documents · Esc closes", x: box.x, y: box.maxY - 1, maxX: box.maxX, .help)
    }
}
