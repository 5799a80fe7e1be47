/// A label alone on its line (`### Audrey Tang:`, `Bill Kristol (00:00:03):`, a YAML
/// `- speaker:` item) owns the paragraph that follows it. Joined after the evidence is
/// weighed, so a heading that only looked like a label keeps its own paragraph.
enum LabelsAlone {
    static func join(_ paragraphs: inout [Paragraph], _ accepted: inout [Bool]) {
        guard paragraphs.contains(where: { $0.text.isEmpty && $0.hasLabel }) else { return }
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
                // `Lex Fridman` above `(00:00:08) What is…`: the time opening the words is the turn's.
                if let (stamp, rest) = leadingStamp(p.text) {
                    p.time = p.time ?? stamp
                    p.text = rest
                    p.words = max(0, p.words - 1)
                }
            }
            joined.append(p)
            joinedAccepted.append(ok)
        }
        paragraphs = joined
        accepted = joinedAccepted
    }

    /// `(00:00:08) What is…` or `[12:31] What…` → the time and the words after it.
    private static func leadingStamp(_ text: String) -> (String, String)? {
        guard let open = text.first, open == "(" || open == "[",
              let close = text.prefix(16).firstIndex(of: open == "(" ? ")" : "]") else { return nil }
        let inner = text[text.index(after: text.startIndex)..<close]
        let after = text[text.index(after: close)...]
        guard SpeakerLabel.isTimestamp(inner), after.first == " " else { return nil }
        return (String(inner), String(after.drop { $0 == " " }))
    }
}
