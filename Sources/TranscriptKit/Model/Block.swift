/// One paragraph of the transcript: speech, a caption, or part of the page around it.
///
/// A value made on demand: a document keeps its blocks as the parser's paragraph records plus a
/// few columns (`BlockList`), so it holds no second record per paragraph. Numbers are stored in
/// 32 bits behind the `Int` properties, and the time, which most blocks lack, out of line in the
/// object the paragraph already shares (48 bytes a block rather than 88; `ParagraphLayoutTests`
/// holds the size). Input stops at 1 GiB (`DocumentInput.defaultLimit`), so no line, block or
/// exchange number nears `Int32.max`.
public struct Block: Sendable, Equatable {
    /// The paragraph without its speaker label, inner whitespace folded to single spaces.
    public var text: String
    /// Holds the time (`SharedLabel.time`); shared with the paragraph the block was read from.
    var opening: SharedLabel?
    private var firstLine: Int32
    private var lastLine: Int32
    var exchange32: Int32
    var speaker32: Int32
    public var kind: Kind

    /// Stands for nil in the 32-bit fields.
    static let none = Int32.min

    public init(kind: Kind, exchange: Int? = nil, speaker: Int? = nil, lines: ClosedRange<Int>,
                text: String, time: String? = nil) {
        self.kind = kind
        self.text = text
        opening = SharedLabel.make(label: nil, text: "", time: time)
        firstLine = Int32(lines.lowerBound)
        lastLine = Int32(lines.upperBound)
        exchange32 = exchange.map { Int32($0) } ?? Self.none
        speaker32 = speaker.map { Int32($0) } ?? Self.none
    }

    /// The block a paragraph record stands for (`BlockList`): its lines (never ending before they
    /// start), text and time, with the columns' kind, exchange and speaker.
    init(_ p: Paragraph, kind: Kind, exchange32: Int32, speaker32: Int32) {
        self.kind = kind
        text = p.text
        opening = p.opening
        firstLine = Int32(p.firstLine)
        lastLine = Int32(max(p.firstLine, p.lastLine))
        self.exchange32 = exchange32
        self.speaker32 = speaker32
    }

    /// Subtitle cue start time (as written in the file), if the block came from a cue.
    public var time: String? {
        get { opening?.time }
        set { opening = SharedLabel.make(label: nil, text: "", time: newValue) }
    }

    /// 1-based exchange number, or nil outside the exchanges.
    public var exchange: Int? {
        get { exchange32 == Self.none ? nil : Int(exchange32) }
        set { exchange32 = newValue.map { Int32($0) } ?? Self.none }
    }

    /// Index into `Document.participants`.
    public var speaker: Int? {
        get { speaker32 == Self.none ? nil : Int(speaker32) }
        set { speaker32 = newValue.map { Int32($0) } ?? Self.none }
    }

    /// 1-based source lines the paragraph spans.
    public var lines: ClosedRange<Int> {
        get { Int(firstLine)...Int(lastLine) }
        set {
            firstLine = Int32(newValue.lowerBound)
            lastLine = Int32(newValue.upperBound)
        }
    }

    public static func == (a: Block, b: Block) -> Bool {
        a.kind == b.kind && a.firstLine == b.firstLine && a.lastLine == b.lastLine && a.exchange32 == b.exchange32
            && a.speaker32 == b.speaker32 && a.text == b.text && a.time == b.time
    }

    public enum Kind: String, Sendable, CaseIterable {
        case title, front, question, answer, caption, back, moderator

        /// Speech is what people said; everything else can be hidden by the reader.
        public var isSpeech: Bool {
            switch self {
            case .question, .answer, .moderator: return true
            case .title, .front, .caption, .back: return false
            }
        }

        /// What `i` hides: captions and page furniture. The title and an article's
        /// standfirst (`front`) are the document's own words and stay.
        public var isFurniture: Bool { self == .caption || self == .back }
    }
}
