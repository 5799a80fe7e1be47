/// Rules that recognise photo captions and credits among unlabelled paragraphs.
///
/// Scraped interviews interleave captions with the answer they illustrate; left alone they
/// would read as part of the answer. Each rule looks at the paragraph's own text, never at
/// names from a particular document.
enum CaptionRules {
    /// Captions are short; a long paragraph is speech whatever it contains.
    static let maxBytes = 600

    /// A line that opens with a credit mark (`©`, `(c)`, `Photo:`) always starts a paragraph.
    static func startsLikeCredit(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var i = range.lowerBound
        Bytes.skipWhitespace(b, &i, range.upperBound)
        return i + 1 < range.upperBound && b[i] == 0xC2 && b[i + 1] == 0xA9
    }

    /// Strong evidence: a credit opening or a credit in parentheses.
    static func isCredited(_ text: [UInt8]) -> Bool {
        guard text.count <= maxBytes, let first = text.first else { return false }
        // Cheap test first: every credit opens with ©, (, a letter of an opener, or has a parenthesis.
        guard first == 0xC2 || "(pPiIcCfF".utf8.contains(first) || text.contains(UInt8(ascii: "(")) else { return false }
        let lower = text.asciiLowercased()
        if lower.starts(with: [0xC2, 0xA9]) || lower.starts(with: Array("(c) ".utf8)) { return true }
        if creditOpeners.contains(where: { lower.starts(with: $0) }) { return true }
        return creditParenthetical(lower)
    }

    static let creditOpeners: [[UInt8]] = ["photo:", "photo by", "photograph:", "image:", "picture:", "credit:",
                                           "photo credit", "pictured:", "photo courtesy", "file photo"].map { Array($0.utf8) }

    /// `(AP Photo, File)`, `(Sputnik News)`, `(© PHOTO : …)`, `(@Agency—NAME)`, in lower-cased bytes.
    static func creditParenthetical(_ lower: [UInt8]) -> Bool {
        var i = 0
        while let open = lower[i...].firstIndex(of: UInt8(ascii: "(")) {
            guard let close = lower[open...].firstIndex(of: UInt8(ascii: ")")) else { return false }
            let inner = lower[(open + 1)..<close]
            if inner.contains(UInt8(ascii: "@")) || inner.containsRun([0xC2, 0xA9]) { return true }
            var word: [UInt8] = []
            for b in inner + [0x20] {
                if (b >= 0x61 && b <= 0x7A) { word.append(b); continue }
                if !word.isEmpty && creditWords.contains(word) { return true }
                word.removeAll(keepingCapacity: true)
            }
            i = close + 1
        }
        return false
    }

    static let creditWords: Set<[UInt8]> = Set([
        "photo", "photos", "photograph", "photographer", "news", "file", "image", "images", "getty", "reuters",
        "afp", "ap", "epa", "tass", "courtesy", "credit", "pool", "shutterstock", "xinhua", "ria",
    ].map { Array($0.utf8) })

    /// `(Laughter.)`, `[inaudible]`, `(The briefing was concluded at 2:14 p.m.)`.
    static func isStageDirection(_ text: [UInt8]) -> Bool {
        guard text.count >= 3, text.count <= 300, let first = text.first, let last = text.last else { return false }
        // `<…>` is how Kremlin transcripts mark a passage left out.
        let closes = first == UInt8(ascii: "(") && last == UInt8(ascii: ")")
            || first == UInt8(ascii: "[") && last == UInt8(ascii: "]")
            || first == UInt8(ascii: "<") && last == UInt8(ascii: ">") && text.count <= 8
        let inner = text.dropFirst().dropLast()
        return closes && !inner.contains(UInt8(ascii: "(")) && !inner.contains(UInt8(ascii: "[")) || isMusic(text)
    }

    /// `♪ outro ♪`, `♫ [theme music] ♫`: captions set music between notes.
    private static func isMusic(_ text: [UInt8]) -> Bool {
        func isNote(_ bytes: ArraySlice<UInt8>) -> Bool { bytes.count == 3 && bytes.starts(with: [0xE2, 0x99]) && (0xAA...0xAB).contains(bytes.last!) }
        return text.count >= 6 && isNote(text.prefix(3)) && isNote(text.suffix(3))
    }

    /// `[Whereupon, at 11:14 a.m., the subcommittee was adjourned.]`, `(END OF INTERVIEW)`: a
    /// stage direction that says the session is over. Whatever the page prints after it, and
    /// before anyone speaks again, is material added to the record, not the last speaker's words.
    static func saysTheSessionEnded(_ text: [UInt8]) -> Bool {
        isStageDirection(text) && sessionEnded.occur(in: text)
    }

    static let sessionEnded = Phrases(["adjourned", "concluded", "end of interview", "end of the interview",
                                       "end of transcript", "end of the transcript", "end of session", "end of hearing",
                                       "interview ends", "interview ended", "recording ends", "recording ended",
                                       "end of recording", "end of the recording", "end of tape", "end of the tape",
                                       "end of audio", "end of video"])

    /// Weaker evidence: `Name and Name: comment`, the kicker style of editors' captions.
    static func hasKicker(_ text: [UInt8]) -> Bool {
        guard text.count <= 300, let colon = text.prefix(64).firstIndex(of: UInt8(ascii: ":")),
              colon + 1 < text.count, text[colon + 1] == 0x20 else { return false }
        let head = String(decoding: text[..<colon], as: UTF8.self)
        let words = head.split(separator: " ")
        guard (1...6).contains(words.count), words.first?.first?.isUppercase == true else { return false }
        return words.allSatisfy { $0.first?.isUppercase == true || ["and", "&", "with", "of", "the"].contains($0) }
    }
}

/// Site furniture: share pleas, licence lines, donation appeals, navigation, shortcodes.
enum FurnitureRules {
    static let maxBytes = 400

    static func isFurniture(_ text: [UInt8]) -> Bool {
        guard !text.isEmpty, text.count <= maxBytes else { return false }
        // WordPress-style shortcodes: `[post-views]`.
        if text.first == UInt8(ascii: "["), text.last == UInt8(ascii: "]"), !text.contains(0x20) { return true }
        if isPageMark(text) { return true }
        // A Markdown footnote's text (`[^1]: Enugu is a city in…`): the page's, not a speaker's.
        if text.starts(with: "[^".utf8), let close = text.prefix(24).firstIndex(of: UInt8(ascii: "]")),
           close + 1 < text.count, text[close + 1] == UInt8(ascii: ":") { return true }
        return text.withUnsafeBufferPointer { buffer in
            // One pass: only phrases starting with the (lower-cased) byte at hand are compared.
            for i in buffer.indices {
                let c = buffer[i] >= 0x41 && buffer[i] <= 0x5A ? buffer[i] | 0x20 : buffer[i]
                for phrase in phrasesByFirstByte[Int(c)] where UnsafeBufferPointer(rebasing: buffer[i...]).startsIgnoringASCIICase(phrase) {
                    return true
                }
            }
            return false
        }
    }

    /// `Page 5`, `Page 5 of 12`, `- 5 -`: a printed page's number standing alone between
    /// paragraphs (a deposition's or a hearing's page header).
    static func isPageMark(_ text: [UInt8]) -> Bool {
        // (Asked of every short paragraph: the first byte and the length first.)
        guard let first = text.first, text.count <= 20, first == UInt8(ascii: "P") || first == UInt8(ascii: "p") || first == UInt8(ascii: "-")
        else { return false }
        var words = text.split(separator: 0x20)
        if words.count == 3, words[0] == [UInt8(ascii: "-")], words[2] == [UInt8(ascii: "-")] { words = [words[1]] }
        else if words.count >= 2, words[0].count == 4, Array(words[0]).map(Bytes.asciiLower) == Array("page".utf8) { words.removeFirst() }
        else { return false }
        if words.count == 3, Array(words[1]) == Array("of".utf8) { words = [words[0], words[2]] }
        return (1...2).contains(words.count) && words.allSatisfy { !$0.isEmpty && $0.count <= 5 && $0.allSatisfy(Bytes.isDigit) }
    }

    private static let phrasesByFirstByte: [[[UInt8]]] = {
        var table = [[[UInt8]]](repeating: [], count: 256)
        for phrase in phrases { table[Int(phrase[0])].append(phrase) }
        return table
    }()

    static let phrases: [[UInt8]] = [
        "licensed under", "creative commons", "all rights reserved", "share this", "share with",
        "please share", "subscribe to", "subscribe now", "donate", "donation", "sign up for", "newsletter",
        "follow us", "click here", "read more", "about the author", "related articles", "related posts",
        "advertisement", "sponsored content", "cookie", "terms of use", "privacy policy", "qr code",
        "button below", "in your language", "support our work", "leave a comment",
        "comments are closed", "reprinted with permission", "originally published", "related:", "see also:",
        "also read:", "read also:",
    ].map { Array($0.utf8) }
}

extension Array where Element == UInt8 {
    /// ASCII letters lower-cased; other bytes (all of multi-byte UTF-8) unchanged.
    func asciiLowercased() -> [UInt8] {
        map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
    }
}

extension UnsafeBufferPointer where Element == UInt8 {
    /// Whether the buffer starts with lower-case ASCII `prefix`, ignoring ASCII case.
    func startsIgnoringASCIICase(_ prefix: [UInt8]) -> Bool {
        guard prefix.count <= count else { return false }
        for k in prefix.indices {
            let c = self[k]
            if (c >= 0x41 && c <= 0x5A ? c | 0x20 : c) != prefix[k] { return false }
        }
        return true
    }
}

/// What tells the text of a page from its furniture once the transcript has ended.
enum PageFurniture {
    /// A line on its own that titles what follows: a Markdown heading, or a few words in capitals
    /// with no sentence's end (`BIOGRAPHIC DATA`, `ABOUT THE INTERVIEWER`).
    /// - Parameter bytes: the paragraph's `shortBytes`, which the caller has made already.
    static func isHeading(_ p: Paragraph, _ bytes: [UInt8]) -> Bool {
        // A hearing's `STATEMENT OF CAPTAIN INES KOVAL, HARBOR MASTER, BRINDLE BAY` runs longer
        // than other headings: a witness's name and titles follow the words that open it, and a
        // panel's (`TESTIMONY OF …; AND …`) is set over a few lines.
        let witness = titlesAWitness(bytes)
        let words = witness ? 24 : 8
        guard p.lastLine - p.firstLine < (witness ? 4 : 1), p.words <= words * (p.lastLine - p.firstLine + 1) else { return false }
        if p.isTopHeading { return true }
        // `Prepared Statement of Irene Salas, M.D.`: the record's heading in title case.
        if p.words <= 16, titledStatements.contains(where: { bytes.starts(with: $0.utf8) }), !bytes.contains(UInt8(ascii: "?")) { return true }
        // (A witness's heading set over two lines ends its first with a comma.)
        guard let last = bytes.last, !".?!:;\"')]".utf8.contains(last) && (last != UInt8(ascii: ",") || witness) else { return false }
        var letters = 0
        for c in bytes {
            if c >= 0x61 && c <= 0x7A || c >= 0x80 { return false }
            if c >= 0x41 && c <= 0x5A { letters += 1 }
        }
        return letters >= 4
    }

    /// A court's or an inquiry's line between turns: a witness sworn (`MR ARLEN DACE (sworn)`),
    /// who questions next (`Questions from COUNSEL TO THE INQUIRY`, `EXAMINATION BY MS. PARK`).
    static func isCourtHeading(_ p: Paragraph, _ bytes: [UInt8]) -> Bool {
        p.label == nil && p.firstLine == p.lastLine && p.words <= 12 && courtHeadings.occur(in: bytes)
    }

    static let courtHeadings = Phrases(["(sworn)", "(affirmed)", "duly sworn", "examination by", "examined by",
                                        "questions from", "questioned by", "questions by", "cross-examination",
                                        "re-examination", "further examination"])

    static func titlesAWitness(_ bytes: [UInt8]) -> Bool {
        witnessHeadings.contains { bytes.starts(with: $0.utf8) }
    }

    static let titledStatements = ["Prepared Statement of ", "Statement of ", "Testimony of ", "Opening Statement of ",
                                    "Prepared Testimony of "]

    static let witnessHeadings = ["STATEMENT OF ", "TESTIMONY OF ", "PREPARED STATEMENT OF ", "OPENING STATEMENT OF "]

    /// A page copied as text opens with its navigation (`Skip to content`, `Menu`, `Search`):
    /// its title is the first line after that reads as one — three words or more, no sentence.
    /// So does a page whose first line only says what kind of page it is (`Transcript`,
    /// `Media release`): the kind of a page is no title where a headline follows.
    static func headlineAfterNavigation(_ paragraphs: [Paragraph]) -> Int? {
        guard let first = paragraphs.first, first.words <= 4, first.label == nil,   // `Skip to main content`
              navigation.occur(in: first.leadingBytes(40)) || isKindOfPage(first) || isRecordsMark(first) else { return nil }
        return paragraphs.prefix(16).indices.dropFirst().first { index in
            let p = paragraphs[index]
            guard p.label == nil, p.firstLine == p.lastLine, p.words >= 3, p.text.utf8.count <= 240,
                  !navigation.occur(in: p.leadingBytes(40)), !isBreadcrumb(p.text), !isRecordsMark(p) else { return false }
            return !".:".utf8.contains(p.text.utf8.last ?? 0)
        }
    }

    /// A record's mark above its title: `[Senate Hearing 117-402]`, `[From the U.S. Government
    /// Publishing Office]` as a printer heads every hearing, its number (`S. Hrg. 117-402`,
    /// `Serial No. 118-12`), or a page's number (`Page 1`).
    static func isRecordsMark(_ p: Paragraph) -> Bool {
        guard p.firstLine == p.lastLine else { return false }
        let bytes = p.shortBytes
        if bytes.first == UInt8(ascii: "["), bytes.last == UInt8(ascii: "]"), p.words <= 8 { return true }
        if p.words <= 4, let last = p.text.split(separator: " ").last, last.contains(where: \.isNumber),
           last.allSatisfy({ $0.isNumber || $0 == "-" }), last.contains("-") { return true }
        return FurnitureRules.isPageMark(bytes)
    }

    static func isKindOfPage(_ p: Paragraph) -> Bool {
        p.words <= 2 && p.firstLine == p.lastLine && kindsOfPage.contains(String(p.text.lowercased().filter { $0.isLetter || $0 == " " }))
    }

    static let kindsOfPage: Set<String> = ["transcript", "transcripts", "interview", "interviews", "media release",
                                           "press release", "speech", "speeches", "statement", "news", "briefing",
                                           "press briefing", "full transcript", "podcast", "episode"]

    /// `Culture | Interview`, `News › World › Europe`: where the page sits, not its headline. A
    /// headline may hold a bar or an arrow, but not between single words.
    static func isBreadcrumb(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        let separators = words.filter { ["|", "›", ">", "»", "/", "·"].contains($0) }.count
        return separators > 0 && words.count - separators <= 2 * (separators + 1)
    }

    /// `This interview has been edited and condensed.`, `A version of this article appears in
    /// print…`: the publisher's note on the interview, not the interviewee's words.
    static func isEditorsNote(_ bytes: [UInt8]) -> Bool {
        bytes.count <= FurnitureRules.maxBytes && editorsNotes.occur(in: bytes)
    }

    static let editorsNotes = Phrases(["edited and condensed", "condensed and edited", "edited for length",
                                       "edited for clarity", "lightly edited", "appears in print", "appeared in print",
                                       "a version of this article", "a version of this interview"])

    /// `Ellen Park is a staff writer covering the coast.` after the last answer: the page's note
    /// on who wrote it. Short; a capitalised name of two to four words, `is` or `was`, and a
    /// trade of the press within its first sentence.
    static func isAuthorNote(_ bytes: [UInt8]) -> Bool {
        guard bytes.count <= 300 else { return false }
        let words = bytes.prefix(while: { $0 != UInt8(ascii: ".") }).split(separator: 0x20)
        guard let verb = words.firstIndex(where: { $0.elementsEqual("is".utf8) || $0.elementsEqual("was".utf8) }),
              (2...4).contains(verb), words[..<verb].allSatisfy({ $0.first.map { $0 >= 0x41 && $0 <= 0x5A } == true }) else { return false }
        return pressTrades.occur(in: bytes.prefix(160))
    }

    static let pressTrades = Phrases(["writer", "reporter", "correspondent", "editor", "journalist", "columnist",
                                      "contributor", "critic", "producer", "freelance", "author of"])

    static let navigation = Phrases(["skip to", "menu", "search", "subscribe", "sign in", "log in", "sign up", "home",
                                     "main navigation", "jump to"])

    /// `Octopus intelligence` on its own line just before a turn begins: a podcast's chapter
    /// title; `Questions & Answers:` before the first question of an earnings call. Speech that
    /// short before the next speaker ends as sentences end or trails off in lower case; a title
    /// starts with a capital and ends without punctuation, or with a colon that nothing spoken
    /// follows (the next paragraph is another speaker's).
    static func isChapterTitle(_ p: Paragraph, _ bytes: [UInt8]) -> Bool {
        guard p.firstLine == p.lastLine, (1...6).contains(p.words), p.gapBefore > 0,
              let first = bytes.first, first >= 0x41 && first <= 0x5A, var last = bytes.last else { return false }
        if last == UInt8(ascii: ":"), bytes.count >= 2 { last = bytes[bytes.count - 2] }
        return Bytes.isASCIIAlphanumeric(last)
    }

    /// One line of a page's box (a book's title and author, its publisher and price): up to
    /// twelve words on a line of their own, starting with a capital and ending in a letter or a
    /// digit, as no sentence ends.
    static func isBoxLine(_ p: Paragraph) -> Bool {
        guard p.label == nil, p.firstLine == p.lastLine, (2...12).contains(p.words),
              let first = p.text.utf8.first, first >= 0x41 && first <= 0x5A, let last = p.text.utf8.last else { return false }
        return Bytes.isASCIIAlphanumeric(last)
    }

    /// What a paragraph wholly in quotation marks (`"…"`, `“…”`) says inside them.
    static func quoted(_ text: [UInt8]) -> ArraySlice<UInt8>? {
        let straight = UInt8(ascii: "\"")
        if text.first == straight, text.last == straight, text.count > 2, !text.dropFirst().dropLast().contains(straight) {
            return text.dropFirst().dropLast()
        }
        // “ is E2 80 9C, ” is E2 80 9D.
        guard text.count > 6, text.starts(with: [0xE2, 0x80, 0x9C]), text.suffix(3).elementsEqual([0xE2, 0x80, 0x9D]) else { return nil }
        return text.dropFirst(3).dropLast(3)
    }

    /// A sentence or more: eight words or more, ending as sentences end, not a list of links.
    static func isProse(_ p: Paragraph) -> Bool {
        guard p.words >= 8, !p.isMarkup else { return false }
        var text = Array(p.text.utf8.suffix(8))
        while let last = text.last, last == UInt8(ascii: "*") || last == UInt8(ascii: "_") || last == 0x20 { text.removeLast() }
        guard let last = text.last else { return false }
        let ends: [UInt8] = Array(".?!\"')]".utf8) + [0x9D, 0x99, 0xA6]   // ” ’ … end in these bytes
        guard ends.contains(last) else { return false }
        let bytes = p.shortBytes
        if !bytes.isEmpty && FurnitureRules.isFurniture(bytes) { return false }
        // A show's recorded sign-off (`Thank you for listening to…`, show notes, subscribing).
        if isSignOff(p) { return false }
        let links = p.text.utf8.count > 0 ? countLinks(p.text) : 0
        return links * 12 < p.words
    }

    /// A scraped page whose footer ran into the last paragraph (`…joining us. View the
    /// Conversation > Facebook … © 2025 … All rights reserved.`): the footer, from the sentence
    /// before the copyright sign on, becomes a paragraph of its own, which is back matter. It is
    /// given the paragraph's last line (blocks never share a line; the text does not say where
    /// its lines broke), so a paragraph on one line is left whole.
    static func splitTrailingFooter(_ paragraphs: inout [Paragraph]) {
        guard let last = paragraphs.last, last.lastLine > last.firstLine, last.text.utf8.count < 1 << 16 else { return }
        let bytes = Array(last.text.utf8)
        let tail = max(0, bytes.count - 600)
        guard let mark = copyrightMark(bytes, from: tail) else { return }
        // Back to the end of the sentence before the footer.
        var cut = mark
        while cut > 0 && !(cut >= 2 && [UInt8(ascii: "."), UInt8(ascii: "?"), UInt8(ascii: "!")].contains(bytes[cut - 2])
                           && bytes[cut - 1] == 0x20) { cut -= 1 }
        guard cut > 0 else { return }
        var head = last, footer = last
        head.setText(Array(bytes[..<(cut - 1)]))
        footer.setText(Array(bytes[cut...]))
        footer.label = nil
        footer.labelText = ""
        footer.gapBefore = 1
        head.lastLine = last.lastLine - 1
        footer.firstLine = last.lastLine
        guard head.words >= 3 else { return }
        paragraphs[paragraphs.count - 1] = head
        paragraphs.append(footer)
    }

    private static func copyrightMark(_ bytes: [UInt8], from start: Int) -> Int? {
        let marks = [[0xC2, 0xA9], Array("All rights reserved".utf8)] as [[UInt8]]
        var i = start
        while i < bytes.count {
            for mark in marks where i + mark.count <= bytes.count && bytes[i..<(i + mark.count)].elementsEqual(mark) { return i }
            i += 1
        }
        return nil
    }

    static func isSignOff(_ p: Paragraph) -> Bool {
        signOffs.occur(in: p.leadingBytes(200))
    }

    static let signOffs = Phrases(["thank you for listening", "thanks for listening", "thanks so much for listening",
                                   "you've been listening to", "you have been listening to", "subscribe to the show",
                                   "rate and review", "full show notes"])

    private static func countLinks(_ text: String) -> Int {
        var count = 0
        var previous: UInt8 = 0, beforePrevious: UInt8 = 0
        var schemeSeparator = false
        for c in text.utf8 {
            if previous == UInt8(ascii: "]") && c == UInt8(ascii: "(") { count += 1 }
            if c == UInt8(ascii: "/") && previous == UInt8(ascii: "/") && beforePrevious == UInt8(ascii: ":") { schemeSeparator = true }
            beforePrevious = previous
            previous = c
        }
        // Foundation's search (through NSString: 0.65 M instructions over a long page's first
        // 64 KB, before its first screen) only where the bytes hold `://`: without them
        // neither address can be there, as no character is canonically `:` or `/` but these.
        guard schemeSeparator else { return count }
        return count + (text.contains("http://") || text.contains("https://") ? 1 : 0)
    }
}
