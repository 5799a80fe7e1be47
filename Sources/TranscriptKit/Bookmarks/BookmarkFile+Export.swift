import Foundation

extension BookmarkFile {
    /// Ready to paste into notes: title and source, then per bookmark a heading with the
    /// exchange, the quote as a blockquote with its speaker and source line, and the note.
    public func markdown(document: Document) -> String {
        var out = "# Bookmarks: \(document.title ?? document.source.name)\n\n"
        out += "Source: \(self.document.path ?? document.source.name) (sha256 \(document.source.sha256.prefix(12)))\n\n"
        for b in visible {
            let heading: String
            if b.orphaned {
                heading = "Passage no longer in the document"
            } else if let n = b.exchange, document.exchanges.indices.contains(n - 1) {
                heading = "Exchange \(n): \(document.exchanges[n - 1].title)"
            } else {
                heading = b.block < (document.exchanges.first?.blocks.lowerBound ?? .max) ? "Introduction" : "After the interview"
            }
            out += "## \(heading)\n\n"
            let quote = b.quote.split(separator: "\n").map { "> \($0)" }.joined(separator: "\n")
            out += (b.speaker.map { "> **\($0):** " } ?? "> ") + quote.dropFirst(2) + "\n\n"
            out += "— line \(b.line)" + (b.orphaned ? " (before the document changed)" : "") + "\n\n"
            if !b.note.isEmpty { out += "Note: \(b.note)\n\n" }
        }
        return out
    }

    /// One line per bookmark: `exchange:line: speaker: “quote” — note`.
    public func plainText() -> String {
        visible.map { b in
            let quote = b.quote.count > 100 ? String(b.quote.prefix(99)) + "…" : b.quote
            return "\(b.orphaned ? "orphaned" : b.exchange.map(String.init) ?? "0"):\(b.line): "
                + (b.speaker.map { "\($0): " } ?? "") + "“\(quote)”" + (b.note.isEmpty ? "" : " — \(b.note)")
        }.joined(separator: "\n") + (visible.isEmpty ? "" : "\n")
    }

    public func json() -> Data { (try? BookmarkStore.encoder.encode(self)) ?? Data() }
}
