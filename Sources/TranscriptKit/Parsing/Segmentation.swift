/// Where an interviewer's turn stands among the exchanges: a new question, more of the
/// question still being asked, or the real start of a question after a greeting.
enum Segmentation {
    struct Draft {
        var start: Int
        var asker: Int
        var answerer: Int?
        var question: [UInt8]
        var open = true
        /// Whether the question so far asks (holds a question mark).
        var asks: Bool
        /// Words of substance the answerers have said (small talk and backchannel left out).
        var answerWords = 0
        /// Answer turns heard, small talk included.
        var answerTurns = 0

        init(_ turn: Turn) {
            start = turn.paragraphs[0]
            asker = turn.speaker
            question = turn.opening
            asks = turn.asks
        }

        mutating func hear(_ turn: Turn, talk: SmallTalk.Kind) {
            if answerer == nil { answerer = turn.speaker }
            answerTurns += 1
            // A yes or no counts as an answer to a question that asked.
            if talk == .none || (talk == .backchannel && asks) { answerWords += turn.words }
        }

        /// An answer of substance, or any reply to a question that asked.
        var isAnswered: Bool { answerWords >= Segmentation.substantialAnswer || (asks && answerWords > 0) }
        /// Answered with nothing but pleasantries: the question turn was a greeting.
        var isGreeting: Bool { answerTurns > 0 && answerWords == 0 && !asks }
    }

    enum Placement { case opens, continues, restarts }

    /// Words an answer needs before the interviewer's next turn can be a new question.
    static let substantialAnswer = 8
    /// An unasked remark shorter than this, after an answer, is an aside.
    static let asideWords = 15

    /// A long turn that greets the room (`Good afternoon, everybody.`) opens a briefing:
    /// the banter before it was no exchange.
    static func isOpeningStatement(_ turn: Turn) -> Bool {
        turn.words >= 60 && greetings.contains { phrase in
            turn.opening.withUnsafeBufferPointer { $0.containsIgnoringASCIICase(phrase) }
        }
    }

    static let greetings = ["good morning", "good afternoon", "good evening", "hello everyone", "hello, everyone",
                            "hi everyone", "hi, everyone", "welcome to"].map { Array($0.utf8) }

    static func place(_ turn: Turn, after last: Draft?, everyTurnAsks: Bool = false) -> Placement {
        guard let last, last.open else { return .opens }
        if last.isGreeting { return .restarts }
        if !last.isAnswered && !(everyTurnAsks && last.answerTurns > 0) { return .continues }
        if !turn.asks && turn.words < asideWords && !everyTurnAsks { return .continues }
        return .opens
    }
}
