/// A question and the answers that follow it until the next question.
///
/// Numbers are stored in 32 bits behind the `Int` properties, as in `Block`: half a million
/// exchanges of short turns are held at once (48 bytes each rather than 88).
public struct Exchange: Sendable, Equatable {
    /// At most 60 characters, derived from the question.
    public var title: String
    private var number32: Int32
    private var questionSpeaker32: Int32
    private var answerSpeaker32: Int32
    private var firstBlock: Int32
    private var endBlock: Int32
    private var firstLine32: Int32
    private var lastLine32: Int32

    private static let none = Int32.min

    public init(number: Int, title: String, questionSpeaker: Int?, answerSpeaker: Int?,
                blocks: Range<Int>, firstLine: Int, lastLine: Int) {
        self.title = title
        number32 = Int32(number)
        questionSpeaker32 = questionSpeaker.map { Int32($0) } ?? Self.none
        answerSpeaker32 = answerSpeaker.map { Int32($0) } ?? Self.none
        firstBlock = Int32(blocks.lowerBound)
        endBlock = Int32(blocks.upperBound)
        firstLine32 = Int32(firstLine)
        lastLine32 = Int32(lastLine)
    }

    /// 1-based.
    public var number: Int {
        get { Int(number32) }
        set { number32 = Int32(newValue) }
    }
    public var questionSpeaker: Int? {
        get { questionSpeaker32 == Self.none ? nil : Int(questionSpeaker32) }
        set { questionSpeaker32 = newValue.map { Int32($0) } ?? Self.none }
    }
    public var answerSpeaker: Int? {
        get { answerSpeaker32 == Self.none ? nil : Int(answerSpeaker32) }
        set { answerSpeaker32 = newValue.map { Int32($0) } ?? Self.none }
    }
    /// The blocks from the first question paragraph up to the next exchange.
    public var blocks: Range<Int> {
        get { Int(firstBlock)..<Int(endBlock) }
        set {
            firstBlock = Int32(newValue.lowerBound)
            endBlock = Int32(newValue.upperBound)
        }
    }
    public var firstLine: Int {
        get { Int(firstLine32) }
        set { firstLine32 = Int32(newValue) }
    }
    public var lastLine: Int {
        get { Int(lastLine32) }
        set { lastLine32 = Int32(newValue) }
    }
}

/// The input shapes Colloquy understands; detected from the content unless overridden.
public enum TranscriptFormat: String, Sendable, CaseIterable {
    case text, markdown, webvtt, srt, html, json, csv
}
