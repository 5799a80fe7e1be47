/// Who speaks how much, and how: for each participant their turns, words, questions and the
/// exchanges they speak in (`colloquy speakers` and the reader's Speakers tab).
///
/// A turn is what one person says before someone else speaks: consecutive speech paragraphs by
/// the same speaker, captions between them ignored. Speech with no speaker (an unlabelled
/// interview) ends a turn but is nobody's.
public struct SpeakerStatistics: Sendable, Equatable {
    public struct Speaker: Sendable, Equatable {
        /// Index into `Document.participants`.
        public var participant: Int
        public var name: String
        public var role: Participant.Role
        public var turns = 0
        public var words = 0
        /// Turns with a question mark in them (`?` or the full-width `？`).
        public var questions = 0
        /// Turns holding answer paragraphs, and their words.
        public var answerTurns = 0
        public var answerWords = 0
        /// Exchange numbers this person speaks in, ascending.
        public var exchanges: [Int] = []

        /// Words in an answer turn, rounded; nil for someone who never answers.
        public var averageAnswer: Int? {
            answerTurns == 0 ? nil : (answerWords + answerTurns / 2) / answerTurns
        }
    }

    /// Everyone who speaks, most words first (ties: first to speak first).
    public var speakers: [Speaker]
    /// Words of all speech, attributed or not: the whole a share is a part of.
    public var words: Int
    public var turns: Int

    public init(document: Document) {
        var byParticipant: [Int: Speaker] = [:]
        var order: [Int] = []
        var words = 0, turns = 0
        var previous: Int?? = .none   // the last speech paragraph's speaker (which may be nobody)
        var turnText = (asks: false, answers: false, words: 0)
        func close(_ speaker: Int?) {
            guard let speaker, var s = byParticipant[speaker] else { return }
            s.turns += 1
            if turnText.asks { s.questions += 1 }
            if turnText.answers { s.answerTurns += 1; s.answerWords += turnText.words }
            byParticipant[speaker] = s
        }
        for block in document.blocks where block.kind.isSpeech {
            if case .some(let last) = previous, last == block.speaker {
                // The same turn goes on.
            } else {
                if case .some(let last) = previous { close(last) }
                turns += 1
                turnText = (false, false, 0)
                previous = .some(block.speaker)
            }
            let (count, asks) = Self.words(block.text)
            words += count
            turnText.words += count
            turnText.asks = turnText.asks || asks
            turnText.answers = turnText.answers || block.kind == .answer
            guard let index = block.speaker, document.participants.indices.contains(index) else { continue }
            if byParticipant[index] == nil {
                let p = document.participants[index]
                byParticipant[index] = Speaker(participant: index, name: p.name, role: p.role)
                order.append(index)
            }
            byParticipant[index]?.words += count
            if let n = block.exchange, byParticipant[index]?.exchanges.last != n { byParticipant[index]?.exchanges.append(n) }
        }
        if case .some(let last) = previous { close(last) }
        let first = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
        speakers = order.compactMap { byParticipant[$0] }.sorted {
            $0.words != $1.words ? $0.words > $1.words : first[$0.participant, default: 0] < first[$1.participant, default: 0]
        }
        self.words = words
        self.turns = turns
    }

    /// A speaker's part of all words spoken, 0...1.
    public func share(_ speaker: Speaker) -> Double {
        words == 0 ? 0 : Double(speaker.words) / Double(words)
    }

    /// Words in folded text and whether it asks. A word is a run between spaces holding a letter
    /// or digit (a lone `—` is not one); each CJK ideograph or kana counts as a word, since those
    /// scripts put no spaces between words.
    public static func words(_ text: String) -> (count: Int, asks: Bool) {
        var count = 0
        var asks = false
        var inRun = false, runCounts = false
        var iterator = text.utf8.makeIterator()
        func next() -> UInt8? { iterator.next() }
        while let c = next() {
            if c == 0x20 {
                if inRun && runCounts { count += 1 }
                inRun = false; runCounts = false
                continue
            }
            if c == UInt8(ascii: "?") { asks = true }
            if c >= 0xE3 && c <= 0xE9 {
                // A three-byte scalar from U+3000 to U+9FFF: ideographs and kana count one each,
                // U+3000–U+303F (the ideographic space, CJK punctuation) nothing.
                let b1 = next() ?? 0
                _ = next()
                if !(c == 0xE3 && b1 == 0x80) { count += 1 }
                if inRun && runCounts { count += 1 }
                inRun = false; runCounts = false
                continue
            }
            if c == 0xEF {
                // `？`, U+FF1F, asks as `?` does.
                let b1 = next() ?? 0, b2 = next() ?? 0
                if b1 == 0xBC && b2 == 0x9F { asks = true }
                inRun = true
                continue
            }
            inRun = true
            if Self.isWordByte(c) { runCounts = true }
            if c == 0xE2 {
                // U+2000–U+2BFF: dashes, quotes, ellipses, arrows, box drawing: punctuation, not letters.
                _ = next(); _ = next()
            }
        }
        if inRun && runCounts { count += 1 }
        return (count, asks)
    }

    /// ASCII letters and digits, and the lead byte of any other letter outside the punctuation
    /// blocks (Latin with accents, Greek, Cyrillic, Arabic…).
    private static func isWordByte(_ c: UInt8) -> Bool {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"): return true
        case 0xC3...0xDF: return true
        case 0xE0, 0xE1, 0xEA...0xED: return true
        case 0xF0...0xF4: return true
        default: return false
        }
    }
}
