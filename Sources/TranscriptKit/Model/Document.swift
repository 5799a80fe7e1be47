/// A transcript turned into a navigable value: blocks in reading order, grouped into
/// front matter, numbered exchanges and back matter.
///
/// Blocks are addressed by index; every exchange owns a contiguous range of them, so the
/// section tree is a partition of the block array rather than a tree of references.
public struct Document: Sendable {
    public var title: String?
    public var source: Source
    public var participants: [Participant]
    public var blocks: BlockList
    public var exchanges: [Exchange]
    public var warnings: [String]
    /// Why each label was believed or rejected and what began each exchange; filled only when
    /// the parse was asked to explain itself (`colloquy outline --explain`).
    public var explanation: [String] = []
    /// The front matter's `date:` as written, where the file has one.
    public var published: String?

    public init(title: String?, source: Source, participants: [Participant], blocks: [Block],
                exchanges: [Exchange], warnings: [String]) {
        self.init(title: title, source: source, participants: participants, blockList: BlockList(blocks),
                  exchanges: exchanges, warnings: warnings)
    }

    init(title: String?, source: Source, participants: [Participant], blockList: BlockList,
         exchanges: [Exchange], warnings: [String]) {
        self.title = title
        self.source = source
        self.participants = participants
        blocks = blockList
        self.exchanges = exchanges
        self.warnings = warnings
    }

    /// The speaker's display name for a block, if it has one.
    public func speakerName(of block: Block) -> String? {
        guard let index = block.speaker, participants.indices.contains(index) else { return nil }
        return participants[index].name
    }

    /// Blocks before the first exchange: title, standfirst, opening remarks.
    public var introduction: Range<Int> {
        0..<(exchanges.first?.blocks.lowerBound ?? backMatterStart)
    }

    /// Blocks after the last exchange: licence lines, author notes, site furniture.
    public var backMatter: Range<Int> { backMatterStart..<blocks.count }

    var backMatterStart: Int {
        if let last = exchanges.last { return last.blocks.upperBound }
        return blocks.firstIndex(where: { $0.kind == .back }) ?? blocks.count
    }
}

/// Where a document came from.
public struct Source: Sendable, Equatable {
    public var name: String
    public var format: TranscriptFormat
    public var sha256: String

    public init(name: String, format: TranscriptFormat, sha256: String) {
        self.name = name
        self.format = format
        self.sha256 = sha256
    }
}

/// A person who speaks in the transcript, and what part they play in it.
public struct Participant: Sendable, Equatable {
    public var name: String
    public var role: Role

    public init(name: String, role: Role) {
        self.name = name
        self.role = role
    }

    public enum Role: String, Sendable, CaseIterable {
        case interviewer, interviewee, moderator, other
    }
}
