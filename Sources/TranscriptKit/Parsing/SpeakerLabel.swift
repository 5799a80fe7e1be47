/// A candidate speaker label at the start of a line: `Name:`, `**Name:**`, `Q.`, `Q (FENZI):`.
///
/// Detection only says the line has the *shape* of a label; whether it really names a
/// speaker is decided later with evidence from the whole document (`LabelEvidence`).
struct SpeakerLabel: Equatable {
    /// `Name:`; `Q.`; a bare `Q` and blanks; `**Name**` with no colon, or `[Name]`, which
    /// count only when they recur.
    enum Form: Equatable {
        case colon, dotted, spaced, closed
        /// `Q.` or a bare `Q`/`A`: a question's or an answer's mark rather than a name.
        var marksQuestionOrAnswer: Bool { self == .dotted || self == .spaced }
    }

    /// As the reader should see it: `Sergei Lavrov`, `MR. KIRBY`, `Q`.
    var name: String
    /// Case- and punctuation-folded name used to recognise the same speaker again.
    var key: String
    /// Byte index in the scanned text where the spoken text starts.
    var bodyOffset: Int
    var form: Form
    var time: String?
    /// The role a generic label implies (`Q`, `Host`, `Moderator`…).
    var genericRole: Participant.Role?
    var hasTitle: Bool
    var isAllCaps: Bool
    var isStyled: Bool
    /// A long title before a name (`President of Russia Vladimir Putin`), waiting for
    /// `LabelEvidence` to find the name it ends with.
    var isTitledFirstUse = false
    /// A name alone on its line with no colon (`JANE ROE`, `Jane Smith (00:00:05)`), the words
    /// on the lines below: believed only as one of two or more such names that recur.
    var standsAlone = false
    /// Opens with the number of the question asked (`Q45 Chair:`), as a committee's evidence does.
    var numbersItsQuestion = false

    static let maxNameBytes = 48
    static let maxDescriptorBytes = 64
    static let maxTitledBytes = 200
}

extension SpeakerLabel {
    /// Looks for a label shape at the start of `range` in `b`.
    static func detect(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, markdown: Bool) -> SpeakerLabel? {
        var shapes = NameShape.Cache()
        var prefixes = LabelPrefixes()
        return detect(b, range, markdown: markdown, shapes: &shapes, prefixes: &prefixes)
    }

    /// As above, remembering name shapes already judged, and the verdicts on labels that their
    /// name decides (`LabelPrefixes`): labels recur on every turn.
    ///
    /// A label typed twice or more (`Q: Q: Why?`, a copy-and-paste slip) counts once, so that
    /// no label is left at the start of the spoken text.
    static func detect(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, markdown: Bool,
                       shapes: inout NameShape.Cache, prefixes: inout LabelPrefixes) -> SpeakerLabel? {
        guard var label = prefixes.label(b, range, read: { detectOnce(b, range, markdown: markdown, shapes: &shapes) })
        else { return nil }
        var start = range.lowerBound
        Bytes.skipWhitespace(b, &start, range.upperBound)
        // `# Interview: the mayor on housing` is a heading; `### Audrey Tang:` alone on its
        // line, or `## Q: Why?`, labels what follows.
        if markdown, start < range.upperBound, b[start] == UInt8(ascii: "#"), label.form == .colon, label.genericRole == nil {
            var body = label.bodyOffset
            Bytes.skipWhitespace(b, &body, range.upperBound)
            if body < range.upperBound { return nil }
        }
        label.numbersItsQuestion = skipQuestionNumber(b, &start, range.upperBound)
        // `Q1 Chair:`: the chair of a committee asks the numbered questions; no moderator.
        if label.numbersItsQuestion && label.genericRole == .moderator { label.genericRole = .interviewer }
        while label.bodyOffset < range.upperBound, mayRepeat(label.key, b, label.bodyOffset..<range.upperBound),
              let again = detectOnce(b, label.bodyOffset..<range.upperBound, markdown: markdown, shapes: &shapes),
              again.key == label.key, again.bodyOffset > label.bodyOffset {
            label.bodyOffset = again.bodyOffset
        }
        // `00:01:02 | **Dana Whit** | Welcome…`: a table's row written without the table, the
        // cell's bar between the name and the words is neither.
        var body = label.bodyOffset
        Bytes.skipWhitespace(b, &body, range.upperBound)
        if body + 1 < range.upperBound, b[body] == UInt8(ascii: "|"), b[body + 1] == 0x20 { label.bodyOffset = body + 2 }
        return label
    }

    /// Whether the words after a label could open with the same label again. A key's first letter
    /// is the capital of the letter its name starts with, and what the detector passes over before
    /// a name holds no letter but a question number's `Q` or YAML's `speaker:`; only a reporter
    /// named in brackets (`Question (Ana):`, `Reporter [Ana]:`) or a name after a job
    /// (`Spokesperson, Ana Ruiz:`) starts elsewhere. So the first letter of the words, in either
    /// case, must be the key's (or `Q`, `s`, or a byte beyond ASCII, whose letter may be
    /// anything), unless they hold a bracket or a comma. Most turns fail this (`A: because.`), and the second look at them
    /// was half the detector's work on short turns.
    static func mayRepeat(_ key: String, _ b: UnsafeBufferPointer<UInt8>, _ body: Range<Int>) -> Bool {
        mayRepeat(keyStart: key.utf8.first, b, body)
    }

    /// As above, given the key's first byte.
    static func mayRepeat(keyStart: UInt8?, _ b: UnsafeBufferPointer<UInt8>, _ body: Range<Int>) -> Bool {
        guard let first = keyStart, first >= UInt8(ascii: "A"), first <= UInt8(ascii: "Z") else { return true }
        let lower = first | 0x20
        var i = body.lowerBound
        while i < body.upperBound {
            let c = b[i]
            if c >= 0x80 { return true }
            if (c | 0x20) >= UInt8(ascii: "a") && (c | 0x20) <= UInt8(ascii: "z") {
                if c == first || c == lower || c == UInt8(ascii: "Q") || c == UInt8(ascii: "s") { return true }
                break
            }
            i += 1
        }
        while i < body.upperBound {
            let c = b[i]
            if c == UInt8(ascii: "(") || c == UInt8(ascii: "[") || c == UInt8(ascii: ",") { return true }
            i += 1
        }
        return false
    }

    private static func detectOnce(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, markdown: Bool,
                                   shapes: inout NameShape.Cache) -> SpeakerLabel? {
        let end = range.upperBound
        var i = range.lowerBound
        Bytes.skipWhitespace(b, &i, end)
        guard i < end else { return nil }
        var styled = false
        // Markdown decoration: headings, quotes, emphasis.
        if markdown {
            var j = i
            while j < end && b[j] == UInt8(ascii: "#") { j += 1 }
            if j > i && j < end && b[j] == 0x20 { i = j + 1; styled = true }
            if i + 1 < end && b[i] == UInt8(ascii: ">") && b[i + 1] == 0x20 { i += 2 }
        }
        // `- **Jane Doe:** text`: turns written as a list.
        if markdown && i + 2 < end && (b[i] == UInt8(ascii: "-") || b[i] == UInt8(ascii: "+")) && b[i + 1] == 0x20 { i += 2 }
        while i < end && (b[i] == UInt8(ascii: "*") || b[i] == UInt8(ascii: "_")) { i += 1; styled = true }
        // Television captions mark each change of speaker with `>>`.
        if !markdown && i + 2 < end && b[i] == UInt8(ascii: ">") && b[i + 1] == UInt8(ascii: ">") {
            i += 2
            Bytes.skipWhitespace(b, &i, end)
        }
        var time = leadingTimestamp(b, &i, end)
        Bytes.skipWhitespace(b, &i, end)
        // `00:01:02 - Jane Doe: words`, `00:01:02 | Jane Doe: words`: a mark between the time and the name.
        if time != nil, i + 1 < end {
            if (b[i] == UInt8(ascii: "-") || b[i] == UInt8(ascii: "|")) && b[i + 1] == 0x20 {
                i += 2
            } else if i + 3 < end, b[i] == 0xE2, b[i + 1] == 0x80, b[i + 2] == 0x93 || b[i + 2] == 0x94, b[i + 3] == 0x20 {
                i += 4
            }
            Bytes.skipWhitespace(b, &i, end)
        }
        skipQuestionNumber(b, &i, end)
        while i < end && (b[i] == UInt8(ascii: "*") || b[i] == UInt8(ascii: "_")) { i += 1; styled = true }
        if i < end && b[i] == UInt8(ascii: "[") && !styled, let label = bracketed(b, i, end, time: time, shapes: &shapes) {
            return label
        }
        if !styled {
            let item = i + 1 < end && b[i] == UInt8(ascii: "-") && b[i + 1] == 0x20 ? i + 2 : i
            if let label = yamlSpeaker(b, item, end, shapes: &shapes) { return label }
        }
        guard i < end, isNameStart(b[i]) else { return nil }

        if let qa = questionAnswerMarker(b, i, end) {
            // `Q  0:54` alone on its line (an otter.ai export): the time is the label's, the
            // question below.
            var last = end
            while last > qa.body && Bytes.whitespaceLength(b, last - 1, end) > 0 { last -= 1 }
            let rest = qa.body < last && Bytes.isDigit(b[qa.body])
                ? String(decoding: UnsafeBufferPointer(rebasing: b[qa.body..<last]), as: UTF8.self) : nil
            let alone = qa.form == .spaced && time == nil && rest.map { isTimestamp($0) } == true
            var label = SpeakerLabel(name: qa.letter, key: qa.letter, bodyOffset: alone ? end : qa.body, form: qa.form,
                                     time: alone ? rest : time, genericRole: qa.letter == "Q" ? .interviewer : .interviewee,
                                     hasTitle: false, isAllCaps: true, isStyled: styled)
            label.standsAlone = alone
            return label
        }

        if !styled, let label = titledWithFullStop(b, i, end, time: time, shapes: &shapes) { return label }
        // (`nameThenDash` needs a `-` or a dash's first byte within a name's length, and the scan
        // for a colon below one of the bytes that can end a name: lines of prose seldom hold
        // either near their start, and are spared the byte-by-byte reading.)
        if !styled, holds(b, i..<min(end, i + maxNameBytes + 8),
                          word: { EightBytes.equal($0, UInt8(ascii: "-")) | EightBytes.equal($0, 0xE2) | EightBytes.equal($0, 0xC2) },
                          byte: { $0 == UInt8(ascii: "-") || $0 == 0xE2 || $0 == 0xC2 }),
           let label = nameThenDash(b, i, end, time: time, shapes: &shapes) { return label }
        if !styled, time == nil, let label = nameThenTime(b, i, end, shapes: &shapes) { return label }
        if !styled, let label = nameAlone(b, i, end, time: time, shapes: &shapes) { return label }

        // Scan the name up to its colon.
        let nameStart = i
        if !styled, !holds(b, i..<min(end, i + maxNameBytes + maxDescriptorBytes + 8), word: nameEnds, byte: nameEnds) { return nil }
        var depth = 0
        var comma: Int?
        var limit = styled ? maxTitledBytes : maxNameBytes
        while i < end && i - nameStart <= limit {
            let c = b[i]
            if c == UInt8(ascii: ":") && depth == 0 { break }
            // `Jane Doe<tab>text`, as exports laid out in columns write it.
            if c == 0x09 && depth == 0 && i > nameStart && !styled {
                var body = i
                Bytes.skipWhitespace(b, &body, end)
                return body < end ? closedLabel(b, nameStart..<i, body: body, end: end, time: time, shapes: &shapes) : nil
            }
            // `JANE DOE [00:00:01] text`: a name, its time in brackets, the words.
            if (c == UInt8(ascii: "[") || c == UInt8(ascii: "(")) && depth == 0 && !styled && i > nameStart + 1 && b[i - 1] == 0x20 {
                var k = i
                // (`Jane Doe (00:00:03): text` closes with a colon: the aside reading below takes it.)
                if let stamp = leadingTimestamp(b, &k, end), k < end, b[k] != UInt8(ascii: ":") {
                    Bytes.skipWhitespace(b, &k, end)
                    guard k < end else { return nil }
                    return closedLabel(b, nameStart..<(i - 1), body: k, end: end, time: time ?? stamp, shapes: &shapes)
                }
            }
            // `STEVE INSKEEP, HOST:`: a name, then what the speaker is.
            if c == UInt8(ascii: ",") && depth == 0 && comma == nil && i > nameStart {
                comma = i - nameStart
                limit = max(limit, maxNameBytes + maxDescriptorBytes)
                i += 1
                continue
            }
            // `PAUL ORTEGA, CHIEF NEGOTIATOR, DOCKWORKERS UNION:`: what the speaker is may
            // itself be a list; `isDescriptor` judges all of it.
            if c == UInt8(ascii: ",") && depth == 0 && comma != nil {
                i += 1
                continue
            }
            if depth == 0 && isFullWidthColon(b, i, end) { break }
            // `**Name** text`: emphasis closed with no colon after it (`**Name** :` has one).
            if styled && depth == 0 && (c == UInt8(ascii: "*") || c == UInt8(ascii: "_")), i > nameStart {
                var j = i
                while j < end && (b[j] == UInt8(ascii: "*") || b[j] == UInt8(ascii: "_")) { j += 1 }
                var k = j
                Bytes.skipWhitespace(b, &k, end)
                if k > j || k == end, k == end || b[k] != UInt8(ascii: ":") {
                    return closedLabel(b, nameStart..<i, body: k, end: end, time: time, shapes: &shapes)
                }
            }
            if c == UInt8(ascii: "(") || c == UInt8(ascii: "[") {
                // `Dr. Aaron Feldstein (Family Physician, As an Individual):`, a committee's
                // witness with what they are, as long as a name and a descriptor after a comma.
                if depth == 0 && i > nameStart { limit = max(limit, maxNameBytes + maxDescriptorBytes) }
                depth += 1
            } else if c == UInt8(ascii: ")") || c == UInt8(ascii: "]") { depth -= 1 }
            // Inside brackets: a time's colons, pronouns (`(she/her)`).
            // (`**Jen Luker & Safia Abdalla**`: people at once, in bold, `NameShape` judges.)
            guard depth >= 0, isNameByte(c) || c == UInt8(ascii: "[") || c == UInt8(ascii: "]") || (styled && c == UInt8(ascii: "&"))
                    || (depth > 0 && (c == UInt8(ascii: ":") || c == UInt8(ascii: "/") || c == UInt8(ascii: ","))) else { return nil }
            i += 1
        }
        guard i < end, b[i] == UInt8(ascii: ":") || isFullWidthColon(b, i, end), depth == 0 else { return nil }
        var nameEnd = i
        let fullWidth = b[i] != UInt8(ascii: ":")
        i += fullWidth ? 3 : 1
        // `**Name:**` closes its emphasis after the colon.
        while i < end && (b[i] == UInt8(ascii: "*") || b[i] == UInt8(ascii: "_")) { i += 1 }
        // A colon in a URL or a time is not a label; Chinese runs on after its own colon.
        guard fullWidth || i == end || b[i] == 0x20 || b[i] == 0x09 || Bytes.whitespaceLength(b, i, end) > 0 else { return nil }
        Bytes.skipWhitespace(b, &i, end)
        // `**Name:** [00:01:02] text`, `Jane Doe: 00:01:02 text`: the time after the colon is
        // the label's too (bare only as a recording's time, `00:01:02` or `04:12`, never `3:15`).
        if time == nil, i < end, b[i] == UInt8(ascii: "[") || b[i] == UInt8(ascii: "(") || recordingTime(b, i, end)
            || (i + 1 < end && (b[i] == UInt8(ascii: "*") || b[i] == UInt8(ascii: "_"))),
           let stamp = leadingTimestamp(b, &i, end) {
            time = stamp
            Bytes.skipWhitespace(b, &i, end)
        }
        while nameEnd > nameStart {
            if b[nameEnd - 1] == 0x20 || b[nameEnd - 1] == UInt8(ascii: "*") || b[nameEnd - 1] == UInt8(ascii: "_") {
                nameEnd -= 1
            } else if nameEnd - nameStart >= 2 && b[nameEnd - 2] == 0xC2 && b[nameEnd - 1] == 0xA0 {
                nameEnd -= 2   // `Emmanuel Macron : …`, French typography's no-break space before the colon
            } else if nameEnd - nameStart >= 3 && b[nameEnd - 3] == 0xE2 && b[nameEnd - 2] == 0x80 && b[nameEnd - 1] == 0xAF {
                nameEnd -= 3   // (or its narrow no-break space)
            } else {
                break
            }
        }
        guard nameEnd > nameStart else { return nil }
        var name = String(decoding: UnsafeBufferPointer(rebasing: b[nameStart..<nameEnd]), as: UTF8.self)
        var described = false
        if let comma {
            let person = String(decoding: UnsafeBufferPointer(rebasing: b[nameStart..<(nameStart + comma)]), as: UTF8.self)
            let what = String(decoding: UnsafeBufferPointer(rebasing: b[(nameStart + comma + 1)..<nameEnd]), as: UTF8.self)
            guard isDescriptor(what.trimming(" "), of: person) else { return nil }
            name = person.trimming(" ")
            // `Official Spokesperson, Shri Randhir Jaiswal:`: the job first, the titled name after it.
            // (`ROSA IMBERT, MAYOR OF NORTHPORT:` is the name first: a title `of` a place is a job.)
            let after = what.trimming(" ")
            if let first = after.split(separator: " ").first, after.contains(" "),
               !after.split(separator: " ").contains(where: { descriptorLinks.contains($0.lowercased()) }),
               NameShape.titles.contains(String(first.trimmingPunctuation.uppercased())),
               !NameShape.titles.contains(String(name.split(separator: " ").first.map { $0.trimmingPunctuation.uppercased() } ?? "")) {
                name = after
            }
            described = true
        }

        // A parenthesised part is a timestamp or, after `Q`, the asking journalist; a member of
        // parliament carries two (`Jane Smith (Leith North) (Lab)`).
        var aside: String?
        // `Jane Doe [00:01:02]:` as well.
        // (The chair's own inside it: `The Chair (Mr. René Arseneault (Madawaska—Restigouche, Lib.)):`.)
        while let last = name.utf8.last, last == UInt8(ascii: ")") || last == UInt8(ascii: "]"),
              let open = matchingOpen(name, closing: last == UInt8(ascii: ")") ? ")" : "]") {
            let inner = name[name.index(after: open)..<name.index(before: name.endIndex)]
                .trimming(" ")
            name = String(name[..<open]).trimming(" ")
            if isTimestamp(inner) { time = time ?? inner } else { aside = aside ?? inner }
        }
        guard let shape = shapes.shape(name), !shape.isFurniture else {
            // `**Research Director of the Club, moderator Fyodor Lukyanov:**`: a first use with a
            // full title, believed only if it ends with a name used as a label elsewhere.
            guard styled, name.first?.isUppercase == true, name.contains(" ") else { return nil }
            let key = name.split(separator: " ").map { $0.trimmingPunctuation.uppercased() }.joined(separator: " ")
            return SpeakerLabel(name: name, key: key, bodyOffset: i, form: .colon, time: time, genericRole: nil,
                                hasTitle: false, isAllCaps: false, isStyled: true, isTitledFirstUse: true)
        }
        let role = shape.genericRole
        var key = shape.key
        // `Question (Priya Das, WION):` names the reporter, then the outlet.
        if role == .interviewer, let asker = aside.map({ String($0.prefix { $0 != "," }) }), let askerShape = shapes.shape(asker) {
            name = asker
            key = askerShape.key
        }
        return SpeakerLabel(name: name, key: key, bodyOffset: i, form: .colon, time: time, genericRole: role,
                            hasTitle: shape.hasTitle || described || aside.map(isAffiliation) == true, isAllCaps: shape.isAllCaps, isStyled: styled)
    }

    /// Where the bracket that closes `name` opens, counting the brackets nested in it.
    private static func matchingOpen(_ name: String, closing: Character) -> String.Index? {
        let opening: Character = closing == ")" ? "(" : "["
        var depth = 0
        var index = name.endIndex
        while index > name.startIndex {
            index = name.index(before: index)
            if name[index] == closing { depth += 1 } else if name[index] == opening {
                depth -= 1
                if depth == 0 { return index }
            }
        }
        return nil
    }

    /// What follows the comma in `WOLF BLITZER, CNN ANCHOR:` or `Ana Ruiz, Byline:`: a job
    /// or an affiliation, written in the case of the name, never a clause (`Well, I think:`).
    static func isDescriptor(_ what: String, of person: String) -> Bool {
        let words = what.split(separator: " ")
        guard (1...8).contains(words.count), what.utf8.count <= maxDescriptorBytes else { return false }
        if !person.contains(where: \.isLowercase) && person.contains(where: \.isLetter) {
            return !what.contains(where: \.isLowercase)
        }
        // In mixed case, a full name and a capitalised title (`Professor of History`).
        guard person.split(separator: " ").count >= 2 else { return false }
        return words.allSatisfy { word in
            word.first.map { $0.isUppercase || $0.isNumber } == true || descriptorLinks.contains(word.lowercased())
        }
    }

    static let descriptorLinks: Set<String> = ["of", "the", "at", "and", "for", "in", "on", "to", "de", "du", "von"]

    /// `(Lab)`, `(D-OH)`, `(Leith North)`: a party or a seat after a name, short and capitalised.
    static func isAffiliation(_ inner: String) -> Bool {
        let words = inner.split(separator: " ")
        return (1...4).contains(words.count) && words.allSatisfy { $0.first?.isUppercase == true }
    }

    /// Parliamentary questions are numbered before the member's name: `Q1. [900001] Jane Smith (Lab):`.
    /// A select committee's evidence numbers them without the stop: `Q45 Chair:`.
    @discardableResult
    private static func skipQuestionNumber(_ b: UnsafeBufferPointer<UInt8>, _ i: inout Int, _ end: Int) -> Bool {
        var j = i
        guard j + 3 < end, b[j] == UInt8(ascii: "Q"), Bytes.isDigit(b[j + 1]) else { return false }
        j += 1
        while j < end && Bytes.isDigit(b[j]) { j += 1 }
        if j + 1 < end, b[j] == UInt8(ascii: "."), b[j + 1] == 0x20 { j += 2 }
        else if j < end, b[j] == 0x20 { j += 1 }
        else { return false }
        if j < end && b[j] == UInt8(ascii: "[") {
            var k = j + 1
            while k < end && Bytes.isDigit(b[k]) { k += 1 }
            if k < end && k > j + 1 && b[k] == UInt8(ascii: "]") { j = k + 1 }
        }
        Bytes.skipWhitespace(b, &j, end)
        i = j
        return true
    }

    /// Whether `b[range]` holds a byte that `word` marks (eight at a time, `EightBytes`) or that
    /// `byte` accepts (the bytes left over): a look before a probe that can succeed only at such
    /// a byte.
    @inline(__always)
    private static func holds(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, word: (UInt64) -> UInt64,
                              byte: (UInt8) -> Bool) -> Bool {
        var i = range.lowerBound
        while i + 8 <= range.upperBound {
            if word(EightBytes.load(b, i)) != 0 { return true }
            i += 8
        }
        while i < range.upperBound {
            if byte(b[i]) { return true }
            i += 1
        }
        return false
    }

    /// The bytes at which the unstyled scan for a colon can find a label: a colon, the first byte
    /// of a full-width one, a tab, or the bracket of a time after the name.
    private static func nameEnds(_ x: UInt64) -> UInt64 {
        EightBytes.equal(x, UInt8(ascii: ":")) | EightBytes.equal(x, 0xEF) | EightBytes.equal(x, 0x09)
            | EightBytes.equal(x, UInt8(ascii: "[")) | EightBytes.equal(x, UInt8(ascii: "("))
    }

    private static func nameEnds(_ c: UInt8) -> Bool {
        c == UInt8(ascii: ":") || c == 0xEF || c == 0x09 || c == UInt8(ascii: "[") || c == UInt8(ascii: "(")
    }

    /// `：` (U+FF1A), the colon of Chinese and Japanese text, also after Latin names.
    private static func isFullWidthColon(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
        i + 2 < end && b[i] == 0xEF && b[i + 1] == 0xBC && b[i + 2] == 0x9A
    }

    private static func isNameStart(_ c: UInt8) -> Bool {
        (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c >= 0xC0
    }

    private static func isNameByte(_ c: UInt8) -> Bool {
        (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) || c >= 0x80
            || c == 0x20 || c == UInt8(ascii: ".") || c == UInt8(ascii: "-") || c == UInt8(ascii: "'")
            || c == UInt8(ascii: "(") || c == UInt8(ascii: ")") || c == UInt8(ascii: "*") || c == UInt8(ascii: "_")
            // `SENIOR ADMINISTRATION OFFICIAL #1:`, a background call's numbered officials.
            || c == UInt8(ascii: "#")
    }

    /// `Q.`/`A.` followed by a space; a bare `Q` followed by any blank run (White House
    /// transcripts write `Q` and no-break spaces, or one space); a bare `A` only after a
    /// tab, two blanks or a no-break space, since `A lot…` opens sentences.
    private static func questionAnswerMarker(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int)
        -> (letter: String, body: Int, form: Form)? {
        let c = b[i]
        guard c == UInt8(ascii: "Q") || c == UInt8(ascii: "A"), i + 1 < end else { return nil }
        let letter = c == UInt8(ascii: "Q") ? "Q" : "A"
        var j = i + 1
        // `Q.` alone on its line, the question below (an oral history typed up).
        if b[j] == UInt8(ascii: "."), j + 1 == end || (j + 1 < end && b[(j + 1)..<end].allSatisfy { $0 == 0x20 || $0 == 0x09 }) {
            return (letter, end, .dotted)
        }
        if b[j] == UInt8(ascii: ".") && j + 1 < end && b[j + 1] == 0x20 {
            j += 1
            Bytes.skipWhitespace(b, &j, end)
            return (letter, j, .dotted)
        }
        let first = Bytes.whitespaceLength(b, j, end)
        guard first > 0 else { return nil }
        let deliberate = b[j] == 0x09 || first > 1 || (j + 1 < end && Bytes.whitespaceLength(b, j + 1, end) > 0)
        guard letter == "Q" || deliberate else { return nil }
        Bytes.skipWhitespace(b, &j, end)
        // `Q (FENZI):` names the asker: the colon form reads it.
        guard j < end, b[j] != UInt8(ascii: ":") else { return nil }
        if b[j] == UInt8(ascii: "("), let close = b[j..<min(end, j + 40)].firstIndex(of: UInt8(ascii: ")")),
           close + 1 < end, b[close + 1] == UInt8(ascii: ":") { return nil }
        return (letter, j, .spaced)
    }

    /// `[Speaker 1] [00:24] text`: a bracketed name, an optional time, the text.
    private static func bracketed(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int, time: String?,
                                  shapes: inout NameShape.Cache) -> SpeakerLabel? {
        var j = i + 1
        while j < end && j - i <= maxNameBytes && b[j] != UInt8(ascii: "]") {
            guard isNameByte(b[j]), b[j] != UInt8(ascii: "("), b[j] != UInt8(ascii: ")") else { return nil }
            j += 1
        }
        guard j < end, b[j] == UInt8(ascii: "]"), j + 1 < end else { return nil }
        // `[Jane Roe]: text` closes the bracket with a colon too.
        let colon = b[j + 1] == UInt8(ascii: ":") ? 1 : 0
        guard Bytes.whitespaceLength(b, j + 1 + colon, end) > 0 else { return nil }
        var body = j + 1 + colon
        Bytes.skipWhitespace(b, &body, end)
        let stamp = leadingTimestamp(b, &body, end)
        Bytes.skipWhitespace(b, &body, end)
        guard var label = closedLabel(b, (i + 1)..<j, body: body, end: end, time: stamp ?? time, shapes: &shapes) else { return nil }
        label.isStyled = false
        return label
    }

    /// `JANE ROE - By accident.` or `Jane Roe — By accident.`: a name closed by a spaced dash.
    /// A label without a colon, so it counts only when it recurs.
    private static func nameThenDash(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int, time: String?,
                                     shapes: inout NameShape.Cache) -> SpeakerLabel? {
        var j = i
        while j < end && j - i <= maxNameBytes {
            if b[j] == 0x20 {
                guard let k = spacedDash(b, j, end) else { j += 1; continue }
                guard j > i else { return nil }
                var body = k
                Bytes.skipWhitespace(b, &body, end)
                guard body < end else { return nil }
                var last = end
                while last > body && Bytes.whitespaceLength(b, last - 1, end) > 0 { last -= 1 }
                let rest = String(decoding: UnsafeBufferPointer(rebasing: b[body..<last]), as: UTF8.self)
                // `Lee Chan - 00:00:04` alone on its line: the time is the label's, the words below.
                let stampAlone = last - body <= 12 && isTimestamp(Substring(rest))
                // `Raj Mehta -- Harbor Securities -- Analyst` alone on its line (an earnings call as
                // published): who the speaker is, the words below.
                let person = String(decoding: UnsafeBufferPointer(rebasing: b[i..<j]), as: UTF8.self)
                let described = !stampAlone && isDescriptor(withoutDashes(rest), of: person)
                guard var label = closedLabel(b, i..<j, body: stampAlone || described ? end : body, end: end,
                                              time: stampAlone ? rest : time, shapes: &shapes) else { return nil }
                if stampAlone { label.time = label.time ?? rest }
                if described {
                    label.standsAlone = true
                    label.hasTitle = true
                }
                // Speech breaks off with dashes too (`Folks — `, `I — look`): a full name, or a
                // name in capitals, only.
                let letters = label.name.filter(\.isLetter).count
                guard label.isAllCaps ? letters >= 3 : label.name.contains(" ") else { return nil }
                return label
            }
            guard isNameByte(b[j]), b[j] != UInt8(ascii: "("), b[j] != UInt8(ascii: "*") else { return nil }
            j += 1
        }
        return nil
    }

    /// The end of ` - `, ` -- `, ` – ` (E2 80 93) or ` — ` (E2 80 94) whose blank before is at `j`;
    /// or of a page's separating dot, ` · ` (C2 B7) or ` • ` (E2 80 A2: `Ben Okafor · 00:00:14`).
    private static func spacedDash(_ b: UnsafeBufferPointer<UInt8>, _ j: Int, _ end: Int) -> Int? {
        var k = j + 1
        if k < end && b[k] == UInt8(ascii: "-") {
            k += 1
            if k < end && b[k] == UInt8(ascii: "-") { k += 1 }
        } else if k + 2 < end && b[k] == 0xE2 && b[k + 1] == 0x80 && (b[k + 2] == 0x93 || b[k + 2] == 0x94 || b[k + 2] == 0xA2) {
            k += 3
        } else if k + 1 < end && b[k] == 0xC2 && b[k + 1] == 0xB7 {
            k += 2
        } else {
            return nil
        }
        return k < end && b[k] == 0x20 ? k : nil
    }

    /// `Harbor Securities -- Analyst` as the words of one description.
    private static func withoutDashes(_ text: String) -> String {
        text.split(separator: " ").filter { !["-", "--", "\u{2013}", "\u{2014}"].contains($0) }.joined(separator: " ")
    }

    /// A name closed by its emphasis or bracket rather than a colon.
    private static func closedLabel(_ b: UnsafeBufferPointer<UInt8>, _ name: Range<Int>, body: Int, end: Int, time: String?,
                                    shapes: inout NameShape.Cache) -> SpeakerLabel? {
        let text = String(decoding: UnsafeBufferPointer(rebasing: b[name]), as: UTF8.self)
        guard !(b[name.lowerBound] >= 0x30 && b[name.lowerBound] <= 0x39 && isTimestamp(Substring(text))), let shape = shapes.shape(text), !shape.isFurniture else { return nil }
        // `**Name** [00:01:02] text` or `**Name** (00:12): text`: the time belongs to the label.
        var body = body
        var time = time
        // `[Jane Doe] 10:05:44` alone on its line (a meeting's saved transcript), or with a mark
        // before the time as there may be before a name (`**Nora Blake** | 00:01:37`,
        // `**Nora Blake** — 00:01:37`), or the time in italics (`**Nora Blake** *00:01:37*`):
        // the words are below.
        if body < end, end - body <= 24, let rest = timeAlone(b, body, end) {
            time = time ?? rest
            body = end
        }
        if body < end {
            var j = body
            if let stamp = leadingTimestamp(b, &j, end) {
                if j < end && b[j] == UInt8(ascii: ":") { j += 1 }
                Bytes.skipWhitespace(b, &j, end)
                time = time ?? stamp
                body = j
            }
        }
        return SpeakerLabel(name: text, key: shape.key, bodyOffset: body, form: .closed, time: time,
                            genericRole: shape.genericRole, hasTitle: shape.hasTitle,
                            isAllCaps: shape.isAllCaps, isStyled: true)
    }

    /// A time and nothing else from `start` to the line's end: bare or in italics, after a
    /// mark (`|`, `-`, `–`, `—`, `·`, `•`) or not. Not in brackets, which `leadingTimestamp` reads.
    private static func timeAlone(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String? {
        var i = start
        for mark in timeMarks where end - i > mark.count && b[i..<(i + mark.count)].elementsEqual(mark) && b[i + mark.count] == 0x20 {
            i += mark.count
            break
        }
        var j = end
        while i < j && (b[i] == 0x20 || b[i] == 0x09) { i += 1 }
        while j > i && (b[j - 1] == 0x20 || b[j - 1] == 0x09) { j -= 1 }
        while i < j, b[i] == UInt8(ascii: "*") || b[i] == UInt8(ascii: "_"), b[j - 1] == b[i] { i += 1; j -= 1 }
        guard i < j, Bytes.isDigit(b[i]) else { return nil }
        let rest = String(decoding: UnsafeBufferPointer(rebasing: b[i..<j]), as: UTF8.self)
        return isTimestamp(rest) ? rest : nil
    }

    private static let timeMarks: [[UInt8]] = ["|", "-", "\u{2013}", "\u{2014}", "\u{B7}", "\u{2022}"].map { Array($0.utf8) }

    /// `Senator Warren. Thank you.`, `Mr. Powell. We have…`, `The Chairman. The committee…`:
    /// the congressional hearing style, a title and a name closed by a full stop.
    private static func titledWithFullStop(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int, time: String?,
                                           shapes: inout NameShape.Cache) -> SpeakerLabel? {
        // Bytes first, so that prose (nearly every line) costs no allocation: capitalised words
        // up to a full stop and a blank, within a name's length.
        var j = i
        var words = 0
        var wordStart = i
        let limit = min(end, i + maxNameBytes)
        var stop: Int?
        while j < limit {
            let c = b[j]
            if j == wordStart {
                guard isNameStart(c), c < 0x61 || c > 0x7A else { return nil }   // capitalised
                words += 1
            }
            if c == 0x20 { wordStart = j + 1 } else if c == UInt8(ascii: ".") {
                guard j + 1 < end, Bytes.whitespaceLength(b, j + 1, end) > 0 else { return nil }
                // `Mr.`, `Dr.`, `Sen.`: an abbreviated title, the name goes on.
                if words == 1 && j - wordStart <= 3 { j += 2; wordStart = j; continue }
                stop = j
                break
            } else if !isNameByte(c) || c == UInt8(ascii: "(") || c == UInt8(ascii: "*") {
                return nil
            }
            j += 1
        }
        guard let stop, words >= 2 else { return nil }
        let first = String(decoding: UnsafeBufferPointer(rebasing: b[i..<(b[i..<stop].firstIndex { $0 == 0x20 || $0 == UInt8(ascii: ".") } ?? stop)]),
                           as: UTF8.self).uppercased()
        // `CHAIR POWELL.`, `MICHELLE SMITH.` (a press conference as the Federal Reserve prints
        // it): a name in capitals needs no title; it is believed only if it recurs.
        let inCapitals = words <= 4 && !b[i..<stop].contains { $0 >= 0x61 && $0 <= 0x7A }
        guard NameShape.titles.contains(first) || first == "THE" || inCapitals else { return nil }
        var body = stop + 1
        Bytes.skipWhitespace(b, &body, end)
        guard var label = closedLabel(b, i..<stop, body: body, end: end, time: time, shapes: &shapes) else { return nil }
        label.isStyled = false
        return label
    }

    /// `Ana Ruiz  0:03` alone on its line, the text below: otter.ai's export.
    private static func nameThenTime(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int,
                                     shapes: inout NameShape.Cache) -> SpeakerLabel? {
        var last = end
        while last > i && Bytes.whitespaceLength(b, last - 1, end) > 0 { last -= 1 }
        var stampStart = last
        while stampStart > i && (b[stampStart - 1] == UInt8(ascii: ":") || (b[stampStart - 1] >= 0x30 && b[stampStart - 1] <= 0x39)) {
            stampStart -= 1
        }
        guard stampStart < last, stampStart > i, b[stampStart - 1] == 0x20 else { return nil }
        let stamp = String(decoding: UnsafeBufferPointer(rebasing: b[stampStart..<last]), as: UTF8.self)
        guard isTimestamp(Substring(stamp)) else { return nil }
        var nameEnd = stampStart
        while nameEnd > i && b[nameEnd - 1] == 0x20 { nameEnd -= 1 }
        // (`ORTEGA: Priya Nair  4:46` is Ortega's label and words, not a name and its time.)
        guard nameEnd > i, !b[i..<nameEnd].contains(UInt8(ascii: ":")), var label = closedLabel(b, i..<nameEnd, body: end, end: end, time: stamp, shapes: &shapes) else { return nil }
        label.isStyled = false
        return label
    }

    /// `JANE ROE` or `Jane Smith (00:00:05)` alone on its line. A one-word name must be in
    /// capitals: `Okay` or `Thanks` alone on a line is speech.
    private static func nameAlone(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int, time: String?,
                                  shapes: inout NameShape.Cache) -> SpeakerLabel? {
        var last = end
        while last > i {
            if Bytes.whitespaceLength(b, last - 1, end) > 0 { last -= 1 }
            else if last - i >= 2 && b[last - 2] == 0xC2 && b[last - 1] == 0xA0 { last -= 2 }   // no-break space
            else { break }
        }
        guard last > i else { return nil }
        guard last - i <= maxNameBytes else {
            return b[last - 1] == UInt8(ascii: ")") && last - i <= 160 ? parliamentary(b, i, last, shapes: &shapes) : nil
        }
        var stamp = time
        if b[last - 1] == UInt8(ascii: ")") || b[last - 1] == UInt8(ascii: "]") {
            let opener = b[last - 1] == UInt8(ascii: ")") ? UInt8(ascii: "(") : UInt8(ascii: "[")
            var open = last - 1
            while open > i && b[open] != opener { open -= 1 }
            guard open > i, b[open] == opener else { return nil }
            let inner = String(decoding: UnsafeBufferPointer(rebasing: b[(open + 1)..<(last - 1)]), as: UTF8.self)
            guard isTimestamp(Substring(inner)) else {
                return opener == UInt8(ascii: "(") ? parliamentary(b, i, last, shapes: &shapes) : nil
            }
            stamp = stamp ?? inner
            last = open
            while last > i && b[last - 1] == 0x20 { last -= 1 }
        }
        if stamp == nil, let label = lowerCaseName(b, i..<last) { return label }
        // `Speaker 2` as exports number the voices they could not name.
        let numbered = Bytes.isDigit(b[last - 1]) && b[i..<last].contains(0x20)
        // (`记者：这个项目…` holds a full-width colon: a label and its words, not a name alone.)
        guard last > i, isNameStart(b[last - 1]) || b[last - 1] >= 0x80 || numbered,
              UnsafeBufferPointer(rebasing: b[i..<last]).allSatisfy({ isNameByte($0) && $0 != UInt8(ascii: "(") && $0 != UInt8(ascii: ")") }),
              !(i..<last).contains(where: { isFullWidthColon(b, $0, last) }),
              var label = closedLabel(b, i..<last, body: end, end: end, time: stamp, shapes: &shapes),
              label.name.contains(" ") || (label.isAllCaps && label.name.count >= 2)
                || (label.genericRole != nil && label.name.count >= 3) else { return nil }   // `Operator` above its words
        label.isStyled = false
        label.standsAlone = true
        return label
    }

    /// A member as a parliament's record names them above their words: `Alice Barton (Wakefield
    /// North) (Lab)`, the seat and party after the name; or an office and the holder's name after
    /// it, `The Minister of State, Department for Transport (Tom Ellery)`. Later turns name them
    /// alone (`Tom Ellery`), so the label is the person's name either way.
    private static func parliamentary(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ last: Int,
                                      shapes: inout NameShape.Cache) -> SpeakerLabel? {
        var groups: [Range<Int>] = []   // the parentheses' insides, from the right
        var j = last
        while j > i, b[j - 1] == UInt8(ascii: ")"), groups.count < 3 {
            var open = j - 1
            while open > i && b[open] != UInt8(ascii: "(") { open -= 1 }
            guard open > i, b[open] == UInt8(ascii: "(") else { return nil }
            groups.append((open + 1)..<(j - 1))
            j = open
            while j > i && b[j - 1] == 0x20 { j -= 1 }
        }
        // (`Jen Luker: Yeah (laughs)` is a label and words; the line's words hold no colon or question.)
        guard j > i, let holder = groups.first, !b[i..<j].contains(where: { $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "!") }),
              groups.allSatisfy({ range in range.count <= 48 && !b[range].contains(where: Bytes.isDigit) }) else { return nil }
        let before = String(decoding: UnsafeBufferPointer(rebasing: b[i..<j]), as: UTF8.self)
        let words = before.split(separator: " ")
        var label: SpeakerLabel?
        if groups.count == 1, words.count <= 12, before.contains(",") || words.first == "The"
            || words.contains(where: { NameShape.titles.contains($0.trimmingPunctuation.uppercased()) }) {
            // An office, then who holds it.
            label = closedLabel(b, holder, body: last, end: last, time: nil, shapes: &shapes)
            label?.hasTitle = true
        }
        if label == nil, !before.contains(","), j - i <= maxNameBytes {
            // The seat and party say who the speaker is, as a title does.
            label = closedLabel(b, i..<j, body: last, end: last, time: nil, shapes: &shapes)
            label?.hasTitle = true
        }
        guard var found = label, found.name.contains(" "), found.genericRole == nil else { return nil }
        found.bodyOffset = last
        found.isStyled = false
        found.standsAlone = true
        return found
    }

    /// `michael barbaro` alone on its line, the words below: a newspaper's podcast transcripts
    /// set names in lower case. Two or three words of lower-case letters, none a word that
    /// speech uses (`thank you`, `oh well`); believed only as names alone are, recurring.
    private static func lowerCaseName(_ b: UnsafeBufferPointer<UInt8>, _ name: Range<Int>) -> SpeakerLabel? {
        guard name.count >= 5, name.count <= 32, b[name.lowerBound] >= 0x61 && b[name.lowerBound] <= 0x7A else { return nil }
        var words = 1
        for k in name {
            let c = b[k]
            if c == 0x20 {
                guard b[k - 1] != 0x20 else { return nil }
                words += 1
            } else if !(c >= 0x61 && c <= 0x7A) && c != UInt8(ascii: "-") && c != UInt8(ascii: "'") {
                return nil
            }
        }
        guard (2...3).contains(words) else { return nil }
        let parts = String(decoding: UnsafeBufferPointer(rebasing: b[name]), as: UTF8.self).split(separator: " ")
        guard parts.allSatisfy({ $0.count >= 2 && !speechWords.contains(String($0)) }) else { return nil }
        let shown = parts.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
        var label = SpeakerLabel(name: shown, key: shown.uppercased(), bodyOffset: name.upperBound, form: .closed, time: nil,
                                 genericRole: nil, hasTitle: false, isAllCaps: false, isStyled: false)
        label.standsAlone = true
        return label
    }

    /// Words that two- or three-word lines of speech are made of, never a name's.
    private static let speechWords: Set<String> = [
        "the", "and", "or", "of", "to", "in", "on", "at", "for", "with", "you", "we", "it", "is", "was", "are", "yes", "no",
        "not", "okay", "ok", "thank", "thanks", "oh", "yeah", "so", "well", "right", "good", "very", "much", "that",
        "this", "what", "how", "why", "all", "my", "me", "your", "our", "too", "just", "now", "here", "there", "see",
        "go", "got", "get", "let", "let's", "i'm", "it's", "that's", "don't", "music", "laughter", "applause", "end",
    ]

    /// `- speaker: Name` (or `speaker: Name`) in a transcript kept as YAML; its text follows
    /// on the next lines.
    private static func yamlSpeaker(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int,
                                    shapes: inout NameShape.Cache) -> SpeakerLabel? {
        // (The first byte first: every line comes here, and few open with an `s`.)
        guard i < end, b[i] == UInt8(ascii: "s") else { return nil }
        let key = yamlKey
        guard end - i > key.count, UnsafeBufferPointer(rebasing: b[i..<(i + key.count)]).elementsEqual(key) else { return nil }
        var j = i + key.count
        Bytes.skipWhitespace(b, &j, end)
        var last = end
        while last > j && Bytes.whitespaceLength(b, last - 1, end) > 0 { last -= 1 }
        guard last > j, var label = closedLabel(b, j..<last, body: end, end: end, time: nil, shapes: &shapes) else { return nil }
        label.form = .colon
        label.isStyled = false
        return label
    }

    private static let yamlKey = Array("speaker:".utf8)

    /// `[(00:00:03)](https://…&t=3)` or `[00:00:03](…)`: a page's time, linked to that moment of
    /// the recording (before a name, or inside the words: `InlineTimes`). The time, and where the
    /// link ends.
    static func linkedTimestamp(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> (String, Int)? {
        guard i + 5 < end, b[i] == UInt8(ascii: "["), b[i + 1] == UInt8(ascii: "(") || Bytes.isDigit(b[i + 1]) else { return nil }
        var j = i + 1
        let parenthesised = b[j] == UInt8(ascii: "(")
        if parenthesised { j += 1 }
        let start = j
        while j < end && (Bytes.isDigit(b[j]) || b[j] == UInt8(ascii: ":") || b[j] == UInt8(ascii: ".")) { j += 1 }
        let stampEnd = j
        if parenthesised {
            guard j < end, b[j] == UInt8(ascii: ")") else { return nil }
            j += 1
        }
        guard stampEnd - start >= 3, j + 1 < end, b[j] == UInt8(ascii: "]"), b[j + 1] == UInt8(ascii: "(") else { return nil }
        j += 2
        while j < end && b[j] != UInt8(ascii: ")") && b[j] != 0x20 { j += 1 }
        guard j < end, b[j] == UInt8(ascii: ")") else { return nil }
        j += 1
        guard j == end || b[j] == 0x20 || b[j] == 0x09 else { return nil }
        let stamp = String(decoding: UnsafeBufferPointer(rebasing: b[start..<stampEnd]), as: UTF8.self)
        return isTimestamp(Substring(stamp)) ? (stamp, j) : nil
    }

    /// `[00:12:31]`, `(00:12:31)` or a bare `00:12:31` before a name.
    private static func leadingTimestamp(_ b: UnsafeBufferPointer<UInt8>, _ i: inout Int, _ end: Int) -> String? {
        if let (stamp, after) = linkedTimestamp(b, i, end) {
            i = after
            return stamp
        }
        var j = i
        // `*(00:00:17)*`: a time set in italics, its marks closed after it.
        let emphasis = Bytes.openEmphasis(b, &j, end)
        let bracket = j < end && (b[j] == UInt8(ascii: "[") || b[j] == UInt8(ascii: "("))
        if bracket { j += 1 }
        let start = j
        while j < end && ((b[j] >= 0x30 && b[j] <= 0x39) || b[j] == UInt8(ascii: ":") || b[j] == UInt8(ascii: ".")
                          || b[j] == UInt8(ascii: ",")) { j += 1 }
        guard j - start >= 3 else { return nil }
        let stamp = String(decoding: UnsafeBufferPointer(rebasing: b[start..<j]), as: UTF8.self)
        guard isTimestamp(Substring(stamp)) else { return nil }
        if bracket {
            // `[00:00:00.000 --> 00:00:04.500]` (Whisper's output) or `[00:01 - 00:05]`: the start
            // stands for the span.
            if j < end && b[j] == 0x20 {
                var k = j + 1
                while k < end && (b[k] == UInt8(ascii: "-") || b[k] == UInt8(ascii: ">")) && k - j <= 3 { k += 1 }
                if k > j + 1, k < end, b[k] == 0x20 {
                    var close = k + 1
                    while close < end && (Bytes.isDigit(b[close]) || b[close] == UInt8(ascii: ":") || b[close] == UInt8(ascii: ".")
                                          || b[close] == UInt8(ascii: ",")) { close += 1 }
                    if close > k + 1, isTimestamp(String(decoding: UnsafeBufferPointer(rebasing: b[(k + 1)..<close]), as: UTF8.self)) {
                        j = close
                    }
                }
            }
            guard j < end, b[j] == UInt8(ascii: "]") || b[j] == UInt8(ascii: ")") else { return nil }
            j += 1
        }
        guard Bytes.closeEmphasis(emphasis, b, &j, end) else { return nil }
        // `(00:12): text` after a name closes its stamp with a colon; `**Name** [01:02]` may end
        // its line, the words below.
        guard (bracket && j == end) || (j < end && (b[j] == 0x20 || b[j] == 0x09 || (bracket && b[j] == UInt8(ascii: ":")))) else { return nil }
        i = j
        return stamp
    }

    /// A bare time at `i` that reads as a recording's (`00:01:02`, `04:12`), not a clock's (`3:15`).
    private static func recordingTime(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
        guard i + 4 < end, Bytes.isDigit(b[i]), Bytes.isDigit(b[i + 1]), b[i + 2] == UInt8(ascii: ":") else { return false }
        return b[i] == UInt8(ascii: "0") || (i + 7 < end && b[i + 5] == UInt8(ascii: ":"))
    }

    static func isTimestamp<S: StringProtocol>(_ s: S) -> Bool {
        // Two or three parts between colons, each one to six of digits, `.` and `,`, or a
        // broadcast's time code with frames (`10:00:01:15`, four pairs of digits); read as bytes
        // (this runs on every line that opens with a digit).
        var parts = 1, length = 0, pairs = true
        for c in s.utf8 {
            if c == UInt8(ascii: ":") {
                guard length > 0, parts < 4 else { return false }
                pairs = pairs && length == 2
                parts += 1
                length = 0
            } else if Bytes.isDigit(c) || c == UInt8(ascii: ".") || c == UInt8(ascii: ",") {
                length += 1
                guard length <= 6 else { return false }
            } else {
                return false
            }
        }
        return parts >= 2 && length > 0 && (parts < 4 || (pairs && length == 2 && s.utf8.count == 11))
    }
}
