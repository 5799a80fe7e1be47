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
            for hit in result.hits { out += line(for: hit, in: document, query: query, colour: colour) + "\n" }
            Output.write(out)
        }
        if result.isTruncated { Output.error("colloquy: the pattern took too long; stopped early") }
        return result.hits.isEmpty ? 1 : 0
    }

    /// `7:131: …the number of terrorist-controlled areas… Idlib de-escalation zone…`
    static func line(for hit: SearchHit, in document: Document, query: SearchQuery, colour: Bool) -> String {
        let block = document.blocks[hit.block]
        let scalars = Array(block.text.unicodeScalars)
        let offsets = Folding.offsets(block.text, ignoringCase: query.ignoresCase)
        let start = offsets.firstIndex { $0 >= hit.range.lowerBound } ?? scalars.count
        let end = max(start, offsets[start...].firstIndex { $0 >= hit.range.upperBound } ?? scalars.count)
        let before = max(0, start - 50), after = min(scalars.count, end + 70)
        func text(_ r: Range<Int>) -> String {
            var s = String.UnicodeScalarView()
            s.append(contentsOf: scalars[r])
            return Printable.sanitized(String(s))
        }
        let match = text(start..<min(end, scalars.count))
        let marked = colour ? "\u{1B}[1;31m" + match + "\u{1B}[0m" : match
        let exchange = block.exchange.map(String.init) ?? (block.kind == .back ? "end" : "0")
        return "\(exchange):\(block.lines.lowerBound): " + (before > 0 ? "…" : "") + text(before..<start) + marked
            + text(min(end, scalars.count)..<after) + (after < scalars.count ? "…" : "")
    }
}
