extension Document {
    /// One line per exchange: number, title, speakers, source lines.
    public func outline() -> String {
        var lines: [String] = []
        lines.append(title ?? source.name)
        let intro = introduction
        if !intro.isEmpty {
            lines.append("   0  Introduction  \(lineSpan(intro))")
        }
        for exchange in exchanges {
            let asker = exchange.questionSpeaker.map { participants[$0].name } ?? "?"
            let answerer = exchange.answerSpeaker.map { participants[$0].name } ?? "no answer"
            let number = String(exchange.number)
            lines.append(String(repeating: " ", count: max(0, 4 - number.count)) + number + "  " + exchange.title
                         + "  [\(asker) → \(answerer)]  lines \(exchange.firstLine)–\(exchange.lastLine)")
        }
        if !backMatter.isEmpty { lines.append("      End matter  \(lineSpan(backMatter))") }
        for warning in warnings { lines.append("warning: \(warning)") }
        return lines.joined(separator: "\n") + "\n"
    }

    private func lineSpan(_ range: Range<Int>) -> String {
        guard let first = range.first, let last = range.last else { return "" }
        return "lines \(blocks[first].lines.lowerBound)–\(blocks[last].lines.upperBound)"
    }

    /// A plain-text dump of the section tree, one block per line, for tests and bug reports.
    public func treeDump(textPrefix: Int = 48) -> String {
        var out = "title: \(title ?? "-")\n"
        for p in participants { out += "participant: \(p.name) (\(p.role.rawValue))\n" }
        for (index, block) in blocks.enumerated() {
            if let ex = exchanges.first(where: { $0.blocks.lowerBound == index }) {
                out += "exchange \(ex.number): \(ex.title)\n"
            }
            let who = speakerName(of: block).map { " \($0):" } ?? ""
            let snippet = String(block.text.prefix(textPrefix))
            out += "  \(block.kind.rawValue) L\(block.lines.lowerBound)\(who) \(snippet)\n"
        }
        for warning in warnings { out += "warning: \(warning)\n" }
        return out
    }
}
