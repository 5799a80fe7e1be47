import TranscriptKit

/// Any text → mentions that lie inside their block and read as the entry they claim.
enum IndexChecks {
    static func violations(_ bytes: [UInt8]) -> [String] {
        let document = TranscriptParser.parse(utf8: bytes, name: "fuzz")
        let index = EntityIndex(document: document)
        var found: [String] = []
        let lexicons: [(EntityKind, Gazetteer?)] = [
            (.countries, Gazetteer.standard), (.organisations, EntityIndex.organisationLexicon),
            (.topics, EntityIndex.topicLexicon), (.people, nil),
        ]
        for (kind, lexicon) in lexicons {
            let list = index.index(kind)
            guard list.mentions.count == document.blocks.count else {
                found.append("\(kind): mentions for \(list.mentions.count) of \(document.blocks.count) blocks")
                continue
            }
            for (b, mentions) in list.mentions.enumerated() {
                let scalars = Array(document.blocks[b].text.unicodeScalars)
                var end = 0
                for m in mentions {
                    guard m.range.lowerBound >= end, m.range.upperBound <= scalars.count, !m.range.isEmpty else {
                        found.append("\(kind): mention \(m.code) at \(m.range) in block \(b) of \(scalars.count) scalars, after \(end)")
                        break
                    }
                    end = m.range.upperBound
                    let phrase = String(String.UnicodeScalarView(scalars[m.range]))
                    if let lexicon, !lexicon.hasEntry(m.code, kind: m.kind, spelled: phrase) {
                        found.append("\(kind): '\(phrase)' in block \(b) is not an entry \(m.code) (\(m.kind))")
                    }
                }
            }
            for entry in list.entities where entry.blocks.contains(where: { !document.blocks.indices.contains($0) }) {
                found.append("\(kind): \(entry.code) lists a block that does not exist")
            }
        }
        for number in index.keyTerms.keys where !(1...max(1, document.exchanges.count)).contains(number) {
            found.append("key terms for exchange \(number) of \(document.exchanges.count)")
        }
        return found
    }
}
