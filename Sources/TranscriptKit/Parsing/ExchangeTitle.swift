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
            Segmentation.asksToRepeat(bytes[range]) || (!bytes[range].contains(UInt8(ascii: "?"))
                && (SmallTalk.mentionsSmallTalk(bytes[range]) || bytes[range].lazy.filter({ $0 == 0x20 }).count < 2
                    || bytes[range].starts(with: "Hi,".utf8) || bytes[range].starts(with: "Hi ".utf8)
                    || introductions.occur(in: bytes[range]) || introducesTheAsker(withoutPreamble(bytes[range]))
                    || acknowledges(bytes[range]) || announcesAQuestion(bytes[range]) || givesTheFloor(bytes[range])))
        }
        // (With nothing else said, the announcement says most: `I have a question from the farmers.`)
        var pick = substantive.first ?? sentences.first { announcesAQuestion(bytes[$0]) } ?? sentences[0]
        // Once a question has been announced (`Two questions. The first on logistics. Can you…?`),
        // the title is the first that asks.
        let announced = sentences.contains { $0.lowerBound < pick.lowerBound && announcesAQuestion(bytes[$0]) }
            || announcesAQuestion(bytes[pick])
        if pick.count < 24 || announced, !bytes[pick].contains(UInt8(ascii: "?")),
           let asking = sentences.first(where: { bytes[$0].contains(UInt8(ascii: "?")) })
            ?? sentences.first(where: { Segmentation.asksIndirectly(bytes[$0]) }) {
            // (`Another from the chat. Tom wants to know what…`: asked without a question mark.)
            pick = asking
        }
        // `Dr Reed, could I start with you?` says who answers first; the question comes next.
        if choosesWhoAnswers.occur(in: bytes[pick]),
           let asking = sentences.first(where: { $0.lowerBound > pick.lowerBound && bytes[$0].contains(UInt8(ascii: "?")) }) {
            pick = asking
        }
        return truncate(dropPreamble(Array(bytes[pick])))
    }

    static let choosesWhoAnswers = Phrases(["start with you", "begin with you", "come to you first", "turn to you first"])

    /// A reporter saying who they are: `Ksenia Sokolova, Snob magazine.`, `Oleg Kashtanov, from
    /// the newspaper Izvestiya Mordovia.`, `Mr President, I am Alexander Kolesnichenko from…`.
    static func introducesTheAsker(_ sentence: ArraySlice<UInt8>) -> Bool {
        // Cheap first: an introduction is short and has a capital after its first word.
        guard wordCount(sentence, upTo: 15) <= 14 else { return false }
        let words = sentence.split(separator: 0x20)
        func capitalised(_ i: Int) -> Bool { i < words.count && words[i].first.map { $0 >= 0x41 && $0 <= 0x5A } == true }
        func said(_ i: Int, _ word: String) -> Bool { i < words.count && lowered(words[i]) == word }
        // `I am Alexander…`, `I'm Jane…`
        for i in words.indices where capitalised(i + 1) && words[i].first.map({ $0 | 0x20 == UInt8(ascii: "i") || $0 | 0x20 == UInt8(ascii: "a") }) == true {
            if said(i, "i'm") || (i > 0 && said(i - 1, "i") && said(i, "am")) { return true }
        }
        // A recording's slate: `This is Joan Pelkey, and it is…`, `I'm with Arvid Lindqvist, who…`.
        // (A name and a comma: `This is The Daily.` names the programme, and the setting-up
        // sentence after it may be what the exchange is about.)
        if said(0, "this") && said(1, "is") && capitalised(2) && capitalised(3) && words[3].last == UInt8(ascii: ",") { return true }
        for i in words.indices.dropFirst() where said(i, "with") && capitalised(i + 1) && capitalised(i + 2) {
            if said(i - 1, "i'm") || (i > 1 && said(i - 2, "i") && said(i - 1, "am")) { return true }
        }
        // A name of two or three capitalised words, then where they are from: `Ksenia Sokolova,
        // Snob magazine.`, `Oleg Kashtanov, from…`, `Veronika Romanenkova from ITAR-TASS.` Not an
        // address (`Mr President, I…`, `So Tom, did you…`).
        guard capitalised(0), capitalised(1), !addresses.contains(lowered(words[0])) else { return false }
        for length in 2...3 where (0..<length).allSatisfy(capitalised) {
            // `Howard Schneider with Reuters.`
            if said(length, "from") || (said(length, "with") && capitalised(length + 1)) { return true }
            let outlet = (capitalised(length) && !said(length, "i")) || said(length, "of") || said(length, "with")
                || (length < words.count && occupations.contains(lowered(words[length])))
            if words[length - 1].last == UInt8(ascii: ",") && outlet { return true }
        }
        return false
    }

    /// `Another question on trade.`, `A follow-up.`, `Two questions, if I may.`: the asker
    /// says a question is coming (never `The question is whether…`, which is one).
    static func announcesAQuestion(_ sentence: ArraySlice<UInt8>) -> Bool {
        guard wordCount(sentence, upTo: 8) <= 7, !sentence.starts(with: "The ".utf8) else { return false }
        return questionAnnounced.occur(in: sentence)
    }

    static let questionAnnounced = Phrases(["question", "follow-up", "follow up", "followup"])

    /// `I now recognize myself for 5 minutes of questions.`: a chair taking the floor, short.
    static func givesTheFloor(_ sentence: ArraySlice<UInt8>) -> Bool {
        wordCount(sentence, upTo: 13) <= 12 && Segmentation.handOffs.occur(in: sentence)
    }

    static func acknowledges(_ sentence: ArraySlice<UInt8>) -> Bool {
        guard wordCount(sentence, upTo: 7) <= 6, let first = sentence.split(separator: 0x20).first else { return false }
        return acknowledgements.contains(lowered(first))
    }

    /// The first words of a short nod to the last answer (`Yeah, that's so interesting.`).
    static let acknowledgements: Set<String> = [
        "yeah", "yes", "yep", "no", "right", "okay", "ok", "sure", "exactly", "absolutely", "indeed", "wow", "oh", "great",
        "interesting", "fascinating", "true", "fair", "good", "that's", "thats", "agreed", "totally", "definitely", "cool",
    ]

    /// `Oksana Panarina, columnist for…`
    static let occupations: Set<String> = [
        "columnist", "correspondent", "reporter", "editor", "journalist", "anchor", "host", "producer", "writer",
        "blogger", "chief", "head", "director", "deputy", "member", "representative", "student", "teacher",
    ]

    /// Words that open an address or a remark, never a reporter's name.
    static let addresses: Set<String> = [
        "mr", "mrs", "ms", "dr", "mister", "madam", "sir", "dear", "president", "minister",
        "so", "well", "and", "but", "now", "yes", "no", "okay", "ok", "thank", "thanks", "good", "hello", "hi", "hey",
        "look", "listen", "again", "then", "also", "because", "if", "when", "in", "on", "at", "for", "the", "this", "that",
    ]

    /// Words up to `limit`, counted by spaces.
    private static func wordCount(_ bytes: ArraySlice<UInt8>, upTo limit: Int) -> Int {
        var words = bytes.isEmpty ? 0 : 1
        for c in bytes where c == 0x20 {
            words += 1
            if words >= limit { break }
        }
        return words
    }

    /// A word in lower case, its trailing `,` or `.` dropped and a curly apostrophe made straight
    /// (byte by byte: this runs on every asker's turn).
    private static func lowered(_ word: ArraySlice<UInt8>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(word.count)
        var i = word.startIndex
        while i < word.endIndex {
            let c = word[i]
            if c == 0xE2 && i + 2 < word.endIndex && word[i + 1] == 0x80 && word[i + 2] == 0x99 {
                bytes.append(UInt8(ascii: "'"))
                i += 3
                continue
            }
            bytes.append(c >= 0x41 && c <= 0x5A ? c | 0x20 : c)
            i += 1
        }
        while let last = bytes.last, last == UInt8(ascii: ",") || last == UInt8(ascii: ".") { bytes.removeLast() }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether one of the first two sentences of a turn introduces the asker.
    static func introducesTheAsker(in opening: [UInt8]) -> Bool {
        let bytes = Array(opening.prefix(240))
        return sentenceRanges(bytes).prefix(2).contains { introducesTheAsker(bytes[$0]) }
    }

    static let introductions = Phrases(["my name is", "i'm talking with", "i am talking with", "i'm speaking with",
                                        "i am speaking with", "i'm here with", "i am here with", "i'm joined by",
                                        "i am joined by", "with me today", "with me here", "my guest", "our guest",
                                        "my guests", "our guests", "i'm sitting with", "i am sitting with", "let me bring in", "the following is a conversation", "this is a conversation with",
                                        "today's conversation is with",
                                        "let's bring in", "joining me now", "joining us now", "joins us now",
                                        "joining me from", "joining us from",
                                        // An oral history's recorded preamble: `This is Peter Hale, and
                                        // today is March 3rd, 2011. I'm here in Duluth with…`
                                        "today is", "today's date is", "the date is", "i'm here in", "i am here in",
                                        "we're here in", "we are here in", "this is an oral history", "this interview is",
                                        "today i'm with", "today i am with", "today we're with", "today we are with",
                                        "here today with"],
                                       curlyApostrophes: true)

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
        // Addresses say whom the question is for, not what it is about.
        "sir, ", "madam, ", "ma'am, ", "mr. president, ", "mr president, ", "madam president, ", "mr. chairman, ",
        "mr chairman, ", "madam chair, ", "your honor, ", "your honour, ", "prime minister, ", "minister, ",
        "mr. secretary, ", "madam secretary, ", "mr. speaker, ", "mr speaker, ", "senator, ", "counsel, ",
    ]
    private static let preambleBytes = preambles.map { Array($0.utf8) }

    static func dropPreamble(_ sentence: [UInt8]) -> String {
        let result = String(decoding: withoutPreamble(sentence[...]), as: UTF8.self)
        guard let first = result.first else { return String(decoding: sentence, as: UTF8.self) }
        return first.uppercased() + String(result.dropFirst())   // not the generic String + Substring (`presentsTheGuest`)
    }

    /// The sentence past its openers and addresses (`So, `, `Mr President, `).
    static func withoutPreamble(_ sentence: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var text = sentence
        var changed = true
        while changed {
            changed = false
            // `(laughs) Was it frightening?`: the room's sound says nothing of the subject.
            if let close = Bytes.leadingBracket(text, within: 32), text.endIndex - close > 8 {
                text = text[(close + 2)...]
                changed = true
                continue
            }
            for preamble in preambleBytes where text.count > preamble.count + 8 {
                if let length = matchedPrefix(text, preamble) {
                    text = text.dropFirst(length)
                    changed = true
                    break
                }
            }
        }
        return text
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
