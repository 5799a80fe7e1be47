/// How a parsed document measures up to its gold: the figures the corpus report prints and
/// the test holds.
public struct GoldCheck: Sendable {
    public var file: String
    public var exchangesFound: Int
    public var exchangesAccepted: ClosedRange<Int>
    public var firstQuestionFound: Bool
    public var lastAnswerFound: Bool
    /// Noise samples found inside a question, answer or moderator's turn.
    public var leakedNoise: [String]
    public var emptyBlocks: Int
    /// Speech blocks whose text still opens with a speaker label or a time stamp.
    public var labelsLeft: [String]
    /// Gold speakers whose label became a participant with the gold role.
    public var rolesRight: Int
    public var rolesTotal: Int
    public var roleMisses: [String]
    /// What the parse has where the gold's first question and last answer should be.
    public var foundOpening = ""
    public var foundClosing = ""

    public var exchangesRight: Bool { exchangesAccepted.contains(exchangesFound) }

    /// Every measure the issue names: exchanges, first question, last answer, no noise in
    /// speech, no empty block, no label left. Roles are reported, not required.
    public var holds: Bool {
        exchangesRight && firstQuestionFound && lastAnswerFound && leakedNoise.isEmpty && emptyBlocks == 0
            && labelsLeft.isEmpty
    }

    public init(document: Document, gold: Gold) {
        file = gold.file
        exchangesFound = document.exchanges.count
        exchangesAccepted = gold.acceptedExchanges
        let exchanges = document.exchanges
        if let opening = gold.firstQuestionStarts.map(GoldText.normalized), !opening.isEmpty {
            let question = exchanges.first.map { GoldText.questionText(document, $0) } ?? ""
            firstQuestionFound = question.hasPrefix(opening)
            foundOpening = String(question.prefix(60))
        } else {
            firstQuestionFound = true
        }
        if let closing = gold.lastAnswerEnds.map(GoldText.normalized), !closing.isEmpty {
            let answer = exchanges.last.map { GoldText.answerText(document, $0) } ?? ""
            lastAnswerFound = answer.contains(closing)
            foundClosing = String(answer.suffix(60))
        } else {
            lastAnswerFound = true
        }
        let speech = document.blocks.filter { $0.kind.isSpeech }.map { GoldText.normalized($0.text) }
        leakedNoise = gold.noiseSamples.filter { sample in
            let needle = GoldText.normalized(sample)
            return !needle.isEmpty && speech.contains { $0.contains(needle) }
        }
        emptyBlocks = document.blocks.filter { GoldText.normalized($0.text).isEmpty }.count
        let labels = gold.speakers.map { GoldText.normalized($0.label) }
        labelsLeft = speech.compactMap { text in GoldText.leftoverLabel(text, labels: labels) }
        rolesTotal = gold.speakers.count
        var right = 0
        var misses: [String] = []
        for (label, role) in gold.speakers {
            let found = GoldText.participant(document, label: label)
            if found?.role == role { right += 1 } else {
                misses.append("\(label): \(found?.role.rawValue ?? "not a speaker") for \(role.rawValue)")
            }
        }
        rolesRight = right
        roleMisses = misses
    }

    /// One line of the corpus report.
    public var summary: String {
        func mark(_ ok: Bool) -> String { ok ? "ok" : "NO" }
        let range = exchangesAccepted.lowerBound == exchangesAccepted.upperBound
            ? "\(exchangesAccepted.lowerBound)" : "\(exchangesAccepted.lowerBound)-\(exchangesAccepted.upperBound)"
        return "\(holds ? "HOLDS" : "fails") \(file)  exchanges \(exchangesFound)/\(range) \(mark(exchangesRight))"
            + "  first \(mark(firstQuestionFound))  last \(mark(lastAnswerFound))"
            + "  noise \(leakedNoise.count)  empty \(emptyBlocks)  labels-left \(labelsLeft.count)"
            + "  roles \(rolesRight)/\(rolesTotal)"
    }
}

/// Text compared the way a reader sees it: markup decoded, whitespace runs as one space.
enum GoldText {
    static func normalized(_ text: String) -> String {
        var decoded = MarkupDecoding.decoded(text)
        for ellipsis in ["…", "..."] {
            while decoded.hasPrefix(ellipsis) { decoded.removeFirst(ellipsis.count) }
            while decoded.hasSuffix(ellipsis) && text.hasSuffix(ellipsis) && decoded.count > 40 { decoded.removeLast(ellipsis.count) }
        }
        return decoded.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    static func questionText(_ document: Document, _ exchange: Exchange) -> String {
        let blocks = document.blocks[exchange.blocks].prefix { $0.kind == .question }
        return normalized(blocks.map(\.text).joined(separator: " "))
    }

    static func answerText(_ document: Document, _ exchange: Exchange) -> String {
        normalized(document.blocks[exchange.blocks].filter { $0.kind == .answer }.map(\.text).joined(separator: " "))
    }

    static func leftoverLabel(_ text: String, labels: [String]) -> String? {
        let head = String(text.prefix(80))
        for label in labels where !label.isEmpty {
            for after in [":", "：", " (", "**"] where head.hasPrefix(label + after) { return head }
        }
        if head.hasPrefix("**") || head.hasPrefix("### ") { return head }
        // A time stamp as a line of its own, `(00:01:59):` or `[00:24]`.
        if let first = head.first, first == "(" || first == "[" {
            let inner = head.dropFirst().prefix { $0.isNumber || $0 == ":" || $0 == "." }
            if inner.contains(":"), head.dropFirst(inner.count + 1).first.map({ $0 == ")" || $0 == "]" }) == true {
                return head
            }
        }
        return nil
    }

    /// The participant a gold label names: the same words, or the label's last words when
    /// the parser merged a titled first use (`President of Russia Vladimir Putin`).
    static func participant(_ document: Document, label: String) -> Participant? {
        let key = folded(label)
        if let exact = document.participants.first(where: { folded($0.name) == key }) { return exact }
        return document.participants.first { p in
            let name = folded(p.name)
            // The gold's label is the document's short form of the participant's full name,
            // or the other way round (`KENNEDY`, `Michael Kennedy`; `SENATOR VALESKY`, `Senator David Valesky`).
            return !name.isEmpty && (key.hasSuffix(" " + name) || isShortForm(key, of: name))
        }
    }

    /// Every word of `short`, in order, is a word of `full`, and they end alike.
    static func isShortForm(_ short: String, of full: String) -> Bool {
        let fullWords = full.split(separator: " "), shortWords = short.split(separator: " ")
        guard shortWords.count < fullWords.count, shortWords.last == fullWords.last else { return false }
        var rest = fullWords[...]
        for word in shortWords {
            guard let at = rest.firstIndex(of: word) else { return false }
            rest = rest[(at + 1)...]
        }
        return true
    }

    static func folded(_ text: String) -> String {
        MarkupDecoding.decoded(text).uppercased()
            .filter { $0.isLetter || $0.isNumber || $0 == " " }
            .split(separator: " ").joined(separator: " ")
    }
}
