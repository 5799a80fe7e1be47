/// One paragraph of the transcript: speech, a caption, or part of the page around it.
///
/// A document holds one per paragraph, a million for a million short turns, so numbers are
/// stored in 32 bits behind the `Int` properties, and the time, which most blocks lack, out of
/// line (48 bytes a block rather than 88; `ParagraphLayoutTests` holds the size). Input stops at
/// 1 GiB (`DocumentInput.defaultLimit`), so no line, block or exchange number nears `Int32.max`.
public struct Block: Sendable, Equatable {
    /// The paragraph without its speaker label, inner whitespace folded to single spaces.
    public var text: String
    private var timeStamp: TimeStamp?
    private var firstLine: Int32
    private var lastLine: Int32
    private var exchangeNumber: Int32
    private var speakerIndex: Int32
    public var kind: Kind

    /// Stands for nil in the 32-bit fields.
    private static let none = Int32.min

    public init(kind: Kind, exchange: Int? = nil, speaker: Int? = nil, lines: ClosedRange<Int>,
                text: String, time: String? = nil) {
        self.kind = kind
        self.text = text
        timeStamp = time.map(TimeStamp.init)
        firstLine = Int32(lines.lowerBound)
        lastLine = Int32(lines.upperBound)
        exchangeNumber = exchange.map { Int32($0) } ?? Self.none
        speakerIndex = speaker.map { Int32($0) } ?? Self.none
    }

    /// Subtitle cue start time (as written in the file), if the block came from a cue.
    public var time: String? {
        get { timeStamp?.text }
        set { timeStamp = newValue.map(TimeStamp.init) }
    }

    /// 1-based exchange number, or nil outside the exchanges.
    public var exchange: Int? {
        get { exchangeNumber == Self.none ? nil : Int(exchangeNumber) }
        set { exchangeNumber = newValue.map { Int32($0) } ?? Self.none }
    }

    /// Index into `Document.participants`.
    public var speaker: Int? {
        get { speakerIndex == Self.none ? nil : Int(speakerIndex) }
        set { speakerIndex = newValue.map { Int32($0) } ?? Self.none }
    }

    /// 1-based source lines the paragraph spans.
    public var lines: ClosedRange<Int> {
        get { Int(firstLine)...Int(lastLine) }
        set {
            firstLine = Int32(newValue.lowerBound)
            lastLine = Int32(newValue.upperBound)
        }
    }

    /// A block's time, held apart: most blocks have none, and an optional string would take
    /// 16 bytes in every block.
    private final class TimeStamp: Sendable, Equatable {
        let text: String
        init(_ text: String) { self.text = text }
        static func == (a: TimeStamp, b: TimeStamp) -> Bool { a.text == b.text }
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
