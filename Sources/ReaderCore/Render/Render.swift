import TranscriptKit

/// Draws a state into a frame. Pure: the same state always gives the same frame.
extension ReaderState {
    public func render() -> Frame {
        var frame = Frame(width: width, height: height)
        guard width > 0, height > 0 else { return frame }
        if isTooSmall {
            drawTooSmall(&frame)
            return frame
        }
        let layout = Layout(self)
        if plain { frame.cursor = readingSpot(layout) }
        if let sidebar = layout.sidebar {
            drawSidebar(&frame, sidebar)
            for y in sidebar.y..<sidebar.maxY { frame.put(decor.divider, x: sidebar.maxX, y: y, .border) }
        }
        drawQuestion(&frame, layout.question)
        drawAnswer(&frame, layout.answer)
        drawStatus(&frame, layout)
        if case .help(let scroll) = overlay { drawHelp(&frame, scroll: scroll) }
        if case .picker(let kind, let filter, let selection) = overlay { drawPicker(&frame, kind: kind, filter: filter, selection: selection) }
        return frame
    }

    /// The line being read: the top line of the focused pane's text, or the sidebar's selection.
    /// Prompts and overlays drawn later move the cursor to where typing goes.
    private func readingSpot(_ layout: Layout) -> Frame.Spot {
        switch focus {
        case .sidebar:
            let area = layout.sidebar ?? layout.answer
            return Frame.Spot(x: area.x, y: min(area.maxY - 1, area.y + 1 + max(0, sidebarSelection - sidebarScroll)))
        case .question: return Frame.Spot(x: layout.question.x + PaneText.gutter, y: layout.question.y + 1)
        case .answer: return Frame.Spot(x: layout.answer.x + PaneText.gutter, y: layout.answer.y + 1)
        }
    }

    private func drawTooSmall(_ frame: inout Frame) {
        frame.fill(Rect(x: 0, y: 0, width: width, height: height), .notice)
        let lines = ["Terminal too small", "need \(Self.minimumWidth)×\(Self.minimumHeight), have \(width)×\(height)", "q quits"]
        let top = max(0, (height - lines.count) / 2)
        for (i, line) in lines.enumerated() where top + i < height {
            let x = max(0, (width - DisplayWidth.columns(line)) / 2)
            frame.put(line, x: x, y: top + i, .notice)
        }
    }

    // MARK: - Panes

    private func drawQuestion(_ frame: inout Frame, _ pane: Rect) {
        let section = currentSection
        var title: String
        switch section.kind {
        case .introduction: title = "Introduction"
        case .exchange(let n):
            let speaker = document.exchanges[n - 1].questionSpeaker.map { document.participants[$0].name }
            title = "Question \(n)" + (speaker.map { decor.join + $0 } ?? "")
        case .endMatter: title = "End matter"
        }
        let text = questionText(width: pane.width)
        drawHeader(&frame, pane, title: title, right: timed(sectionCounter, text, questionAnchor), focused: focus == .question)
        drawRows(&frame, text, from: questionAnchor, in: Rect(x: pane.x, y: pane.y + 1, width: pane.width, height: pane.height - 1))
    }

    private func drawAnswer(_ frame: inout Frame, _ pane: Rect) {
        guard pane.height > 0 else { return }
        let text = answerText(width: pane.width)
        var title = "Answer"
        if case .exchange(let n) = currentSection.kind,
           let speaker = document.exchanges[n - 1].answerSpeaker.map({ document.participants[$0].name }) {
            title += decor.join + speaker
        } else if case .introduction = currentSection.kind {
            title = "Front matter"
        } else if case .endMatter = currentSection.kind {
            title = "After the interview"
        }
        drawHeader(&frame, pane, title: title, right: timed(answerPosition(text, rows: pane.height - 1), text, answerAnchor),
                   focused: focus == .answer)
        let body = Rect(x: pane.x, y: pane.y + 1, width: pane.width, height: pane.height - 1)
        if text.blocks.isEmpty {
            frame.put(captionsHidden ? "(only captions here; \(keyMap.hint(.toggleCaptions)) shows them)" : "(nothing here)", x: body.x + PaneText.gutter,
                      y: body.y, maxX: body.maxX, .caption)
            return
        }
        drawRows(&frame, text, from: answerAnchor, in: body)
    }

    /// `00:12:31 · 42%`: where paragraphs carry times, the time of the one at the top of the pane
    /// (what `o` plays from) leads the pane's position.
    private func timed(_ right: String, _ text: PaneText, _ anchor: Anchor) -> String {
        guard !text.blocks.isEmpty, let time = document.time(at: text.blocks[text.clamped(anchor).position]) else { return right }
        return time.text + decor.join + right
    }

    private func drawHeader(_ frame: inout Frame, _ pane: Rect, title: String, right: String, focused: Bool) {
        let element: Element = focused ? .paneTitleFocused : .paneTitle
        frame.fill(Rect(x: pane.x, y: pane.y, width: pane.width, height: 1), .border, glyph: decor.rule)
        let end = frame.put(" \(title) ", x: pane.x + 1, y: pane.y, maxX: pane.maxX - 1, element)
        let rightWidth = DisplayWidth.columns(right) + 2
        if pane.maxX - rightWidth - 1 > end {
            frame.put(" \(right) ", x: pane.maxX - rightWidth - 1, y: pane.y, maxX: pane.maxX, .paneTitle)
        }
    }

    private func drawRows(_ frame: inout Frame, _ text: PaneText, from anchor: Anchor, in area: Rect) {
        let rows = text.visibleRows(from: anchor, count: area.height)
        for (i, row) in rows.enumerated() {
            let y = area.y + i
            let block = document.blocks[row.block]
            let element = Self.element(for: block.kind)
            switch row.content {
            case .speaker(let name):
                frame.put(name, x: area.x + PaneText.gutter, y: y, maxX: area.maxX, .speaker)
                if let time = block.time { frame.put("  \(time)", x: area.x + PaneText.gutter + DisplayWidth.columns(name), y: y, maxX: area.maxX, .gutter) }
            case .text(let range):
                if !block.kind.isSpeech { frame.put(decor.nonSpeech, x: area.x, y: y, .gutter) }
                if range.lowerBound == 0 && bookmarkList.isMarked(row.block) { frame.put(decor.bookmark, x: area.x, y: y, .highlight) }
                let glyphs = text.glyphs(row.block)
                frame.put(glyphs[range], x: area.x + PaneText.gutter, y: y, maxX: area.maxX, element)
                drawHighlights(&frame, block: row.block, glyphs: glyphs, line: range, x: area.x + PaneText.gutter, y: y, maxX: area.maxX)
            case .spacer:
                break
            }
        }
    }

    /// Search matches on one wrapped line: the current one in `highlight`, others in `match`.
    private func drawHighlights(_ frame: inout Frame, block: Int, glyphs: [Glyph], line: Range<Int>, x: Int, y: Int, maxX: Int) {
        var marked: [(range: Range<Int>, current: Bool)] = selectionRanges(block: block).map { ($0, true) }
        let highlights = searchHighlights(block: block)
        if let search, !highlights.ranges.isEmpty {
            for k in highlights.indices(touching: line) {
                marked.append((highlights.ranges[k], search.current == highlights.first + k))
            }
        } else if entity != nil {
            marked += entityRanges(block: block)
        }
        for (range, current) in marked {
            let clipped = range.clamped(to: line)
            guard !clipped.isEmpty else { continue }
            let column = x + glyphs[line.lowerBound..<clipped.lowerBound].reduce(0) { $0 + Int($1.width) }
            frame.put(glyphs[clipped], x: column, y: y, maxX: maxX, current ? .highlight : .match)
        }
    }

    static func element(for kind: Block.Kind) -> Element {
        switch kind {
        case .question: return .question
        case .answer, .moderator: return .answer
        case .caption, .front, .back: return kind == .front ? .text : .caption
        case .title: return .question
        }
    }

    /// How far through the answer the reader is: `42%`, or `all` when it fits on screen.
    func answerPosition(_ text: PaneText, rows: Int) -> String {
        guard text.rows(upTo: rows) > rows else { return "all" }
        let anchor = text.clamped(answerAnchor)
        guard text.blocks.count <= PaneText.exactPercentageBlocks else {
            return "\(min(100, anchor.position * 100 / max(1, text.blocks.count - 1)))%"
        }
        let total = text.totalRows()
        let before = text.rowsBefore(anchor)
        return "\(min(100, before * 100 / max(1, total - rows)))%"
    }

    var sectionCounter: String {
        switch currentSection.kind {
        case .exchange(let n): return "\(n)/\(document.exchanges.count)"
        case .introduction: return "0/\(document.exchanges.count)"
        case .endMatter: return "end"
        }
    }
}
