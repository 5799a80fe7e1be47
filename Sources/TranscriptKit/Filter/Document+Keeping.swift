extension Document {
    /// The document cut down to some of its exchanges, numbered as they were, for `export` and
    /// `outline` with `--filter`: the introduction and the end matter go
    /// (the title stays as the document's `title`).
    public func keeping(exchanges numbers: [Int]) -> Document {
        let wanted = Set(numbers)
        var blocks: [Block] = []
        var exchanges: [Exchange] = []
        for var exchange in self.exchanges where wanted.contains(exchange.number) {
            let start = blocks.count
            blocks.append(contentsOf: self.blocks[exchange.blocks])
            exchange.blocks = start..<blocks.count
            exchanges.append(exchange)
        }
        var kept = Document(title: title, source: source, participants: participants, blocks: blocks,
                            exchanges: exchanges, warnings: warnings)
        kept.explanation = explanation
        return kept
    }
}
