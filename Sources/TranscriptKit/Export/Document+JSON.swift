extension Document {
    /// The `colloquy.document/1` JSON contract (docs/json-contract.md).
    /// - Parameter entities: fills `countries` for blocks and exchanges, and adds `entities`.
    public func json(entities: EntityIndex? = nil) -> [UInt8] {
        let countries = entities?.countries
        var w = JSONWriter()
        w.beginObject()
        w.field("schema", "colloquy.document/1")
        w.field("title", title)
        w.key("source")
        w.beginObject()
        w.field("name", source.name)
        w.field("format", source.format.rawValue)
        w.field("sha256", source.sha256)
        w.endObject()
        w.key("participants")
        w.beginArray()
        for p in participants {
            w.beginObject()
            w.field("name", p.name)
            w.field("role", p.role.rawValue)
            w.endObject()
        }
        w.endArray()
        w.key("blocks")
        w.beginArray()
        for (index, block) in blocks.enumerated() {
            w.beginObject()
            w.field("id", Document.blockID(index))
            w.field("kind", block.kind.rawValue)
            w.field("exchange", block.exchange)
            w.field("speaker", speakerName(of: block))
            w.field("line", block.lines.lowerBound)
            w.field("last_line", block.lines.upperBound)
            w.field("text", block.text)
            w.field("countries", strings: countries?.codes(inBlock: index) ?? [])
            if let time = block.time { w.field("time", time) }
            w.endObject()
        }
        w.endArray()
        w.key("exchanges")
        w.beginArray()
        for exchange in exchanges {
            w.beginObject()
            w.field("number", exchange.number)
            w.field("title", exchange.title)
            w.field("question_speaker", exchange.questionSpeaker.map { participants[$0].name } ?? "")
            w.field("answer_speaker", exchange.answerSpeaker.map { participants[$0].name })
            w.field("first_line", exchange.firstLine)
            w.field("last_line", exchange.lastLine)
            var codes: [String] = []
            for index in exchange.blocks { for code in countries?.codes(inBlock: index) ?? [] where !codes.contains(code) { codes.append(code) } }
            w.field("countries", strings: codes)
            w.field("blocks", strings: exchange.blocks.map(Document.blockID))
            w.endObject()
        }
        w.endArray()
        if let entities {
            w.key("entities")
            w.beginObject()
            for kind in [EntityKind.people, .organisations, .topics] {
                w.key(kind.rawValue)
                w.beginArray()
                for e in entities.index(kind).entities {
                    w.beginObject()
                    if kind != .people { w.field("id", e.code) }
                    w.field("name", e.name)
                    w.field("mentions", e.mentions)
                    w.field("blocks", strings: e.blocks.map(Document.blockID))
                    w.endObject()
                }
                w.endArray()
            }
            w.key("key_terms")
            w.beginObject()
            for exchange in exchanges { w.field(String(exchange.number), strings: entities.keyTerms[exchange.number] ?? []) }
            w.endObject()
            w.endObject()
        }
        w.field("warnings", strings: warnings)
        w.endObject()
        var out = w.output
        out.append(0x0A)
        return out
    }

    /// Stable block identifiers: `b1`, `b2`, … in reading order.
    public static func blockID(_ index: Int) -> String { "b\(index + 1)" }
}
