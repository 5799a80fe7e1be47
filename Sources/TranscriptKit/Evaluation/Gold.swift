import Foundation

/// What a careful reader found in one real transcript, written by hand (see the corpus's
/// GOLD.md): how many exchanges, who speaks in what role, how the first question opens and
/// the last answer closes, and lines that must stay out of speech.
public struct Gold: Sendable {
    public var file: String
    public var exchanges: Int
    public var exchangesRange: ClosedRange<Int>?
    public var speakers: [(label: String, role: Participant.Role)]
    public var firstQuestionStarts: String?
    public var lastAnswerEnds: String?
    public var noiseSamples: [String]

    public struct Invalid: Error, CustomStringConvertible {
        public var description: String
    }

    public init(json: Data) throws(Invalid) {
        guard let object = try? JSONSerialization.jsonObject(with: json) as? [String: Any] else {
            throw Invalid(description: "not a JSON object")
        }
        guard let file = object["file"] as? String, let exchanges = object["exchanges"] as? Int else {
            throw Invalid(description: "needs \"file\" and \"exchanges\"")
        }
        self.file = file
        self.exchanges = exchanges
        if let range = object["exchanges_range"] as? [Int], range.count == 2, range[0] <= range[1] {
            exchangesRange = range[0]...range[1]
        }
        var speakers: [(String, Participant.Role)] = []
        for (label, role) in (object["speakers"] as? [String: String] ?? [:]).sorted(by: { $0.key < $1.key }) {
            guard let role = Participant.Role(rawValue: role) else {
                throw Invalid(description: "speaker \(label): unknown role \(role)")
            }
            speakers.append((label, role))
        }
        self.speakers = speakers
        firstQuestionStarts = object["first_question_starts"] as? String
        lastAnswerEnds = object["last_answer_ends"] as? String
        noiseSamples = object["noise_samples"] as? [String] ?? []
    }

    /// The counts a parse may give: the hand count (or its range) exactly below 20, within
    /// 10% from 20 up (a long briefing's count is a judgement within a few).
    public var acceptedExchanges: ClosedRange<Int> {
        let base = exchangesRange ?? exchanges...exchanges
        guard base.upperBound >= 20 else { return base }
        let lower = Int((Double(base.lowerBound) * 0.9).rounded(.up))
        let upper = Int((Double(base.upperBound) * 1.1).rounded(.down))
        return lower...upper
    }
}
