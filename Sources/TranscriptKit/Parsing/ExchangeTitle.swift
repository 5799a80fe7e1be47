/// A short title for an exchange, made from its question.
enum ExchangeTitle {
    static let maxLength = 60

    static func make(from question: String) -> String {
        // Greetings and thanks before the question say nothing about its subject.
        let sentences = sentencesOf(question)
        let substantive = sentences.drop { sentence in
            let lower = sentence.lowercased()
            return !sentence.contains("?") && SmallTalk.phrases.contains { lower.contains($0) }
        }
        var pick = substantive.first ?? sentences.first ?? question
        if pick.count < 24, !pick.contains("?"), let asking = sentences.first(where: { $0.contains("?") }) { pick = asking }
        return truncate(dropPreamble(pick))
    }

    static func sentencesOf(_ text: String) -> [String] {
        var sentences: [String] = []
        var current = ""
        var previous: Character = " "
        for c in text {
            if c == " " && (previous == "." || previous == "?" || previous == "!") && current.count > 3 {
                sentences.append(current)
                current = ""
            } else {
                current.append(c)
            }
            previous = c
        }
        if !current.isEmpty { sentences.append(current) }
        return sentences
    }

    /// Conversational openings that say nothing about the subject.
    static let preambles: [String] = [
        "if you don't mind, ", "if i may, ", "so, ", "well, ", "okay, ", "ok, ", "and ", "but ", "now, ",
        "first, ", "firstly, ", "first of all, ", "finally, ", "lastly, ", "secondly, ", "next, ",
        "let's start with ", "let's begin with ", "let's talk about ", "let's now talk about ",
        "let's turn to ", "let me ask you about ", "let me ask you ", "i'd like to ask you about ",
        "i would like to ask you about ", "i want to ask you about ", "i wanted to ask you about ",
        "speaking about ", "speaking of ", "i have a question about ", "i have a few questions about ",
        "a question about ", "my question is about ", "my question is ", "i can't help but ask you about ",
        "tell us about ", "tell me about ", "can you tell us about ", "talking about ", "turning to ",
    ]

    static func dropPreamble(_ sentence: String) -> String {
        var text = Substring(sentence)
        var changed = true
        while changed {
            changed = false
            let folded = text.lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
            for preamble in preambles where folded.hasPrefix(preamble) && text.count > preamble.count + 8 {
                text = text.dropFirst(preamble.count)
                changed = true
                break
            }
        }
        guard let first = text.first else { return sentence }
        return first.uppercased() + text.dropFirst()
    }

    static func truncate(_ text: String) -> String {
        guard text.count > maxLength else { return text }
        let head = text.prefix(maxLength - 1)
        let cut = head.lastIndex(of: " ").map { head[..<$0] } ?? head
        var trimmed = String(cut)
        while let last = trimmed.last, last == "," || last == ";" || last == ":" || last == " " { trimmed.removeLast() }
        return trimmed + "…"
    }
}

private extension String {
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
