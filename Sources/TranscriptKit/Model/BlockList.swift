/// A document's blocks, in reading order, kept as the parser left them: its paragraph records
/// (text, lines and the shared object holding the time) and a column each for kind, speaker and
/// exchange number. A `Block` is made when one is read.
///
/// Why not an array of blocks: the blocks were made from the paragraphs, so for a moment every
/// paragraph was held twice (96 bytes each; for ten megabytes of one-line turns, two thirds of
/// the parse's peak memory). Handing the records over costs 9 bytes a paragraph instead.
public struct BlockList: RandomAccessCollection, MutableCollection, Sendable, Equatable {
    private var records: [Paragraph]
    private var kinds: [Block.Kind]
    private var speakers: [Int32]
    private var exchanges: [Int32]

    /// The columns are as long as the records (`Int32.min`: no speaker, outside the exchanges).
    init(records: [Paragraph], kinds: [Block.Kind], speakers: [Int32], exchanges: [Int32]) {
        precondition(kinds.count == records.count && speakers.count == records.count && exchanges.count == records.count)
        self.records = records
        self.kinds = kinds
        self.speakers = speakers
        self.exchanges = exchanges
    }

    public init(_ blocks: [Block]) {
        records = []
        kinds = []
        speakers = []
        exchanges = []
        records.reserveCapacity(blocks.count)
        kinds.reserveCapacity(blocks.count)
        speakers.reserveCapacity(blocks.count)
        exchanges.reserveCapacity(blocks.count)
        for block in blocks {
            records.append(Self.record(block))
            kinds.append(block.kind)
            speakers.append(block.speaker32)
            exchanges.append(block.exchange32)
        }
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { records.count }

    public subscript(index: Int) -> Block {
        get { Block(records[index], kind: kinds[index], exchange32: exchanges[index], speaker32: speakers[index]) }
        set {
            records[index] = Self.record(newValue)
            kinds[index] = newValue.kind
            speakers[index] = newValue.speaker32
            exchanges[index] = newValue.exchange32
        }
    }

    public static func == (a: BlockList, b: BlockList) -> Bool { a.elementsEqual(b) }

    private static func record(_ block: Block) -> Paragraph {
        var p = Paragraph(firstLine: block.lines.lowerBound, lastLine: block.lines.upperBound, text: block.text, gapBefore: 0)
        p.open(with: block.opening)
        return p
    }
}
