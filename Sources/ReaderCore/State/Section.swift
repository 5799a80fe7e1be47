import TranscriptKit

/// What the reader shows as one unit: the introduction, an exchange, or the end matter.
public struct Section: Equatable, Sendable {
    public enum Kind: Equatable, Sendable { case introduction, exchange(Int), endMatter }

    public var kind: Kind
    public var title: String
    /// Blocks for the question pane.
    public var question: Range<Int>
    /// Blocks for the answer pane.
    public var body: Range<Int>

    /// The sidebar's number column: 0 for the introduction, the exchange number, or blank.
    public var number: String {
        switch kind {
        case .introduction: return "0"
        case .exchange(let n): return String(n)
        case .endMatter: return ""
        }
    }

    /// The sections of a document, in reading order. Always at least one.
    public static func of(_ document: Document) -> [Section] {
        var sections: [Section] = []
        let intro = document.introduction
        let titleEnd = intro.first(where: { document.blocks[$0].kind != .title }) ?? intro.upperBound
        if !intro.isEmpty || document.exchanges.isEmpty {
            sections.append(Section(kind: .introduction, title: "Introduction",
                                    question: intro.lowerBound..<titleEnd, body: titleEnd..<intro.upperBound))
        }
        for exchange in document.exchanges {
            let range = exchange.blocks
            let questionEnd = range.first(where: { document.blocks[$0].kind != .question }) ?? range.upperBound
            sections.append(Section(kind: .exchange(exchange.number), title: exchange.title,
                                    question: range.lowerBound..<questionEnd, body: questionEnd..<range.upperBound))
        }
        let back = document.backMatter
        if !back.isEmpty {
            sections.append(Section(kind: .endMatter, title: "End matter", question: back.lowerBound..<back.lowerBound, body: back))
        }
        return sections
    }
}
