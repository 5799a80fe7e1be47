import TranscriptKit

/// `colloquy grep PATTERN [FILE]`: every hit as `exchange:line: context`, like grep.
enum Grep {
    static func run(_ document: Document, _ arguments: Arguments) -> Int32 {
        let query = SearchQuery(arguments.pattern ?? "", isRegex: arguments.regex)
        let result = SearchIndex(document: document).search(query)
        if let error = result.error {
            Output.error("colloquy: invalid pattern: \(error)")
            return 2
        }
        if arguments.countOnly {
            Output.write("\(result.hits.count)\n")
        } else {
            let colour = Output.isTerminal && !Themes.noColour
            var out = ""
            var first = 0
            while first < result.hits.count {
                // One block's hits together: its text is walked once for all of them.
                var end = first + 1
                while end < result.hits.count && result.hits[end].block == result.hits[first].block { end += 1 }
                for line in lines(for: result.hits[first..<end], in: document, query: query, colour: colour) { out += line + "\n" }
                first = end
            }
            Output.write(out)
        }
        if result.isTruncated { Output.error("colloquy: the pattern took too long; stopped early") }
        return result.hits.isEmpty ? 1 : 0
    }

    /// `7:131: …the number of terrorist-controlled areas… Idlib de-escalation zone…`, one per hit
    /// of one block.
    static func lines(for hits: ArraySlice<SearchHit>, in document: Document, query: SearchQuery, colour: Bool) -> [String] {
        guard let blockIndex = hits.first?.block else { return [] }
        let block = document.blocks[blockIndex]
        let scalars = Array(block.text.unicodeScalars)
        let bounds = Folding.scalarIndices(ofFolded: hits.flatMap { [$0.range.lowerBound, $0.range.upperBound] },
                                           in: block.text, ignoringCase: query.ignoresCase)
        func text(_ r: Range<Int>) -> String {
            var s = String.UnicodeScalarView()
            s.append(contentsOf: scalars[r])
            return Printable.sanitized(String(s))
        }
        let exchange = block.exchange.map(String.init) ?? (block.kind == .back ? "end" : "0")
        return (0..<hits.count).map { k in
            let start = bounds[2 * k], end = max(start, bounds[2 * k + 1])
            let before = max(0, start - 50), after = min(scalars.count, end + 70)
            let match = text(start..<min(end, scalars.count))
            let marked = colour ? "\u{1B}[1;31m" + match + "\u{1B}[0m" : match
            return "\(exchange):\(block.lines.lowerBound): " + (before > 0 ? "…" : "") + text(before..<start) + marked
                + text(min(end, scalars.count)..<after) + (after < scalars.count ? "…" : "")
        }
    }
}
