import Foundation
import TranscriptKit

/// Bookmarks: marking, the note prompt, the list's own keys, and the reading position.
extension ReaderState {
    /// The paragraph a reader is looking at: the top of the focused pane.
    var focusedBlock: Int? {
        let layout = Layout(self)
        if focus == .question {
            let text = questionText(width: layout.question.width)
            return text.blocks.isEmpty ? nil : text.blocks[text.clamped(questionAnchor).position]
        }
        let text = answerText(width: layout.answer.width)
        if text.blocks.isEmpty { return currentSection.question.first }
        return text.blocks[text.clamped(answerAnchor).position]
    }

    mutating func markParagraph() -> [Effect] {
        guard let block = focusedBlock else { message = "nothing here to bookmark"; return [] }
        // The sidebar marks the paragraph at the top of the answer, as `focusedBlock` does.
        let pane: Focus = selection?.pane ?? (focus == .question ? .question : .answer)
        // A selection narrows the quote: its exact text, however many bookmarks the paragraph has.
        let chosen = selection.map(selectionBookmark)
        selection = nil
        if chosen == nil, let existing = bookmarks.first(where: { $0.block == block && !$0.orphaned }) {
            prompt = Prompt(kind: .note(bookmark: existing.id), text: existing.note, bookmarkBlock: existing.block,
                            markedPane: pane)
            message = "already bookmarked: edit the note"
            return []
        }
        let bookmark = chosen ?? Bookmark.paragraph(block, in: document)
        // Where reading order puts it (saved lists are in that order), so that the list drawn
        // from them need not be sorted again.
        var low = 0, high = allBookmarks.count
        while low < high {
            let mid = (low + high) / 2
            if allBookmarks[mid].readingKey <= bookmark.readingKey { low = mid + 1 } else { high = mid }
        }
        bookmarkList.insert(bookmark, at: low)
        prompt = Prompt(kind: .note(bookmark: bookmark.id), text: "", bookmarkBlock: bookmark.block, markedPane: pane)
        return requestSave()
    }

    /// The note prompt: Enter keeps the note, Esc keeps the bookmark without changing it.
    mutating func typeNote(_ key: Key, _ p: inout Prompt, _ id: String) -> [Effect] {
        switch key {
        case .enter:
            prompt = nil
            if let index = position(of: id, onBlock: p.bookmarkBlock) {
                update(at: index) { $0.note = p.text.trimmingCharacters(in: .whitespaces) }
            }
            let effects = requestSave()
            acknowledge("bookmarked" + (p.text.isEmpty ? "" : " with a note") + Self.paneNote(p.markedPane), bookmark: id)
            return effects
        case .escape, .ctrl("c"), .ctrl("g"):
            prompt = nil
            acknowledge("bookmarked" + Self.paneNote(p.markedPane), bookmark: id)   // once the bookmark itself (`m`) is saved
            return []
        case .backspace, .ctrl("h"), .delete:
            if !p.text.isEmpty { p.text.removeLast() }
        case .ctrl("u"):
            p.text = ""
        case .char(let c) where p.text.count < 500:
            p.text.append(c)
        default:
            break
        }
        prompt = p
        return []
    }

    /// ` (question)`: which pane's paragraph `m` marked, so a mark made in the wrong pane is noticed.
    static func paneNote(_ pane: Focus?) -> String { pane.map { " (\($0.name))" } ?? "" }

    /// `e`, `d`, `u` in the Bookmarks list; nil lets other keys through.
    mutating func bookmarkListKey(_ key: Key) -> [Effect]? {
        // Where the selected one is, not a view of the list: one held while the bookmarks change
        // would make the change copy all of them.
        let selectedIndex = bookmarkList.order.indices.contains(sidebarSelection) ? bookmarkList.order[sidebarSelection] : nil
        let selected = selectedIndex.map { allBookmarks[$0] }
        switch key {
        case .char("e"):
            guard let selected else { return [] }
            prompt = Prompt(kind: .note(bookmark: selected.id), text: selected.note, bookmarkBlock: selected.block)
            return []
        case .char("d"), .delete:
            guard let index = selectedIndex else { return [] }
            update(at: index) { $0.deleted = true }
            deletedBookmarks.append(allBookmarks[index])
            sidebarSelection = min(sidebarSelection, max(0, bookmarks.count - 1))
            let effects = requestSave()
            acknowledge("bookmark deleted (u undoes)")
            return effects
        case .char("u"):
            guard let deletion = deletedBookmarks.popLast() else { message = "nothing to undo"; return [] }
            guard let index = position(of: deletion.id, onBlock: deletion.block) else { return [] }
            // Naming the deletion undone is what lets this copy win over it, and only over it.
            update(at: index) { $0.deleted = false; $0.restores = $0.revision }
            sidebarSelection = bookmarkList.position(ofBookmarkAt: index) ?? sidebarSelection
            let effects = requestSave()
            acknowledge("bookmark restored", bookmark: deletion.id)
            return effects
        default:
            return nil
        }
    }

    mutating func openBookmark(_ index: Int) {
        let list = bookmarks
        guard list.indices.contains(index) else { return }
        let b = list[index]
        guard !b.orphaned, document.blocks.indices.contains(b.block) else {
            message = "this bookmark's passage is no longer in the document: “\(b.quote.prefix(60))”"
            return
        }
        let before = position
        section = sectionIndex(of: b.block)
        questionAnchor = .top
        answerAnchor = .top
        let layout = Layout(self)
        if currentSection.question.contains(b.block) {
            focus = .question
        } else {
            let text = answerText(width: layout.answer.width)
            if !text.blocks.contains(b.block) && captionsHidden { captionsHidden = false }
            let shown = answerText(width: layout.answer.width)
            if let p = shown.blocks.firstIndex(of: b.block) {
                answerAnchor = shown.scrolled(Anchor(position: p, row: 0), by: 0, height: Layout.textRows(layout.answer))
            }
        }
        if before.section != section { back.append(before); forward.removeAll() }
        reanchor()
    }

    /// Where bookmark `id` is in `allBookmarks`: first among those on `block` (saved lists are
    /// in reading order, and comparing 100,000 ids reads 100,000 strings from all over memory),
    /// then anywhere.
    func position(of id: String, onBlock block: Int?) -> Int? {
        if let block {
            var low = 0, high = allBookmarks.count
            while low < high {
                let mid = (low + high) / 2
                if allBookmarks[mid].block < block { low = mid + 1 } else { high = mid }
            }
            while low < allBookmarks.count && allBookmarks[low].block == block {
                if allBookmarks[low].id == id { return low }
                low += 1
            }
        }
        return allBookmarks.firstIndex { $0.id == id }
    }

    private mutating func update(at index: Int, _ change: (inout Bookmark) -> Void) {
        var b = allBookmarks[index]
        change(&b)
        b.updated = Date()
        b.revision += 1
        bookmarkList.replace(at: index, with: b)
    }

    mutating func select(tab: SidebarTab) {
        sidebarTab = tab
        switch tab {
        case .exchanges: sidebarSelection = listedRow(of: section)
        case .search: sidebarSelection = search?.current ?? 0
        case .bookmarks: sidebarSelection = min(sidebarSelection, max(0, bookmarks.count - 1))
        case .speakers: sidebarSelection = 0
        case .countries, .people, .organisations, .topics:
            let list = entityList(tab.entityKind ?? .countries)?.entities ?? []
            sidebarSelection = entity.flatMap { code in list.firstIndex { $0.code == code } } ?? 0
        }
        sidebarScroll = 0
        keepSelectionVisible(rows: focusedRows)
    }

    // MARK: - Reading position

    public var readingPosition: ReadingPosition {
        let number: Int
        switch currentSection.kind {
        case .introduction: number = 0
        case .exchange(let n): number = n
        case .endMatter: number = -1
        }
        let text = answerText(width: Layout(self).answer.width)
        let a = text.clamped(answerAnchor)
        return ReadingPosition(exchange: number, block: text.blocks.isEmpty ? -1 : text.blocks[a.position], row: a.row,
                               focus: focus.name, sidebarTab: sidebarTab.rawValue, theme: themeName)
    }

    /// Opens where the reader left off; anything that no longer fits the document is ignored.
    public mutating func resume(at p: ReadingPosition) {
        let target = sections.firstIndex { s in
            switch s.kind {
            case .introduction: return p.exchange == 0
            case .exchange(let n): return n == p.exchange
            case .endMatter: return p.exchange == -1
            }
        }
        guard let target else { return }
        section = target
        sidebarSelection = target
        focus = p.focus == "question" ? .question : p.focus == "sidebar" && sidebarShown ? .sidebar : .answer
        if let tab = SidebarTab(rawValue: p.sidebarTab), tab != .search { sidebarTab = tab }
        let text = answerText(width: Layout(self).answer.width)
        if let position = text.blocks.firstIndex(of: p.block) { answerAnchor = Anchor(position: position, row: p.row) }
        reanchor()
    }
}
