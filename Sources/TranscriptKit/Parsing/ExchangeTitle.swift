/// A short title for an exchange, made from the opening of its question.
///
/// Works on the first few hundred bytes only, so long questions cost no more than short ones.
enum ExchangeTitle {
    static let maxLength = 60

    static func make(from question: [UInt8]) -> String {
        let bytes = Array(question.prefix(400))
        let sentences = sentenceRanges(bytes)
        guard !sentences.isEmpty else { return truncate(String(decoding: bytes, as: UTF8.self)) }
        // Greetings and thanks before the question say nothing about its subject.
        // Nor do `Yeah.`, `Interesting.`, `Hi, I am Bill Kristol.` or an interviewer saying who
        // is talking with whom (`This is Helen Ford, and I'm talking with Walter Brandt.`).
        let substantive = sentences.drop { range in
            !bytes[range].contains(UInt8(ascii: "?"))
                && (SmallTalk.mentionsSmallTalk(bytes[range]) || bytes[range].filter { $0 == 0x20 }.count < 2
                    || bytes[range].starts(with: "Hi,".utf8) || bytes[range].starts(with: "Hi ".utf8)
                    || introductions.occur(in: bytes[range]))
        }
        var pick = substantive.first ?? sentences[0]
        if pick.count < 24, !bytes[pick].contains(UInt8(ascii: "?")),
           let asking = sentences.first(where: { bytes[$0].contains(UInt8(ascii: "?")) }) {
            pick = asking
        }
        return truncate(dropPreamble(Array(bytes[pick])))
    }

    static let introductions = Phrases(["my name is", "i'm talking with", "i am talking with", "i'm speaking with",
                                        "i am speaking with", "i'm here with", "i am here with", "i'm joined by",
                                        "i am joined by", "with me today", "with me here", "my guest today",
                                        "my guests today", "i'm sitting with", "i am sitting with"], curlyApostrophes: true)

    /// Sentences end at `.`, `?` or `!` followed by a space (the last one at the end).
    static func sentenceRanges(_ bytes: [UInt8]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        var i = 0
        while i < bytes.count {
            let c = bytes[i]
            if (c == UInt8(ascii: ".") || c == UInt8(ascii: "?") || c == UInt8(ascii: "!")) && i + 1 < bytes.count
                && bytes[i + 1] == 0x20 && i + 1 - start > 3 && !(c == UInt8(ascii: ".") && abbreviates(bytes, before: i)) {
                ranges.append(start..<(i + 1))
                start = i + 2
                i += 2
                continue
            }
            i += 1
        }
        if start < bytes.count { ranges.append(start..<bytes.count) }
        return ranges
    }

    /// `Mr.`, `hon.`, `U.S.`, an initial: a full stop that ends a word, not the sentence.
    static func abbreviates(_ bytes: [UInt8], before dot: Int) -> Bool {
        var start = dot
        while start > 0 && bytes[start - 1] != 0x20 { start -= 1 }
        let word = bytes[start..<dot]
        if word.count == 1, let c = word.first, c >= 0x41 && c <= 0x5A { return true }
        if word.contains(UInt8(ascii: ".")) { return true }
        return abbreviations.contains(String(decoding: word, as: UTF8.self).lowercased())
    }

    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "st", "hon", "gen", "sen", "rep", "gov", "prof", "vs", "jr", "sr", "rev", "lt",
        "col", "capt", "sgt", "mt", "ft", "approx", "etc", "e.g", "i.e",
    ]

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
    private static let preambleBytes = preambles.map { Array($0.utf8) }

    static func dropPreamble(_ sentence: [UInt8]) -> String {
        var text = sentence[...]
        var changed = true
        while changed {
            changed = false
            for preamble in preambleBytes where text.count > preamble.count + 8 {
                if let length = matchedPrefix(text, preamble) {
                    text = text.dropFirst(length)
                    changed = true
                    break
                }
            }
        }
        let result = String(decoding: text, as: UTF8.self)
        guard let first = result.first else { return String(decoding: sentence, as: UTF8.self) }
        return first.uppercased() + result.dropFirst()
    }

    /// Bytes of `text` that match `preamble` ignoring ASCII case, with ’ matching '.
    private static func matchedPrefix(_ text: ArraySlice<UInt8>, _ preamble: [UInt8]) -> Int? {
        var i = text.startIndex
        for p in preamble {
            guard i < text.endIndex else { return nil }
            let c = text[i]
            if p == UInt8(ascii: "'") && c == 0xE2 && i + 2 < text.endIndex && text[i + 1] == 0x80 && text[i + 2] == 0x99 {
                i += 3
                continue
            }
            guard (c >= 0x41 && c <= 0x5A ? c | 0x20 : c) == p else { return nil }
            i += 1
        }
        return i - text.startIndex
    }

    static func truncate(_ text: String) -> String {
        guard text.utf8.count > maxLength else { return text }   // never more characters than bytes
        var text = text
        if let cut = text.withUTF8(truncateASCII) { return cut }
        guard text.count > maxLength else { return text }
        let head = text.prefix(maxLength - 1)
        let cut = head.lastIndex(of: " ").map { head[..<$0] } ?? head
        var trimmed = String(cut)
        while let last = trimmed.last, last == "," || last == ";" || last == ":" || last == " " { trimmed.removeLast() }
        return trimmed + "…"
    }

    /// `truncate` for ASCII text, where each byte is a character (a carriage return aside, which
    /// joins a line feed): the same cut without counting characters, which was a third of the
    /// cost of a title. Nil for any other text.
    private static func truncateASCII(_ b: UnsafeBufferPointer<UInt8>) -> String? {
        guard !b.contains(where: { $0 >= 0x80 || $0 == 0x0D }) else { return nil }
        var end = b[..<(maxLength - 1)].lastIndex(of: 0x20) ?? maxLength - 1
        while end > 0, b[end - 1] == UInt8(ascii: ",") || b[end - 1] == UInt8(ascii: ";") || b[end - 1] == UInt8(ascii: ":")
                || b[end - 1] == 0x20 { end -= 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: b[..<end]), as: UTF8.self) + "…"
    }
}
