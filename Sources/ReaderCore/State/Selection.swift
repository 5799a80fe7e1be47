import TranscriptKit

/// A quote being chosen in the question or answer pane: `v` selects by sentence, `V` by
/// paragraph, from the paragraph at the top of the pane; `j`/`k`, `)`/`(` and `}`/`{` move its
/// far end (the head), the near end (the anchor) stays where `v` was pressed.
public struct Selection: Equatable, Sendable {
    /// A sentence of a block.
    public struct Point: Equatable, Comparable, Sendable {
        public var block: Int
        public var sentence: Int

        public static func < (a: Point, b: Point) -> Bool { (a.block, a.sentence) < (b.block, b.sentence) }
    }

    public var pane: ReaderState.Focus
    public var anchor: Point
    public var head: Point
    /// `V`: whole paragraphs, whatever sentences the ends are on.
    public var paragraphs: Bool

    public var first: Point { min(anchor, head) }
    public var last: Point { max(anchor, head) }
}

extension ReaderState {
    /// Sentences of a block, as scalar offsets into its text.
    func sentences(_ block: Int) -> [Range<Int>] {
        let spans = Sentences.spans(document.blocks[block].text)
        return spans.isEmpty ? [0..<0] : spans
    }

    /// The blocks of the pane a selection is in, in reading order: what was said, without the
    /// captions between (unless the selection starts on one).
    func selectionPaneBlocks(_ pane: Focus) -> [Int] {
        let layout = Layout(self)
        let blocks = pane == .question ? questionText(width: layout.question.width).blocks : answerText(width: layout.answer.width).blocks
        if let start = selection?.anchor.block, !document.blocks[start].kind.isSpeech { return blocks }
        return blocks.filter { document.blocks[$0].kind.isSpeech }
    }

    /// `v` and `V`: a selection of the first sentence (or the whole paragraph) at the top of the
    /// focused pane, the answer's when the sidebar has the focus.
    mutating func startSelection(paragraphs: Bool) {
        guard let block = focusedBlock else { message = "nothing here to select"; return }
        let pane: Focus = focus == .question || currentSection.question.contains(block) ? .question : .answer
        if focus == .sidebar { focus = pane }
        let start = Selection.Point(block: block, sentence: 0)
        let end = paragraphs ? Selection.Point(block: block, sentence: sentences(block).count - 1) : start
        selection = Selection(pane: pane, anchor: start, head: end, paragraphs: paragraphs)
        describeSelection()
    }

    /// Keys while a selection is open; nil lets a key do what it always does (scrolling, say).
    mutating func selectionKey(_ key: Key) -> [Effect]? {
        guard var s = selection, let action = keyMap.action(for: key) else { return nil }
        switch action {
        case .lineDown, .nextSentence: s.paragraphs ? moveByParagraph(&s, forward: true) : moveBySentence(&s, forward: true)
        case .lineUp, .previousSentence: s.paragraphs ? moveByParagraph(&s, forward: false) : moveBySentence(&s, forward: false)
        case .nextParagraph: moveByParagraph(&s, forward: true)
        case .previousParagraph: moveByParagraph(&s, forward: false)
        case .selectParagraphs: s.paragraphs.toggle()
        case .select, .cancel:
            selection = nil
            message = "selection ended"
            return []
        case .copy: return copyQuote()
        case .bookmark: return markParagraph()
        default: return nil
        }
        selection = s
        keepHeadInView(s)
        describeSelection()
        return []
    }

    private func moveBySentence(_ s: inout Selection, forward: Bool) {
        let blocks = selectionPaneBlocks(s.pane)
        guard let i = blocks.firstIndex(of: s.head.block) else { return }
        if forward {
            if s.head.sentence + 1 < sentences(s.head.block).count {
                s.head.sentence += 1
            } else if i + 1 < blocks.count {
                s.head = Selection.Point(block: blocks[i + 1], sentence: 0)
            }
        } else if s.head.sentence > 0 {
            s.head.sentence -= 1
        } else if i > 0 {
            s.head = Selection.Point(block: blocks[i - 1], sentence: sentences(blocks[i - 1]).count - 1)
        }
    }

    /// `}` to the end of the paragraph, then of the next; `{` to its start, then the previous one's.
    private func moveByParagraph(_ s: inout Selection, forward: Bool) {
        let blocks = selectionPaneBlocks(s.pane)
        guard let i = blocks.firstIndex(of: s.head.block) else { return }
        let lastSentence = sentences(s.head.block).count - 1
        if forward {
            if s.head.sentence < lastSentence && !s.paragraphs {
                s.head.sentence = lastSentence
            } else if i + 1 < blocks.count {
                s.head = Selection.Point(block: blocks[i + 1], sentence: sentences(blocks[i + 1]).count - 1)
            }
        } else if s.head.sentence > 0 && !s.paragraphs {
            s.head.sentence = 0
        } else if i > 0 {
            s.head = Selection.Point(block: blocks[i - 1], sentence: 0)
        }
    }

    /// Scrolls the selection's pane so that the head's paragraph is on screen.
    private mutating func keepHeadInView(_ s: Selection) {
        let layout = Layout(self)
        let pane = s.pane == .question ? layout.question : layout.answer
        let text = s.pane == .question ? questionText(width: pane.width) : answerText(width: pane.width)
        let anchor = s.pane == .question ? questionAnchor : answerAnchor
        let shown = Set(text.visibleRows(from: anchor, count: Layout.textRows(pane)).map(\.block))
        guard !shown.contains(s.head.block), let position = text.blocks.firstIndex(of: s.head.block) else { return }
        if s.pane == .question { questionAnchor = Anchor(position: position) } else { answerAnchor = Anchor(position: position) }
    }

    private mutating func describeSelection() {
        guard let s = selection else { return }
        let quote = selectedQuote(s)
        let unit = s.paragraphs ? "paragraph" : "sentence"
        let count = s.paragraphs ? quote.blocks.count : quote.sentences
        message = "\(count) \(unit)\(count == 1 ? "" : "s") selected: \(keyMap.hint(.copy)) copies, \(keyMap.hint(.bookmark)) bookmarks, \(keyMap.hint(.cancel)) ends"
    }

    /// The selected text, its blocks and how many sentences it spans.
    func selectedQuote(_ s: Selection) -> (text: String, blocks: [Int], sentences: Int) {
        let paneBlocks = selectionPaneBlocks(s.pane)
        guard let from = paneBlocks.firstIndex(of: s.first.block), let to = paneBlocks.firstIndex(of: s.last.block) else {
            return ("", [], 0)
        }
        var parts: [String] = []
        var count = 0
        for block in paneBlocks[from...to] {
            let spans = sentences(block)
            let lo = s.paragraphs || block != s.first.block ? 0 : min(s.first.sentence, spans.count - 1)
            let hi = s.paragraphs || block != s.last.block ? spans.count - 1 : min(s.last.sentence, spans.count - 1)
            let scalars = Array(document.blocks[block].text.unicodeScalars)
            let range = spans[lo].lowerBound..<spans[hi].upperBound
            parts.append(String(String.UnicodeScalarView(scalars[range])))
            count += hi - lo + 1
        }
        return (parts.joined(separator: " "), Array(paneBlocks[from...to]), count)
    }

    /// Glyph ranges of a block that the selection covers, for drawing.
    func selectionRanges(block: Int) -> [Range<Int>] {
        guard let s = selection, block >= s.first.block, block <= s.last.block else { return [] }
        let spans = sentences(block)
        let lo = s.paragraphs || block != s.first.block ? 0 : min(s.first.sentence, spans.count - 1)
        let hi = s.paragraphs || block != s.last.block ? spans.count - 1 : min(s.last.sentence, spans.count - 1)
        let map = cache.scalarMap(block: block, text: document.blocks[block].text)
        func glyph(_ scalar: Int) -> Int { scalar < map.count ? Int(map[scalar]) : (map.last.map { Int($0) + 1 } ?? 0) }
        let range = glyph(spans[lo].lowerBound)..<glyph(spans[hi].upperBound)
        return range.isEmpty ? [] : [range]
    }

    /// `y`: the selection, or the paragraph at the top of the focused pane, with its citation.
    mutating func copyQuote() -> [Effect] {
        let quote: (text: String, blocks: [Int])
        if let s = selection {
            let q = selectedQuote(s)
            quote = (q.text, q.blocks)
        } else if let block = focusedBlock {
            quote = (document.blocks[block].text, [block])
        } else {
            message = "nothing here to copy"
            return []
        }
        selection = nil
        let text = Citation(template: citationTemplate).text(Citation.values(quote: quote.text, blocks: quote.blocks, in: document))
        message = "copied \(text.count) characters"
        return [.copy(text)]
    }

    /// A bookmark on the selection: its exact text, anchored at its first paragraph.
    func selectionBookmark(_ s: Selection) -> Bookmark {
        let quote = selectedQuote(s)
        let block = quote.blocks.first ?? s.first.block
        let text = document.blocks[block].text
        let sentenceStart = s.paragraphs ? 0 : sentences(block)[min(s.first.sentence, sentences(block).count - 1)].lowerBound
        let start = text.unicodeScalars.index(text.startIndex, offsetBy: sentenceStart, limitedBy: text.endIndex) ?? text.startIndex
        let offset = text.distance(from: text.startIndex, to: start)
        var bookmark = Bookmark.paragraph(block, in: document)
        bookmark.quote = quote.text
        bookmark.start = offset
        bookmark.end = min(text.count, offset + quote.text.count)
        return bookmark
    }
}
