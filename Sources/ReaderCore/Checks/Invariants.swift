import TranscriptKit

// What must hold whatever the input, stated once here so that the unit tests and the fuzz
// targets check the same thing. Each returns the violations it finds, empty when all is well.

extension Frame {
    /// Exact size, no control character in any cell, wide glyphs whole and inside the frame.
    public var invariantViolations: [String] {
        var found: [String] = []
        if cells.count != width * height { found.append("frame has \(cells.count) cells for \(width)×\(height)") }
        for y in 0..<height {
            for x in 0..<width {
                let cell = self[x, y]
                let v = cell.glyph.base
                if v < 0x20 || v == 0x7F || (v >= 0x80 && v < 0xA0) {
                    found.append("control character U+\(String(v, radix: 16)) at \(x),\(y)")
                }
                if cell.glyph.width == 2 && !cell.isContinuation && !(x + 1 < width && self[x + 1, y].isContinuation) {
                    found.append("wide glyph without its right half at \(x),\(y)")
                }
                if cell.isContinuation && (x == 0 || self[x - 1, y].glyph.width != 2) {
                    found.append("orphan right half at \(x),\(y)")
                }
                if found.count >= 5 { return found }
            }
        }
        return found
    }
}

extension ReaderState {
    /// Every position the state holds points at something that exists.
    public var invariantViolations: [String] {
        var found: [String] = []
        if !sections.indices.contains(section) { found.append("section \(section) of \(sections.count)") }
        if sidebarSelection < 0 || sidebarSelection >= max(1, sidebarCount) {
            found.append("sidebar selection \(sidebarSelection) of \(sidebarCount) in \(sidebarTab)")
        }
        if sidebarScroll < 0 { found.append("sidebar scroll \(sidebarScroll)") }
        // While the window is too small the anchors keep the place for when it grows again;
        // they are made valid by the resize that makes it usable.
        guard found.isEmpty, !isTooSmall else { return found }
        let layout = Layout(self)
        let answer = answerText(width: layout.answer.width)
        if answerAnchor.position < 0 || answerAnchor.row < 0
            || (answer.blocks.isEmpty ? answerAnchor.position != 0 : answerAnchor.position >= answer.blocks.count
                || answerAnchor.row >= answer.rowCount(at: answerAnchor.position)) {
            found.append("answer anchor \(answerAnchor) outside \(answer.blocks.count) blocks")
        }
        let question = questionText(width: layout.question.width)
        if questionAnchor.position < 0 || questionAnchor.row < 0
            || (!question.blocks.isEmpty && questionAnchor.position >= question.blocks.count) {
            found.append("question anchor \(questionAnchor) outside \(question.blocks.count) blocks")
        }
        for p in back + forward where !sections.indices.contains(p.section) {
            found.append("history position in section \(p.section) of \(sections.count)")
        }
        if let m = entityMention, !followed.indices.contains(m) {
            found.append("mention \(m) of \(followed.count) followed")
        }
        for mention in followed where !document.blocks.indices.contains(mention.block) {
            found.append("followed mention in block \(mention.block) of \(document.blocks.count)")
        }
        return found
    }
}
