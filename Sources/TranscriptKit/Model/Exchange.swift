/// A question and the answers that follow it until the next question.
public struct Exchange: Sendable, Equatable {
    /// 1-based.
    public var number: Int
    /// At most 60 characters, derived from the question.
    public var title: String
    public var questionSpeaker: Int?
    public var answerSpeaker: Int?
    /// The blocks from the first question paragraph up to the next exchange.
    public var blocks: Range<Int>
    public var firstLine: Int
    public var lastLine: Int

    public init(number: Int, title: String, questionSpeaker: Int?, answerSpeaker: Int?,
                blocks: Range<Int>, firstLine: Int, lastLine: Int) {
        self.number = number
        self.title = title
        self.questionSpeaker = questionSpeaker
        self.answerSpeaker = answerSpeaker
        self.blocks = blocks
        self.firstLine = firstLine
        self.lastLine = lastLine
    }
}

/// The input shapes Colloquy understands; detected from the content unless overridden.
public enum TranscriptFormat: String, Sendable, CaseIterable {
    case text, markdown, webvtt, srt, html
}
