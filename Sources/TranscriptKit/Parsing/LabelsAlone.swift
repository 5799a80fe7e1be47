/// A label alone on its line (`### Audrey Tang:`, `Bill Kristol (00:00:03):`, a YAML
/// `- speaker:` item) owns the paragraph that follows it. Joined after the evidence is
/// weighed, so a heading that only looked like a label keeps its own paragraph.
enum LabelsAlone {
    static func join(_ paragraphs: inout [Paragraph], _ accepted: inout [Bool]) {
        guard paragraphs.contains(where: { $0.label != nil && $0.text.isEmpty }) else { return }
        var joined: [Paragraph] = []
        var joinedAccepted: [Bool] = []
        joined.reserveCapacity(paragraphs.count)
        var index = 0
        while index < paragraphs.count {
            var p = paragraphs[index]
            let ok = accepted[index]
            index += 1
            if ok, p.label != nil, p.text.isEmpty {
                guard index < paragraphs.count, paragraphs[index].label == nil, !paragraphs[index].isMarkup else {
                    // A label with nothing to say (a heading repeated before the next one).
                    continue
                }
                let body = paragraphs[index]
                index += 1
                p.text = body.text
                p.words = body.words
                p.asks = body.asks
                p.lastLine = body.lastLine
                p.time = p.time ?? body.time
            }
            joined.append(p)
            joinedAccepted.append(ok)
        }
        paragraphs = joined
        accepted = joinedAccepted
    }

    /// `Jane Smith` on a line, a time stamp on the next, then the text (meeting exports): the
    /// name is a label alone on its line. Marked as a label without a colon, so it is believed
    /// only when it recurs, like `**Name**`.
    static func markNamesAboveStamps(_ paragraphs: inout [Paragraph]) {
        var shapes = NameShape.Cache()
        for index in paragraphs.indices.dropLast() {
            let p = paragraphs[index], next = paragraphs[index + 1]
            guard p.label == nil, p.time == nil, next.label == nil, next.time != nil, next.gapBefore == 0,
                  p.firstLine == p.lastLine, (1...5).contains(p.words), !p.isMarkup,
                  let last = p.text.last, last.isLetter, let shape = shapes.shape(p.text) else { continue }
            paragraphs[index].label = SpeakerLabel(name: p.text, key: shape.key, bodyOffset: 0, form: .closed, time: nil,
                                                   genericRole: GenericLabels.role(of: shape.key), hasTitle: shape.hasTitle,
                                                   isAllCaps: shape.isAllCaps, isStyled: false)
            paragraphs[index].labelText = Array(p.text.utf8)
            paragraphs[index].text = ""
            paragraphs[index].words = 0
        }
    }
}
