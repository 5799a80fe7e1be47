import Foundation
import TranscriptKit

/// Any bytes → a document whose structure is sound and whose JSON export reads back.
enum ParserChecks {
    static func violations(_ bytes: [UInt8]) -> [String] {
        guard case .success(let decoded) = TextDecoding.decode(bytes) else { return [] }   // refused: a clear error
        let document = TranscriptParser.parse(utf8: decoded.utf8, name: "fuzz")
        let lines = lineCount(TranscriptParser.numberedText(of: document, utf8: decoded.utf8))
        return structure(document, lineCount: lines) + exportRoundTrip(document)
    }

    /// Lines as the parser counts them: LF, CRLF and lone CR each end one.
    static func lineCount(_ utf8: [UInt8]) -> Int {
        var count = 1
        for (i, b) in utf8.enumerated() where b == 0x0A || (b == 0x0D && (i + 1 == utf8.count || utf8[i + 1] != 0x0A)) {
            count += 1
        }
        return count
    }

    static func structure(_ document: Document, lineCount: Int) -> [String] {
        var found: [String] = []
        var previous: Block?
        for (index, block) in document.blocks.enumerated() {
            if block.lines.lowerBound < 1 || block.lines.upperBound > lineCount {
                found.append("block \(index) spans lines \(block.lines) of \(lineCount)")
            }
            // (A line may hold the end of one block and the start of the next: a question and its
            // answer set on one line, `Q: Why? A: Because.`, are two turns. `InlineAnswer`.)
            if let previous, block.lines.lowerBound < previous.lines.upperBound {
                found.append("block \(index) (lines \(block.lines)) is not after the one before (\(previous.lines))")
            }
            if let speaker = block.speaker, !document.participants.indices.contains(speaker) {
                found.append("block \(index) names participant \(speaker) of \(document.participants.count)")
            }
            if let label = leftoverLabel(block, document) { found.append("block \(index) still starts with its label '\(label)'") }
            previous = block
        }
        var expectedStart = document.introduction.upperBound
        for (k, exchange) in document.exchanges.enumerated() {
            let name = "exchange \(exchange.number)"
            if exchange.number != k + 1 { found.append("\(name) is number \(k + 1) in order") }
            if exchange.blocks.isEmpty || exchange.blocks.lowerBound != expectedStart || exchange.blocks.upperBound > document.blocks.count {
                found.append("\(name) holds blocks \(exchange.blocks), expected to start at \(expectedStart)")
                break
            }
            expectedStart = exchange.blocks.upperBound
            if document.blocks[exchange.blocks.lowerBound].kind != .question {
                found.append("\(name) starts with a \(document.blocks[exchange.blocks.lowerBound].kind) block")
            }
            for i in exchange.blocks {
                let block = document.blocks[i]
                if block.exchange != exchange.number { found.append("block \(i) in \(name) says exchange \(block.exchange.map(String.init) ?? "none")") }
                if [.title, .front, .back].contains(block.kind) { found.append("block \(i) in \(name) is \(block.kind)") }
            }
        }
        for i in document.introduction where document.blocks[i].exchange != nil { found.append("introduction block \(i) has an exchange") }
        for i in document.backMatter where document.blocks[i].exchange != nil { found.append("back-matter block \(i) has an exchange") }
        return found
    }

    /// A speech block whose text still begins with `Name:` for its own speaker kept its label.
    static func leftoverLabel(_ block: Block, _ document: Document) -> String? {
        guard block.kind.isSpeech, let name = document.speakerName(of: block), !name.isEmpty else { return nil }
        let label = name + ":"
        return block.text == label || block.text.hasPrefix(label + " ") ? label : nil
    }

    /// The JSON export parses with Foundation's decoder and carries every block's text intact.
    static func exportRoundTrip(_ document: Document) -> [String] {
        let json = document.json()
        guard let root = try? JSONSerialization.jsonObject(with: Data(json)) as? [String: Any] else {
            return ["JSON export does not parse: \(String(decoding: json.prefix(200), as: UTF8.self))"]
        }
        guard let blocks = root["blocks"] as? [[String: Any]], blocks.count == document.blocks.count else {
            return ["JSON export has a different number of blocks"]
        }
        for (i, block) in blocks.enumerated() where block["text"] as? String != document.blocks[i].text {
            return ["JSON export changed the text of block \(i)"]
        }
        return []
    }
}
