import TranscriptKit

/// `'` in the library: every bookmark of every document, with its document, newest document
/// order kept (the list's); Enter reads the document at the bookmark.
extension LibraryState {
    public struct Mark: Equatable, Sendable {
        public var document: Int
        public var bookmark: Bookmark

        public init(document: Int, bookmark: Bookmark) {
            self.document = document
            self.bookmark = bookmark
        }
    }

    /// The bookmarks the program read for `'`: they replace the list until Esc or `'`.
    public mutating func showBookmarks(_ marks: [Mark]) {
        let order = Dictionary(uniqueKeysWithValues: shown.enumerated().map { ($1, $0) })
        let listed = marks.filter { order[$0.document] != nil }.sorted {
            (order[$0.document]!, $0.bookmark.block, $0.bookmark.start) < (order[$1.document]!, $1.bookmark.block, $1.bookmark.start)
        }
        self.marks = listed
        markSelection = 0
        message = listed.isEmpty ? "no bookmarks in these documents yet: m marks a paragraph in a document"
            : "\(Self.grouped(listed.count)) bookmark\(listed.count == 1 ? "" : "s") in \(Set(listed.map(\.document)).count) document(s)"
    }

    mutating func typeInMarks(_ key: Key) -> [Effect] {
        guard let marks else { return [] }
        switch keyMap.action(for: key) {
        case .lineDown, .nextSection: markSelection = min(markSelection + 1, max(0, marks.count - 1))
        case .lineUp, .previousSection: markSelection = max(0, markSelection - 1)
        case .pageDown: markSelection = min(markSelection + listRows - 1, max(0, marks.count - 1))
        case .pageUp: markSelection = max(0, markSelection - listRows + 1)
        case .top: markSelection = 0
        case .bottom: markSelection = max(0, marks.count - 1)
        case .open:
            guard marks.indices.contains(markSelection) else { return [] }
            let mark = marks[markSelection]
            self.marks = nil
            message = nil
            select(mark.document)
            return [.openAt(mark.document, bookmark: mark.bookmark.id)]
        case .quit: return [.quit]
        case .cancel, .showBookmarks:
            self.marks = nil
            message = nil
        default: break
        }
        return []
    }

    func drawMarks(_ frame: inout Frame, _ marks: [Mark]) {
        frame.fill(Rect(x: 0, y: 0, width: width, height: 1), .paneTitle)
        frame.put("Bookmarks in the library", x: 1, y: 0, .paneTitle)
        if marks.isEmpty { frame.putTruncating("(none yet)", x: 1, y: 1, maxX: width, .placeholder) }
        let top = max(0, markSelection - listRows + 1)
        for (row, mark) in marks.dropFirst(top).prefix(listRows).enumerated() {
            let y = 1 + row
            let selected = top + row == markSelection
            let base: Element = selected ? .sidebarSelected : .text
            if selected { frame.fill(Rect(x: 0, y: y, width: width, height: 1), base) }
            let entry = entries[mark.document]
            let b = mark.bookmark
            let place = b.exchange.map { "exchange \($0)" } ?? "line \(b.line)"
            let note = b.note.isEmpty ? "" : " — \(b.note)"
            let title = entry.title.split(whereSeparator: \.isNewline).joined(separator: " ")
            let end = frame.putTruncating(" \(title) · \(place): ", x: 0, y: y, maxX: width / 2, selected ? base : .speaker)
            frame.putTruncating("“\(b.quote.split(whereSeparator: \.isNewline).joined(separator: " "))”\(note)", x: end, y: y, maxX: width - 1, base)
        }
    }
}
