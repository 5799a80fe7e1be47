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
}
