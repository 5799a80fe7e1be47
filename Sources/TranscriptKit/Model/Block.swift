/// One paragraph of the transcript: speech, a caption, or part of the page around it.
public struct Block: Sendable, Equatable {
    public var kind: Kind
    /// 1-based exchange number, or nil outside the exchanges.
    public var exchange: Int?
    /// Index into `Document.participants`.
    public var speaker: Int?
    /// 1-based source lines the paragraph spans.
    public var lines: ClosedRange<Int>
    /// The paragraph without its speaker label, inner whitespace folded to single spaces.
    public var text: String
    /// Subtitle cue start time (as written in the file), if the block came from a cue.
    public var time: String?

    public init(kind: Kind, exchange: Int? = nil, speaker: Int? = nil, lines: ClosedRange<Int>,
                text: String, time: String? = nil) {
        self.kind = kind
        self.exchange = exchange
        self.speaker = speaker
        self.lines = lines
        self.text = text
        self.time = time
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
