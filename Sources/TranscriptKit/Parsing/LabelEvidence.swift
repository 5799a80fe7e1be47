/// Decides which label shapes really name speakers, from evidence across the document.
///
/// A label is believed when it is generic (`Q:`, `Host:`), recurs, carries a title
/// (`SECRETARY BLINKEN:`), or matches the typography of labels already believed (an
/// all-caps or bold one-off in a press briefing). A one-off `Exclusive:` in a headline
/// or `Merkel and Putin:` in a caption is not believed.
enum LabelEvidence {
    /// A titled first use takes the name of the label it ends with (`… Armin Wolf` is
    /// `Armin Wolf`); one that ends with no known label stays unbelieved.
    static func resolveTitles(_ paragraphs: inout [Paragraph]) {
        // Tallied by key number (`LabelKeys`): how often, where first, and the last paragraph
        // naming the key other than by a titled first use.
        var labelKeys = LabelKeys()
        var tally: [Int] = [], firstUses: [Int] = [], namedAt: [Int] = []
        var titledFirstUses = false
        for index in paragraphs.indices {
            guard let n = labelKeys.number(paragraphs[index]) else { continue }
            if n == tally.count { tally.append(0); firstUses.append(index); namedAt.append(-1) }
            tally[n] += 1
            if paragraphs[index].opening.unsafelyUnwrapped.label.unsafelyUnwrapped.isTitledFirstUse {
                titledFirstUses = true
            } else {
                namedAt[n] = index
            }
        }
        // Nothing to look at (see `candidate` below) unless a titled first use, or a key of more than one
        // word said once or twice: most documents stop here.
        guard titledFirstUses || tally.indices.contains(where: { tally[$0] <= 2 && labelKeys.keys[$0].contains(" ") }) else { return }
        var names: [String: String] = [:]
        var counts: [String: Int] = [:]
        var firstUse: [String: Int] = [:]
        for (n, key) in labelKeys.keys.enumerated() {
            counts[key] = tally[n]
            firstUse[key] = firstUses[n]
            if namedAt[n] >= 0 { names[key] = paragraphs[namedAt[n]].label?.name }
        }
        // Worth a look: titled first uses, and full names said once or twice beside a
        // recurring shorter form (`STEVE INSKEEP, HOST:` then `INSKEEP:` on every turn).
        // A byline (`By Hannah Price`) is no fuller form of the name that asks.
        func candidate(_ label: SpeakerLabel) -> Bool {
            label.isTitledFirstUse || (counts[label.key, default: 0] <= 2 && label.key.contains(" ") && label.genericRole == nil
                                       && !bylines.contains(where: label.key.hasPrefix))
        }
        guard paragraphs.contains(where: { $0.label.map(candidate) == true }) else { return }
        var fullNames: [String: String] = [:]
        for index in paragraphs.indices {
            guard let label = paragraphs[index].label, candidate(label) else { continue }
            let words = label.key.split(separator: " ")
            var tails = stride(from: min(4, words.count - 1), through: 1, by: -1).map { words.suffix($0).joined(separator: " ") }
            // `SEN. JANE DOE` is `SEN. DOE` too.
            if words.count > 2, NameShape.titles.contains(String(words[0])) { tails.insert("\(words[0]) \(words.last!)", at: 0) }
            for tail in tails {
                // The full form comes first and the short one is used at least as often.
                guard let name = names[tail], label.isTitledFirstUse
                        || (counts[tail, default: 0] >= counts[label.key, default: 0] && firstUse[label.key]! < firstUse[tail]!) else { continue }
                paragraphs[index].label?.key = tail
                // The full name is the one to show (`STEVE INSKEEP`, not `INSKEEP`); a long
                // title (`President of Russia Vladimir Putin`) is not.
                if !label.isTitledFirstUse && fullNames[tail] == nil { fullNames[tail] = label.name }
                paragraphs[index].label?.name = name
                paragraphs[index].label?.isTitledFirstUse = false
                paragraphs[index].label?.hasTitle = true
                break
            }
        }
        guard !fullNames.isEmpty else { return }
        for index in paragraphs.indices {
            if let key = paragraphs[index].label?.key, let full = fullNames[key] { paragraphs[index].label?.name = full }
        }
    }

    static let bylines = ["BY ", "FROM ", "WITH ", "AND ", "THE ", "FOR ", "TO ", "OF ", "ABOUT ", "PHOTO "]

    /// `Jane Doe`, `Dr. John Smith`: a name and nothing else (no sentence, no question).
    static func isBareName(_ text: String) -> Bool {
        guard let last = text.last, last.isLetter else { return false }
        return NameShape(text) != nil
    }

    /// `Jane Doe. Recorded at…`: a sentence that is only a name, then more.
    static func opensWithANameAlone(_ text: String) -> Bool {
        guard let stop = text.utf8.firstIndex(of: UInt8(ascii: ".")), text.utf8.distance(from: text.utf8.startIndex, to: stop) <= 40
        else { return false }
        let sentence = String(text[..<stop])
        return sentence.contains(" ") && isBareName(sentence)
    }

    static func accepted(_ paragraphs: [Paragraph], overrides: SpeakerOverrides = SpeakerOverrides()) -> [Bool] {
        var counts: [String: Int] = [:]
        var bareQ = 0, bareA = 0
        var recurringNames = 0
        var numberedQuestions = 0
        // The document's head ends where a label is first used the second time.
        var headEnd = Int.max
        // Counted by key number (`LabelKeys`), then put in the table by key.
        var labelKeys = LabelKeys()
        var tally: [Int] = []
        for i in paragraphs.indices {
            guard let n = labelKeys.number(paragraphs[i]) else { continue }
            if n == tally.count { tally.append(0) }
            tally[n] += 1
            // Read in place, not copied out: a million short turns have a million labels.
            let object = paragraphs[i].opening.unsafelyUnwrapped
            let label = object.label.unsafelyUnwrapped
            if tally[n] == 2 { headEnd = min(headEnd, paragraphs[i].firstLine) }
            if label.form.marksQuestionOrAnswer { if label.name == "Q" { bareQ += 1 } else { bareA += 1 } }
            // Names that recur in any form but Q's own (`MR. KIRBY:`, otter's `Jane Doe  0:54`).
            if !label.form.marksQuestionOrAnswer && tally[n] == 2 { recurringNames += 1 }
            if label.numbersItsQuestion { numberedQuestions += 1 }
        }
        for (n, key) in labelKeys.keys.enumerated() { counts[key] = tally[n] }
        /// How often the paragraph's label key is used (0: no label).
        func count(_ p: Paragraph) -> Int { labelKeys.number(p).map { tally[$0] } ?? 0 }
        var recurringAloneKeys: Set<Int> = []
        for i in paragraphs.indices {
            guard let object = paragraphs[i].opening, let n = labelKeys.number(object), tally[n] >= 2,
                  object.label.unsafelyUnwrapped.standsAlone else { continue }
            recurringAloneKeys.insert(n)
        }
        let recurringAlone = recurringAloneKeys.count
        // `INTERVIEWER` alone on its line, a blank line, then the question (a magazine's
        // interview as printed), or `Paul Okafor -- Chief Executive Officer` (an earnings call):
        // names alone may stand apart from their words when one of the recurring names is a
        // generic role or says who the speaker is; headings repeated in a report never do.
        let anchoredAlone = recurringAlone >= 2 && paragraphs.contains { p in
            p.label.map { $0.standsAlone && ($0.genericRole != nil || $0.hasTitle) && counts[$0.key, default: 0] >= 2 } == true
        }
        func textFollows(_ index: Int) -> Bool {
            guard index + 1 < paragraphs.count else { return false }
            let next = paragraphs[index + 1]
            return next.label == nil && (next.gapBefore == 0 || anchoredAlone) && !next.text.isEmpty && !next.isMarkup
                && !isRule(next.text)
        }
        // `Interviewer: Jane Doe` at the head of an oral history, before any label recurs,
        // names who asked; it says nothing. So does `Interviewer: Jane Doe. Recorded at…`,
        // the credit going on about the recording (a name then a comma is someone addressed).
        func credits(_ p: Paragraph) -> Bool {
            guard let label = p.label, label.form == .colon, label.genericRole != nil, p.firstLine < headEnd, p.words >= 2
            else { return false }
            return p.words <= 5 && isBareName(p.text) || count(p) == 1 && !p.asks && opensWithANameAlone(p.text)
        }
        func strong(_ index: Int) -> Bool {
            let p = paragraphs[index]
            guard p.hasLabel, let label = p.label else { return false }
            if p.labelIsCertain { return true }
            // `Q3 Caroline Lucas:` among other numbered questions: a member asking, named once.
            if label.numbersItsQuestion && numberedQuestions >= 2 && label.form == .colon { return true }
            switch label.form {
            case .dotted: return bareQ > 0 && bareA > 0
            // A bare `Q` asks of someone: answers labelled `A` or by name (`MR. KIRBY:`).
            case .spaced: return label.name == "Q" ? bareQ >= 2 && (bareA > 0 || recurringNames > 0) : bareQ > 0 && bareA >= 2
            // A name alone on its line, words right below it: one of two or more such names
            // that recur (a page header repeated on every page is one name, not a dialogue).
            // Said once, a titled one among them (`Liam Ford (Bradford South) (Lab)`, a member
            // who speaks once in a parliament's record) is someone too.
            case .closed where label.standsAlone:
                return (count(p) >= 2 || label.hasTitle) && recurringAlone >= 2 && textFollows(index)
                    && !readsAsAHeading(label.key)
            // `**Name**` or `[Name]` without a colon is a label only when it recurs.
            case .closed: return count(p) >= 2
            case .colon where label.isTitledFirstUse: return false
            // A research interview's `I:` or `R:` is a label when it recurs; one alone is a letter.
            case .colon where label.genericRole != nil && label.key.count == 1 && label.key != "Q" && label.key != "A":
                return count(p) >= 2
            case .colon where credits(p): return false
            case .colon: return label.genericRole != nil || count(p) >= 2 || label.hasTitle
            }
        }
        // Past the head, a label's verdict depends only on the label (shared by every paragraph
        // that opens alike) unless it stands alone above its words: the last few verdicts are
        // kept by label object, so a million short turns judge two labels, not a million.
        var accepted: [Bool] = []
        accepted.reserveCapacity(paragraphs.count)
        var recentVerdicts = IdentityRing<SharedLabel, Bool>()
        for index in paragraphs.indices {
            let object = paragraphs[index].opening
            let reusable = object?.hasLabel == true && !paragraphs[index].labelIsCertain && paragraphs[index].firstLine >= headEnd
            if reusable, let object, let verdict = recentVerdicts.value(for: object) {
                accepted.append(verdict)
                continue
            }
            let verdict = strong(index)
            accepted.append(verdict)
            if reusable, let object, object.label?.standsAlone == false { recentVerdicts.remember(object, verdict) }
        }
        if !overrides.isEmpty {
            for index in paragraphs.indices {
                guard let key = paragraphs[index].label?.key, let decision = overrides.decision(for: key) else { continue }
                accepted[index] = decision != .notASpeaker
            }
        }
        var capsStyle = 0, styled = 0, titledClosed = 0, timedClosed = 0, capsClosed = 0, styledClosed = 0, voices = 0
        var plainFullNames = [0, 0, 0, 0]
        let firstBelieved = accepted.firstIndex(of: true) ?? 0, lastBelieved = accepted.lastIndex(of: true) ?? 0
        // Tallied per label object first (paragraphs that open alike share one), then per label.
        var objects: [SharedLabel] = [], uses: [Int] = []
        var recentSlots = IdentityRing<SharedLabel, Int>()
        var slotOf: [ObjectIdentifier: Int] = [:]
        for index in paragraphs.indices where accepted[index] {
            guard let object = paragraphs[index].opening, object.hasLabel else { continue }
            if let slot = recentSlots.value(for: object) { uses[slot] += 1; continue }
            let slot = slotOf[ObjectIdentifier(object)] ?? objects.count
            if slot == objects.count { objects.append(object); uses.append(0); slotOf[ObjectIdentifier(object)] = slot }
            uses[slot] += 1
            recentSlots.remember(object, slot)
        }
        for (object, n) in zip(objects, uses) {
            let label = object.label.unsafelyUnwrapped
            if let style = label.plainFullNameStyle { plainFullNames[style] += n }
            if label.isAllCaps { capsStyle += n }
            if label.isStyled { styled += n }
            if label.form == .closed && label.hasTitle && !label.standsAlone { titledClosed += n }
            if label.form == .closed && label.isAllCaps && !label.standsAlone && !label.isStyled { capsClosed += n }
            if label.form == .closed, !label.isStyled, label.time != nil { timedClosed += n }
            if label.form == .closed, label.isStyled, !label.standsAlone { styledClosed += n }
            if isNumberedVoice(label.key) { voices += n }
        }
        for index in paragraphs.indices where !accepted[index] {
            // (A credit, `**Interviewer:** Jane Doe`, is set in the dialogue's bold too.)
            guard let label = paragraphs[index].label, !label.isTitledFirstUse, index > 0, !credits(paragraphs[index]) else { continue }
            // (Chinese has no capitals: a name in it is in no typography but its own.)
            if label.form == .colon, (label.isAllCaps && capsStyle >= 2 && label.name.contains(where: \.isUppercase))
                || (label.isStyled && styled >= 2) { accepted[index] = true }
            // A hearing: `Senator Warren.` said once, where other titled names so written recur.
            if label.form == .closed, label.hasTitle, !label.standsAlone, !label.isStyled, titledClosed >= 4 { accepted[index] = true }
            // A reporter's `HOWARD SCHNEIDER.` said once, where names in capitals so written recur.
            if label.form == .closed, label.isAllCaps, !label.standsAlone, !label.isStyled, capsClosed >= 4 { accepted[index] = true }
            // An export's `Unknown Speaker  0:22`, said once, among names written the same way.
            if label.form == .closed, !label.isStyled, label.time != nil, timedClosed >= 4 { accepted[index] = true }
            // `Jan Atze Nicolai: I also have a question.` said once, amid the dialogue, where
            // other full names so written speak: someone from the audience.
            if let style = label.plainFullNameStyle, plainFullNames[style] >= 4, index > firstBelieved, index < lastBelieved,
               !paragraphs[index].text.isEmpty || label.time != nil { accepted[index] = true }
            // A diarizer's `Speaker 7`, heard once, where its other numbered voices speak.
            if isNumberedVoice(label.key), voices >= 4 { accepted[index] = true }
            // `**MS. MARTEL** [4:29]`, said once, where bold names so written recur: a title or a
            // time says it is a name and not a bold phrase.
            if label.form == .closed, label.isStyled, !label.standsAlone, label.hasTitle || label.time != nil, styledClosed >= 4 {
                accepted[index] = true
            }
        }
        rejectRecordCards(paragraphs, headEnd: headEnd, count: count, &accepted)
        // `Q: So why don't we measure it? A: Because measuring it is hard…`, once, on one line of a
        // lecture whose speakers are named: a slide quoted, not a question and its answer.
        if recurringNames >= 2 {
            for index in paragraphs.indices.dropLast() where accepted[index] && accepted[index + 1] {
                let (q, a) = (paragraphs[index], paragraphs[index + 1])
                guard q.label?.form == .colon, q.label?.key == "Q", a.label?.key == "A", count(q) == 1, count(a) == 1,
                      a.firstLine == q.lastLine else { continue }
                (accepted[index], accepted[index + 1]) = (false, false)
            }
        }
        acceptAskersBetweenTurns(paragraphs, counts: counts, &accepted)
        acceptNamesJustIntroduced(paragraphs, counts: counts, &accepted)
        // `KEEPING SMALL HARBORS OPEN: DREDGING AND THE FEDERAL BUDGET`, a hearing's title on its
        // cover and again above the sitting: a colon inside a title, not a name and its words,
        // when all that follows it, wherever it stands, is in capitals and speech elsewhere is
        // not. (Read for labels used a few times: a title is not printed over a million turns.)
        var capitalsOnly = [Bool](repeating: true, count: tally.count), capitalLetters = [Int](repeating: 0, count: tally.count)
        var speechInLowerCase = false
        for index in paragraphs.indices where accepted[index] {
            let p = paragraphs[index]
            guard let label = p.label, label.form == .colon, label.isAllCaps, !p.labelIsCertain,
                  let n = labelKeys.number(p), tally[n] <= 4 else {
                if !speechInLowerCase { speechInLowerCase = p.holdsLowerCase }
                continue
            }
            for c in p.text.utf8 {
                if c >= 0x61 && c <= 0x7A { capitalsOnly[n] = false; break }
                if c >= 0x41 && c <= 0x5A { capitalLetters[n] += 1 }
            }
        }
        if speechInLowerCase, capitalsOnly.indices.contains(where: { capitalsOnly[$0] && capitalLetters[$0] >= 8 }) {
            for index in paragraphs.indices where accepted[index] {
                if let n = labelKeys.number(paragraphs[index]), capitalsOnly[n], capitalLetters[n] >= 8 { accepted[index] = false }
            }
        }
        // `…some of the positive things. About` / `President Trump: I did not vote for him…`:
        // a line of hard-wrapped text that happens to open with a name and a colon, the
        // sentence running on from the line above it, is no one speaking.
        for index in paragraphs.indices.dropFirst() where accepted[index] && paragraphs[index].gapBefore == 0
            && paragraphs[index - 1].endsMidSentence && count(paragraphs[index]) == 1 {
            accepted[index] = false
        }
        return accepted
    }

    /// `**Conflict:** Korean War` over `**Branch:** U.S. Army` over `**Interview date:** …`,
    /// line after line at the head: a record's card of fields, each named once, none a speaker
    /// (however like the dialogue's labels they are set).
    private static func rejectRecordCards(_ paragraphs: [Paragraph], headEnd: Int, count: (Paragraph) -> Int,
                                          _ accepted: inout [Bool]) {
        func isField(_ index: Int) -> Bool {
            let p = paragraphs[index]
            return p.firstLine < headEnd && p.label?.form == .colon && count(p) == 1 && p.words <= 10 && !p.asks
        }
        var index = 0
        while index < paragraphs.count, paragraphs[index].firstLine < headEnd {
            guard isField(index) else { index += 1; continue }
            var end = index + 1
            while end < paragraphs.count, isField(end), paragraphs[end].firstLine == paragraphs[end - 1].lastLine + 1 { end += 1 }
            if end - index >= 3 { for field in index..<end { accepted[field] = false } }
            index = end
        }
    }

    /// A press conference that names each asker once by their outlet (`Reuters:`, `CCTV:`,
    /// `Shenzhen TV:`) between two turns of the one who answers: three or more such one-off
    /// labels, most of them asking, are askers, not headlines or captions.
    private static func acceptAskersBetweenTurns(_ paragraphs: [Paragraph], counts: [String: Int], _ accepted: inout [Bool]) {
        var askers: [Int] = []
        var asking = 0
        var previousSpeaker: String?
        var candidate: Int?
        for index in paragraphs.indices {
            // Read in place from the shared object, not copied out of each paragraph; a believed
            // label only for its key (the whole label copied was most of this pass).
            guard let object = paragraphs[index].opening, object.hasLabel else { continue }
            if accepted[index] {
                let key = object.label.unsafelyUnwrapped.key
                if let c = candidate, previousSpeaker == key {
                    askers.append(c)
                    if paragraphs[c].asks { asking += 1 }
                }
                previousSpeaker = key
                candidate = nil
                continue
            }
            let label = object.label.unsafelyUnwrapped
            if candidate == nil, previousSpeaker != nil, label.form == .colon || (label.form == .closed && !label.standsAlone),
               !label.isTitledFirstUse,
               counts[label.key] == 1, !paragraphs[index].text.isEmpty {
                candidate = index
            } else {
                previousSpeaker = nil
                candidate = nil
            }
        }
        guard askers.count >= 3, asking * 3 >= askers.count * 2 else { return }
        for index in askers { accepted[index] = true }
    }

    /// `Question: Roman Sobolev, NTV. …` and, two turns later, `Roman Sobolev: I'd like to.`: a
    /// name said once as a label, that one of the six paragraphs before it spelled out in full
    /// (a reporter introducing themselves, a chair calling on someone), is that person speaking.
    private static func acceptNamesJustIntroduced(_ paragraphs: [Paragraph], counts: [String: Int], _ accepted: inout [Bool]) {
        guard accepted.contains(true) else { return }
        for index in paragraphs.indices where !accepted[index] && index > 0 {
            guard let label = paragraphs[index].label, label.form == .colon, !label.isTitledFirstUse,
                  counts[label.key] == 1, label.name.contains(" "), label.name.count >= 5 else { continue }
            let recent = paragraphs[max(0, index - 6)..<index]
            if recent.contains(where: { $0.text.contains(label.name) }) { accepted[index] = true }
        }
    }

    /// `MODERNIZING THE NATION'S SMALL HARBORS` printed again over every page: a title, not a
    /// name above its words: it holds a possessive, or a word that joins a phrase (a name's
    /// article comes first: `THE CHAIRMAN`, `THE WITNESS`).
    static func readsAsAHeading(_ key: String) -> Bool {
        let words = key.split(separator: " ")
        return words.contains { $0.count > 3 && ($0.hasSuffix("'S") || $0.hasSuffix("\u{2019}S")) }
            || words.dropFirst().contains { headingWords.contains($0) }
    }

    private static let headingWords: Set<Substring> = ["THE", "AND", "FOR", "WITH", "FROM"]

    /// `----------` or `==========` under a heading (a printed hearing's title on its first page):
    /// a rule, not words a name could have said.
    static func isRule(_ text: String) -> Bool {
        text.utf8.count >= 3 && text.utf8.allSatisfy { "-=_*~ ".utf8.contains($0) }
    }

    /// `SPEAKER 2`, `SPEAKER_02`, `SPEAKER02`: a recogniser's numbered voice.
    static func isNumberedVoice(_ key: String) -> Bool {
        guard key.hasPrefix("SPEAKER") else { return false }
        let rest = key.utf8.dropFirst(7).drop { $0 == 0x20 || $0 == UInt8(ascii: "_") }
        return !rest.isEmpty && rest.count <= 3 && rest.allSatisfy(Bytes.isDigit)
    }

    /// One line per label spelling: how often it stands, and why it was believed or not.
    static func explain(_ paragraphs: [Paragraph], accepted: [Bool], overrides: SpeakerOverrides) -> [String] {
        var order: [String] = []
        var seen: [String: (label: SpeakerLabel, count: Int, believed: Int, line: Int, capitals: Bool)] = [:]
        for (p, ok) in zip(paragraphs, accepted) {
            guard let label = p.label else { continue }
            if seen[label.key] == nil { order.append(label.key); seen[label.key] = (label, 0, 0, p.firstLine, true) }
            seen[label.key]?.count += 1
            if ok { seen[label.key]?.believed += 1 }
            if p.holdsLowerCase { seen[label.key]?.capitals = false }
        }
        return order.compactMap { key in
            guard let entry = seen[key] else { return nil }
            let label = entry.label
            let verdict = entry.believed == 0 ? "rejected" : entry.believed == entry.count ? "believed" : "believed \(entry.believed) of \(entry.count)"
            var why: String
            if let decision = overrides.decision(for: key) {
                why = decision == .notASpeaker ? "set to none by --speaker or the sidecar" : "set by --speaker or the sidecar"
            } else if label.isTitledFirstUse {
                why = "a long title that ends with no name used as a label"
            } else if label.genericRole != nil {
                why = "a generic label (\(label.genericRole!.rawValue))"
            } else {
                switch label.form {
                case .spaced: why = "a bare \(label.name) followed by blanks; needs two and an answering label"
                case .dotted: why = "\(label.name). needs both Q. and A."
                case .closed: why = entry.count >= 2 ? "recurs \(entry.count) times without a colon" : "said once without a colon"
                case .colon:
                    if entry.count >= 2 && entry.believed == 0 && entry.capitals {
                        why = "recurs \(entry.count) times, but all it says is in capitals where speech is not: a colon in a title"
                    } else if entry.count >= 2 { why = "recurs \(entry.count) times" }
                    else if label.hasTitle { why = "carries a title" }
                    else if entry.believed > 0 { why = "said once, in the typography of believed labels or asking between one speaker's turns" }
                    else { why = "said once, no title, not in the style of other labels" }
                }
            }
            return "label \(label.name): \(verdict), \(why) (first at line \(entry.line))"
        }
    }
}

extension SpeakerLabel {
    /// `Jan Atze Nicolai:`, `Jan Atze Nicolai (00:41:07):`: a name of two words or more, in
    /// ordinary case, unstyled, with a colon and no title or role: how a conversation's
    /// transcriber writes each participant. Its style (0–3) says whether a time follows and
    /// whether it stands alone above the words, as Rev's does; alone, a time is required.
    var plainFullNameStyle: Int? {
        guard form == .colon, !isStyled, !isAllCaps, !hasTitle, genericRole == nil, !isTitledFirstUse,
              name.contains(" "), !standsAlone || time != nil else { return nil }
        return (time == nil ? 0 : 1) + (standsAlone ? 2 : 0)
    }
}

extension Paragraph {
    /// An ASCII lower-case letter anywhere in the text: speech, unlike a title set in capitals.
    var holdsLowerCase: Bool { text.utf8.contains { $0 >= 0x61 && $0 <= 0x7A } }

    /// The text stops on a word in lower case or a comma: the sentence goes on in the next
    /// line. (Read as a byte: asked of every paragraph of a million short turns.)
    var endsMidSentence: Bool {
        // (From the string's own bytes: the UTF-8 view's `last` walked its indices generically.)
        guard let last = text.utf8.withContiguousStorageIfAvailable({ $0.last }) ?? text.utf8.last else { return false }
        return Bytes.continuesSentence(last)
    }
}
