/// One person's uninterrupted speech: a labelled paragraph and its continuations.
///
/// Its numbers are stored in 32 bits and read as `Int` (`Turn+Numbers.swift`): every turn of
/// the document is held at once, a million for a million short turns.
struct Turn {
    var speaker32: Int32
    /// The turn's first and last paragraphs (`first`, `last`); between them, only its own speech
    /// and non-speech (captions, stage directions). Two numbers rather than a list: a million
    /// short turns would otherwise hold a million small arrays.
    var first32: Int32
    var last32: Int32
    var paragraphCount32: Int32 = 0
    var words32: Int32 = 0
    var asks = false
    /// Whether the turn ends on a question (its last sentences hold a `?`): an answer that
    /// asks itself something rhetorical midway does not.
    var endsAsking = false
    /// The turn trails off (`Can I ask about a —`, `So...`): cut short, not finished.
    var breaksOff = false
    /// The first bytes of the turn, enough to title an exchange or spot small talk; filled in
    /// only while the turn is being placed (`DocumentAssembly.opening(of:)`).
    var opening: [UInt8] = []
    /// One of the turn's first paragraphs opens by greeting the room (`Okay, good afternoon,
    /// everybody.` after a word of banter).
    var greetsTheRoom = false
    /// The turn ends by giving someone the floor (`Mr President, the floor is yours.`).
    var handsOver = false
    /// The turn ends by winding the conversation up (`a good point to leave it`, `we're out of time`).
    var windsUp = false
    /// The document's first turn, opening a show (`Welcome to Conversations`): an introduction.
    var opensTheShow = false
    /// Who speaks after this turn (`nextSpeaker`), filled in while the turn is placed.
    var nextSpeaker32 = Int32.min
    /// The asker says who they are (`Pavel Orlov, Northern Farmer.`): a new reporter's question.
    var introducesItself = false
    /// Asked out of the microphone's reach and restated by the one who answers: a question of
    /// its own, however short (`Segmentation.isOutOfEarshot`, `restatedQuestion`).
    var askedOutOfEarshot = false
}

extension Turn {
    /// Whether a paragraph's `text` trails off, and whether its last sentences ask (never
    /// unless the paragraph `asks`). Given the text, not the paragraph, which was copied to be passed.
    static func ending(_ text: String, asks: Bool) -> (breaksOff: Bool, asks: Bool) {
        var text = text
        return text.withUTF8 { b in
            let tail = UnsafeBufferPointer(rebasing: b.suffix(4))
            guard asks else { return (breaksOff(tail), false) }
            return (breaksOff(tail), Bytes.survey(UnsafeBufferPointer(rebasing: b.suffix(160))).asks)
        }
    }

    /// Ends on a dash or an ellipsis.
    static func breaksOff(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let last = bytes.last else { return false }
        if last == UInt8(ascii: "-") { return true }
        guard bytes.count >= 3 else { return false }
        let (a, b) = (bytes[bytes.count - 3], bytes[bytes.count - 2])
        if a == UInt8(ascii: ".") && b == UInt8(ascii: ".") && last == UInt8(ascii: ".") { return true }
        // — (E2 80 94), – (E2 80 93), … (E2 80 A6)
        return a == 0xE2 && b == 0x80 && (last == 0x93 || last == 0x94 || last == 0xA6)
    }

    /// Opens on a dash or an ellipsis: the speaker picks up a sentence cut off before.
    var opensMidSentence: Bool {
        guard let first = opening.first else { return false }
        if first == UInt8(ascii: "-") || (first == UInt8(ascii: ".") && opening.starts(with: "...".utf8)) { return true }
        return opening.count >= 3 && first == 0xE2 && opening[1] == 0x80 && [0x93, 0x94, 0xA6].contains(opening[2])
    }
}

extension DocumentAssembly {
    mutating func explainPlacement(_ placement: Segmentation.Placement, _ turn: Turn, _ last: Segmentation.Draft?, exchange: Int) {
        let line = paragraphs[turn.first].firstLine
        let who = participants[turn.speaker].name
        let what = turn.askedOutOfEarshot ? "asks out of the microphone's reach, and the answer restates it," : turn.asks ? "asks" : "asks nothing"
        let answered = last.map { "the answer so far is \($0.answerWords) words" } ?? "no exchange is open"
        switch placement {
        case .opens:
            explanation.append("line \(line): \(who) \(what) in \(turn.words) words: starts exchange \(exchange)")
        case .restarts:
            let before = last.map {
                $0.isGreeting ? "a greeting" : $0.roomSpoke ? "a call the room took up"
                    : $0.isPassedOver(by: turn) ? "a remark that asked nothing and drew no answer" : "a call to the room"
            } ?? ""
            explanation.append("line \(line): \(who): exchange \(exchange) starts here; the turn before it was \(before)")
        case .continues:
            let reason = turn.handsOver && !turn.asks ? "it gives someone the floor"
                : last?.isAnswered == false ? answered : turn.opensMidSentence ? "it picks up a broken-off sentence"
                : "a short aside (\(turn.words) words, \(what))"
            explanation.append("line \(line): \(who) goes on with exchange \(exchange): \(reason)")
        case .aside:
            let reason = turn.handsOver && !turn.asks ? "it gives someone the floor" : "too short to be a question"
            explanation.append("line \(line): \(who) \(what) in \(turn.words) words: no exchange (\(reason))")
        }
    }

    /// Speech paragraphs grouped into turns: a turn lasts while one person speaks, so a
    /// diarizer's segments (`[Speaker 1] …` line after line) or a heading repeated over each
    /// paragraph make one turn, not many.
    func speechTurns(accepted: [Bool]) -> [Turn] {
        var turns: [Turn] = []
        turns.reserveCapacity(turnCount())
        var mending = Mending()
        let isFragment = fragmentTest
        makeTurns(detailed: true) { turn in
            if let settled = mending.take(turn, isFragment: isFragment) { turns.append(settled) }
        }
        turns += mending.finish()
        if let first = turns.first, Segmentation.opensAShow(paragraphs[first.first].leadingBytes(400)) {
            turns[0].opensTheShow = true
        }
        return turns
    }

    /// Hands each turn to `body` as it is made, before any mending. `detailed: false` leaves out
    /// how it ends (which only counting needs not).
    private func makeTurns(detailed: Bool, _ body: (Turn) -> Void) {
        var current: Turn?
        for index in paragraphs.indices where kinds[index] == nil {
            guard let speaker = speakers[index] else { continue }
            if current?.speaker != speaker || current.map({ labelledAgainAfterAHeading(index, since: $0.last) }) == true {
                if let turn = current { body(turn) }
                current = Turn(speaker: speaker, first: index, last: index)
            }
            current?.last = index
            current?.paragraphCount += 1
            current?.words += paragraphs[index].words
            guard detailed else { continue }
            // `Can I add something? The pilots have asked…`: leave to speak asks no one anything.
            // (Three words at the least: `why?` is spared the reading.)
            let asks = paragraphs[index].asks
                && (paragraphs[index].words < 3 || !Segmentation.asksOnlyForTheFloor(paragraphs[index].text))
            if asks { current?.asks = true }
            let (breaksOff, endsAsking) = Turn.ending(paragraphs[index].text, asks: asks)
            current?.breaksOff = breaksOff
            current?.endsAsking = endsAsking
        }
        if let turn = current { body(turn) }
    }

    /// `MR KEITH: …the first witness is Mr Dace.` / `MR DACE (sworn)` / `MR KEITH: Could you
    /// give your name?`, or a host's introduction, a chapter's title and the host again: the
    /// speaker's label written again after a heading starts a turn anew.
    private func labelledAgainAfterAHeading(_ index: Int, since last: Int) -> Bool {
        guard index > last + 1, paragraphs[index].hasLabel else { return false }
        return (last + 1..<index).contains { between in
            guard kinds[between] == .caption else { return false }
            let bytes = paragraphs[between].shortBytes
            return PageFurniture.isCourtHeading(paragraphs[between], bytes) || PageFurniture.isHeading(paragraphs[between], bytes)
                || PageFurniture.isChapterTitle(paragraphs[between], bytes)
        }
    }

    /// How many turns `speechTurns` keeps, counted first so that their array is made at its
    /// size: grown by doubling, it held up to twice as many (48 MB for a million short turns).
    private func turnCount() -> Int {
        var count = 0
        var mending = Mending()
        let isFragment = fragmentTest
        makeTurns(detailed: false) { turn in
            if mending.take(turn, isFragment: isFragment) != nil { count += 1 }
        }
        return count + mending.finish().count
    }
    /// One of the turn's first three paragraphs opens by greeting the room.
    func greetsTheRoom(_ turn: Turn) -> Bool {
        var seen = 0
        for index in turn.first...turn.last where speakers[index] == turn.speaker && kinds[index] == nil {
            if Segmentation.greetsTheRoom(paragraphs[index].leadingBytes(120)) { return true }
            seen += 1
            if seen == 3 { break }
        }
        return false
    }

    /// The first bytes (up to 400) of what the speaker says in the turn, across paragraphs when
    /// the first is short (`Oleg Kashtanov, from Izvestiya Mordovia.` then the question).
    private func opening(of turn: Turn) -> [UInt8] {
        var bytes = paragraphs[turn.first].leadingBytes(400)
        var index = turn.first
        while bytes.count < 200 && index < turn.last {
            index += 1
            guard speakers[index] == turn.speaker && kinds[index] == nil else { continue }
            bytes += [0x20] + paragraphs[index].leadingBytes(400 - bytes.count - 1)
        }
        return bytes
    }

    /// The exchanges drafted so far were warm-up or setting up: their questions become
    /// the session's own talk.
    private mutating func dropDrafts(_ drafts: inout [Segmentation.Draft], before end: Int) {
        for draft in drafts { for index in draft.start..<end where kinds[index] == .question { kinds[index] = .moderator } }
        drafts.removeAll()
    }

    /// Drops the last exchanges while they were answered in a few words (`You know what I mean,
    /// don't you?` — `No, I do not.`): banter before the close. What they held is no longer
    /// question or answer.
    private mutating func dropBanterAtTheEnd(_ drafts: inout [Segmentation.Draft], before end: Int) {
        var upper = end
        while drafts.count > 1, let last = drafts.last, last.answerWords < Segmentation.substantialAnswer {
            for index in last.start..<upper where kinds[index] == .question || kinds[index] == .answer { kinds[index] = .moderator }
            upper = last.start
            drafts.removeLast()
        }
    }

    /// Whether one of the turn's first paragraphs says the conversation starts now.
    private func saysTheTalkStarts(_ turn: Turn) -> Bool {
        var seen = 0
        for index in turn.first...turn.last where speakers[index] == turn.speaker && kinds[index] == nil {
            var text = paragraphs[index].text
            if text.withUTF8({ Segmentation.talkStarts.occur(in: $0) }) { return true }
            seen += 1
            if seen == 3 { break }
        }
        return false
    }

    /// Whether the turn's first paragraphs present the one guest in the third person
    /// (`Audrey Tang is Taiwan's minister…`, `my guest today is Jane Doe`): a question
    /// addresses the guest (`Jane, you wrote…`), and a panel's chair presenting each panellist
    /// in turn starts nothing. The guest is found by the last word of their label, as the text
    /// spells it (`AUDREY TANG:` and `Ms. TANG.` are `Tang`).
    private func presentsTheGuest(_ turn: Turn) -> Bool {
        let guests = participants.filter { $0.role == .interviewee }
        guard guests.count == 1, let last = guests[0].name.split(separator: " ").last, last.count >= 3,
              last.allSatisfy(\.isLetter) else { return false }
        let name = last.prefix(1).uppercased() + last.dropFirst().lowercased()
        // A String added, not a Substring: `+` with any other sequence is the standard library's
        // generic one, whose first call cost 0.24 M instructions before the first frame.
        let forms = Segmentation.presentations.map { name + String($0.dropFirst("NAME".count)) }
        // Foundation's search, which also finds other spellings of the same characters, is asked
        // only about a paragraph holding the bytes of a form after its first letter: those are
        // ASCII lower case, spaces and commas, which have no other spelling, so a paragraph
        // without them holds no form. (Asked of every paragraph, it and the forms made with
        // Foundation were a fifth of a short interview's parse, on the way to the first screen.)
        let tails = name.dropFirst().allSatisfy(\.isASCII) ? forms.map { Array($0.utf8.dropFirst()) } : nil
        var seen = 0
        for index in turn.first...turn.last where speakers[index] == turn.speaker && kinds[index] == nil {
            let text = paragraphs[index].text
            let mayHold = tails.map { tails in
                tails.contains { tail in text.utf8.withContiguousStorageIfAvailable { $0.containsRun(tail) } ?? true }
            } ?? true
            if mayHold, forms.contains(where: { text.contains($0) }) { return true }
            seen += 1
            if seen == 2 { break }
        }
        return false
    }

    /// A diarizer cuts a sentence and gives a few of its words to someone else
    /// (`[Speaker 1] So this is how` / `[Speaker 5] it sounds.` / `[Speaker 1] So looking…`): a
    /// short turn that opens in lower case between two turns of one speaker is a fragment of
    /// theirs, and the three are one turn. The fragment keeps its label, as written.
    ///
    /// Mended as the turns are made, holding the last turn kept and the one after it: the
    /// unmended turns are never all held at once (a million short turns, every other one a
    /// fragment, were 50 MB, half the parse's peak memory).
    struct Mending {
        /// The last turn kept: it may still take in the turn after a fragment.
        private var kept: Turn?
        /// The turn after `kept`, which may be a fragment.
        private var candidate: Turn?

        /// Takes the next turn as made; returns a turn once nothing can change it any more.
        /// (The turns held are changed and moved in place, never copied out: this runs for every
        /// turn, twice.)
        mutating func take(_ turn: Turn, isFragment: (Turn, _ next: Turn, _ between: Int) -> Bool) -> Turn? {
            guard kept != nil else { kept = turn; return nil }
            guard let fragment = candidate.take() else { candidate = turn; return nil }
            if isFragment(fragment, turn, kept.unsafelyUnwrapped.speaker) {
                let asks = kept.unsafelyUnwrapped.asks || turn.asks
                kept?.last = turn.last
                kept?.paragraphCount += turn.paragraphCount
                kept?.words += turn.words
                kept?.asks = asks
                kept?.endsAsking = turn.endsAsking
                kept?.breaksOff = turn.breaksOff
                return nil
            }
            let last = kept.take()
            kept = fragment
            candidate = turn
            return last
        }

        /// The turns still held, once every turn has been taken.
        mutating func finish() -> [Turn] {
            defer { (kept, candidate) = (nil, nil) }
            return [kept, candidate].compactMap { $0 }
        }
    }

    /// A short turn of one paragraph opening in lower case, between two turns of `speaker`.
    /// `isFragment`, made once per pass over the turns and holding only the paragraphs: a
    /// closure over the assembly made for each turn copied the whole assembly each time (a
    /// twentieth of parsing a million short turns).
    private var fragmentTest: (Turn, Turn, Int) -> Bool {
        let paragraphs = self.paragraphs
        return { DocumentAssembly.isFragment($0, next: $1, between: $2, in: paragraphs) }
    }

    private static func isFragment(_ turn: Turn, next: Turn, between speaker: Int, in paragraphs: [Paragraph]) -> Bool {
        speaker == next.speaker && turn.words <= 12 && turn.paragraphCount == 1 && opensInLowerCase(paragraphs[turn.first])
    }

    /// Read off the string, not copied out (`leadingBytes` makes an array: asked of every other
    /// turn of short turns, twice, it was a tenth of the parse).
    private static func opensInLowerCase(_ p: Paragraph) -> Bool {
        p.text.utf8.first.map { $0 >= 0x61 && $0 <= 0x7A } ?? false
    }

    /// Who the host names in the show's opening turn, by the last word of their label
    /// (`Raymond Oduya` or `ODUYA` for `…and Raymond Oduya drove a city bus…`). None where a
    /// co-host is introduced, who asks along with the host.
    private func presentedAtTheOpening(_ opening: Turn) -> [Int] {
        var said: [UInt8] = []
        for index in opening.first...opening.last where said.count < 1200 { said += paragraphs[index].leadingBytes(1200) + [0x20] }
        let text = String(decoding: said, as: UTF8.self).lowercased()
        guard !text.contains("co-host"), !text.contains("cohost") else { return [] }
        let words = Set(text.split(whereSeparator: { !$0.isLetter && $0 != "-" && $0 != "'" }))
        return participants.indices.filter { index in
            guard index != opening.speaker, let last = participants[index].name.split(separator: " ").last?.lowercased(),
                  last.count >= 3 else { return false }
            return words.contains(Substring(last))
        }
    }

    mutating func assignRoles(_ turns: [Turn]) {
        var stats = genericRoles.map { RoleInference.Stats(generic: $0) }
        var previous: Int?
        var previousAsked = false
        for turn in turns {
            stats[turn.speaker].turns += 1
            stats[turn.speaker].words += turn.words
            stats[turn.speaker].shortestTurn = min(stats[turn.speaker].shortestTurn, turn.words)
            if turn.endsAsking { stats[turn.speaker].askingTurns += 1 }
            if turn.words < 40, !stats[turn.speaker].handsOver, Segmentation.handsOver(paragraphs[turn.last].trailingBytes(240)) {
                stats[turn.speaker].handsOver = true
            }
            // `I yield back.`: only a legislator has time to yield, whatever their name's title
            // (a House hearing prints members and witnesses alike as `Mr. Ortega.`); and only one
            // chairs, recognizing others (`Colonel Reyes, you are recognized for 5 minutes.`).
            if !stats[turn.speaker].sitsOnThePanel {
                let ending = paragraphs[turn.last].trailingBytes(120)
                stats[turn.speaker].sitsOnThePanel = Segmentation.yieldsTime(ending) || Segmentation.chairs(ending)
            }
            if let previous, previous != turn.speaker {
                stats[previous].followedBy[turn.speaker, default: 0] += 1
                if previousAsked { stats[turn.speaker].repliesToQuestionsFrom[previous, default: 0] += 1 }
                if genericRoles[previous] == .interviewer { stats[turn.speaker].repliesToGenericAsker += 1 }
            }
            previous = turn.speaker
            previousAsked = turn.endsAsking
        }
        if let first = turns.first, first.opensTheShow {
            stats[first.speaker].opensTheShow = true
            for guest in presentedAtTheOpening(first) { stats[guest].presentedAtTheOpening = true }
        }
        for index in stats.indices {
            stats[index].sitsOnThePanel = stats[index].sitsOnThePanel || RoleInference.sitsOnThePanel(participants[index].name)
        }
        var answeringNothing: Set<Int> = []
        for (index, verdict) in RoleInference.verdicts(stats).enumerated() {
            participants[index].role = verdict.role
            if verdict.answersNothing { answeringNothing.insert(index) }
            if explains {
                explanation.append("role: \(participants[index].name) is \(verdict.role.rawValue): \(verdict.reason) (\(stats[index].summary))")
            }
        }
        passersBy = answeringNothing.union(stats.indices.filter {
            participants[$0].role == .other && genericRoles[$0] == nil && stats[$0].turns <= 2 && stats[$0].askingTurns == 0
                && stats[$0].wordsPerTurn < 40
        })
        // Interviewers who speak often but end few turns asking talk along with the guests.
        commentators = Set(stats.indices.filter {
            participants[$0].role == .interviewer && genericRoles[$0] == nil && stats[$0].turns >= 10
                && stats[$0].askingShare < Segmentation.commentatorShare
        })
        // Three or more who answer, each many times, and hosts known by name who comment along
        // (fewer than three turns in ten end asking): a book club, co-hosts in the round. A
        // host's remark that asks nothing is an opinion among theirs, not a prompt. Reporters
        // at a briefing of three officials ask in most turns, and often as `Q`.
        let askers = participants.indices.filter { participants[$0].role == .interviewer && stats[$0].turns > 0 }
        inTheRound = participants.indices.filter { participants[$0].role == .interviewee && stats[$0].turns >= 10 }.count >= 3
            && !askers.isEmpty && askers.allSatisfy { genericRoles[$0] == nil && stats[$0].askingShare < Segmentation.commentatorShare }
    }

    /// An asker's turn that is no question whatever it says: before anything is answered at
    /// length, a quip that draws laughter (`Next week? Same time next week? (Laughter.)`) is the
    /// room warming up; at any time, a host reading an advertisement asks nothing.
    private mutating func asksNothingReally(_ turn: Turn, warmingUp: Bool) -> Bool {
        let why: String
        if warmingUp && turn.words <= 25 && Segmentation.drawsLaughter(paragraphs[turn.last].trailingBytes(24)) {
            why = "jokes before anything is answered"
        } else if !turn.endsAsking && Segmentation.readsAnAd(turn.opening) {
            why = "reads an advertisement"
        } else {
            return false
        }
        if explains { explanation.append("line \(paragraphs[turn.first].firstLine): \(participants[turn.speaker].name) \(why): no exchange") }
        return true
    }

    /// Walks the turns: an interviewer's real question opens an exchange, the answers that
    /// follow join it, and greetings, thanks and hand-offs stay outside any exchange.
    ///
    /// A question counts as answered once the answerer has said something of substance (see
    /// `Segmentation`); until then the interviewer's further turns belong to the same question
    /// (a clarification, an interruption, the answerer finishing the sentence). After an
    /// answer, an interviewer's short remark that asks nothing is an aside inside the
    /// exchange, not a new one.
    mutating func buildExchanges(_ turns: [Turn]) -> [Exchange] {
        var drafts: [Segmentation.Draft] = []
        var answeredAtLength = false
        // The one who answers said it is time to stop (`It is time for us to wrap up…`): what
        // follows is closing, and only a real question opens anything.
        var guestWoundUp = false
        let edited = Segmentation.isEditedInPairs(turns, roles: participants.map(\.role))
        if explains && edited { explanation.append("edited for print: two speakers in turn, no word or two between; a statement put to the guest is a question") }
        for (t, var turn) in turns.enumerated() {
            turn.opening = opening(of: turn)
            if t + 1 < turns.count { turn.nextSpeaker = turns[t + 1].speaker }
            let role = passersBy.contains(turn.speaker) ? .moderator : participants[turn.speaker].role
            // `Let's just start talking`: said in the first turns, it ends the setting up (a
            // tablet to draw on, a microphone), which held no exchange whatever it asked.
            if t < Segmentation.settingUpTurns, !drafts.isEmpty, drafts.count <= 2, saysTheTalkStarts(turn) {
                if explains { explanation.append("line \(paragraphs[turn.first].firstLine): \(participants[turn.speaker].name) says the talk starts: what came before was setting up") }
                dropDrafts(&drafts, before: turn.first)
            }
            // `So, we are talking about … Audrey Tang is Taiwan's minister of…`: the host presents
            // the guest by name at length; the sound checks and chat before it were setting up,
            // however many turns asked something, if nothing was answered at length.
            if role == .interviewer, !drafts.isEmpty, drafts.count <= 2 || !answeredAtLength, turn.words >= Segmentation.guestIntroductionWords,
               presentsTheGuest(turn) {
                if explains { explanation.append("line \(paragraphs[turn.first].firstLine): \(participants[turn.speaker].name) presents the guest: what came before was setting up") }
                dropDrafts(&drafts, before: turn.first)
            }
            // Read only where they matter: how an interviewer's turn ends, and whether an
            // answer's first paragraphs greet the room before anything was answered at length.
            // Only after an answer can a new reporter's introduction decide anything (`Segmentation.place`).
            if role == .interviewer, let last = drafts.last, last.open, last.isAnswered {
                turn.introducesItself = ExchangeTitle.introducesTheAsker(in: turn.opening)
            }
            if role == .interviewer, !turn.asks,
               turn.words < Segmentation.promptWords
                && (Segmentation.requestsAnAnswer(turn.opening) || paragraphs[turn.first].label?.numbersItsQuestion == true)
                || turn.words < Segmentation.asideWords && Segmentation.asksIndirectly(turn.opening[...]) {
                // (`Q1. [902145] Jane Hollis (Leith North) (Lab): If he will list his official
                // engagements…`: a numbered question asks, however it is worded.)
                turn.asks = true
            }
            // (The answer's opening made only after a note that the question was not heard.)
            if role == .interviewer, !turn.asks, turn.words <= 4, t + 1 < turns.count,
               participants[turns[t + 1].speaker].role == .interviewee, Segmentation.isOutOfEarshot(turn.opening),
               let restated = Segmentation.restatedQuestion(opening(of: turns[t + 1])) {
                turn.asks = true
                turn.askedOutOfEarshot = true
                turn.opening = restated
            }
            // `Farmers in the north say the new rules take their land.` in an interview edited for
            // print: a statement put to the guest, who takes it up at length, is the question.
            // (Not a welcome: `Good evening… It's my pleasure to introduce Dr. Siddiqui.` gives a talk its start.)
            if edited, !guestWoundUp, role == .interviewer, !turn.asks, turn.words >= Segmentation.editedPromptWords, t + 1 < turns.count,
               !Segmentation.greets(turn.opening),
               participants[turns[t + 1].speaker].role == .interviewee, turns[t + 1].words >= Segmentation.substantialAnswer {
                turn.asks = true
            }
            // (A moderator's hand-over gives the floor to the next asker: `Segmentation.Draft.floorGiven`.)
            if (role == .interviewer || role == .moderator) && !turn.endsAsking {
                let ending = paragraphs[turn.last].trailingBytes(240)
                turn.handsOver = Segmentation.handsOver(ending)
                turn.windsUp = Segmentation.windsUp(ending)
            } else if role == .interviewee && !turn.endsAsking && turn.words <= Segmentation.guestWindUpWords {
                turn.windsUp = Segmentation.windsUp(paragraphs[turn.last].trailingBytes(240))
            }
            // `…thanks as always. Any parting words of wisdom, Adam?`: the host thanks the guests
            // and goes round for last words: a closing round, asked but no exchange.
            if role == .interviewer && turn.endsAsking && Segmentation.closingRound(paragraphs[turn.last].trailingBytes(240)) {
                turn.windsUp = true
                turn.asks = false
            }
            if role != .interviewer && !answeredAtLength && turn.words >= 60 { turn.greetsTheRoom = greetsTheRoom(turn) }
            var talk = SmallTalk.classify(turn)
            // `The following is a conversation with…`, asking nothing: the show's introduction,
            // which the first question follows; it opens no exchange of its own.
            if t == 0, turn.opensTheShow, !turn.asks, role == .interviewer {
                talk = .backchannel
                if explains { explanation.append("line \(paragraphs[turn.first].firstLine): \(participants[turn.speaker].name) introduces the show, asking nothing: no exchange") }
            }
            if role == .interviewer && talk == .none && asksNothingReally(turn, warmingUp: !answeredAtLength) {
                talk = .backchannel
                if let last = drafts.indices.last, drafts[last].open, !drafts[last].isAnswered, drafts[last].asker != turn.speaker {
                    drafts[last].quipAwaitsReply = true
                    drafts[last].quippedBy = turn.speaker
                }
            }
            var kind: Block.Kind = .moderator
            switch role {
            case .interviewer:
                if talk == .closing || (turn.windsUp && !turn.asks) || (guestWoundUp && !turn.asks) {
                    if explains, let last = drafts.indices.last, drafts[last].open {
                        let why = talk == .closing ? "thanks or takes leave" : "winds the conversation up"
                        explanation.append("line \(paragraphs[turn.first].firstLine): \(participants[turn.speaker].name) \(why): exchange \(last + 1) ends")
                    }
                    drafts.indices.last.map { drafts[$0].open = false }
                } else if talk == .none {
                    // `Q:` answered by `A:` is a document whose every `Q` is a question.
                    let labelled = genericRoles[turn.speaker] == .interviewer
                        && drafts.last?.answerer.map { genericRoles[$0] == .interviewee } == true
                    // `Captain Koval, you are recognized for five minutes.` after a member's opening
                    // statement: the chair gives a witness the floor, and the statement, which asked
                    // nothing and drew no answer, was no question.
                    if turn.handsOver, !turn.asks, !labelled, let last = drafts.indices.last, drafts[last].open,
                       !drafts[last].asks, drafts[last].answerTurns == 0, drafts[last].asker != turn.speaker {
                        drafts[last].open = false
                        if explains { explanation.append("line \(paragraphs[turn.first].firstLine): \(participants[turn.speaker].name) gives someone the floor: exchange \(last + 1), a statement, was no question") }
                    }
                    let placement = inTheRound && !turn.asks && !labelled
                        ? (drafts.last?.open == true ? .continues : .aside)
                        : Segmentation.place(turn, after: drafts.last, isFirst: drafts.count == 1, everyTurnAsks: labelled)
                    if explains { explainPlacement(placement, turn, drafts.last, exchange: drafts.count + (placement == .opens ? 1 : 0)) }
                    switch placement {
                    case .continues:
                        drafts[drafts.count - 1].goOn(turn)
                    case .restarts:
                        // What the replaced draft asked is no exchange's question now: the room's
                        // talk between the exchange before and this one.
                        for index in drafts[drafts.count - 1].start..<turn.first where kinds[index] == .question { kinds[index] = .moderator }
                        drafts[drafts.count - 1] = Segmentation.Draft(turn)
                    case .opens:
                        if let last = drafts.last, last.answerWords >= 60 { answeredAtLength = true }
                        var draft = Segmentation.Draft(turn)
                        draft.calledOn = drafts.last?.floorGiven == true
                        drafts.append(draft)
                    case .aside:
                        break
                    }
                    // An aside is part of the exchange it interrupts; outside any, it is no question.
                    kind = placement == .aside && drafts.last?.open != true ? .moderator : .question
                }
            case .interviewee where turn.windsUp:
                // A question put as the guest winds up goes unanswered, and so does banter just
                // before: the exchanges end with the last answered in earnest.
                guestWoundUp = true
                dropBanterAtTheEnd(&drafts, before: turn.first)
                drafts.indices.last.map { drafts[$0].open = false }
                if explains { explanation.append("line \(paragraphs[turn.first].firstLine): \(participants[turn.speaker].name) winds the conversation up: what follows is closing") }
            case .interviewee, .other:
                // Until something has been answered at length, a greeting monologue opens the briefing.
                if !answeredAtLength, let last = drafts.last, last.answerWords >= 60 { answeredAtLength = true }
                if !answeredAtLength, !drafts.isEmpty, Segmentation.isOpeningStatement(turn) {
                    dropDrafts(&drafts, before: turn.first)
                    break
                }
                // `Alex. Alex. Go ahead.` before anything is answered: the one who answers gives the
                // floor to another reporter, and the question shouted before it was passed over.
                if let last = drafts.indices.last, drafts[last].open, drafts[last].answerTurns == 0, !turn.endsAsking,
                   turn.words < Segmentation.substantialAnswer, Segmentation.onlyGivesTheFloor(turn.opening) {
                    drafts[last].open = false
                    if explains { explanation.append("line \(paragraphs[turn.first].firstLine): \(participants[turn.speaker].name) gives someone else the floor: exchange \(last + 1) was passed over") }
                    break
                }
                // `…we are pushing for it to be extended. Yes, Pam?`: a spokesperson answering, then
                // calling on the next reporter, asks nothing back.
                if turn.endsAsking, turn.words < Segmentation.substantialAnswer * 2,
                   Segmentation.callsOnSomeone(paragraphs[turn.last].trailingBytes(48)) {
                    turn.endsAsking = false
                }
                // A reply to another asker's quip answers the quip, not the question.
                if let last = drafts.indices.last, drafts[last].quipAwaitsReply {
                    drafts[last].quipAwaitsReply = false
                    if explains { explanation.append("line \(paragraphs[turn.first].firstLine): \(participants[turn.speaker].name) replies to a quip: no answer to exchange \(last + 1)") }
                    break
                }
                // Thanks after an answered question close the interview, not answer it.
                if let last = drafts.last, last.open, !(talk == .closing && last.answerer != nil) {
                    kind = .answer
                    drafts[drafts.count - 1].hear(turn, talk: talk)
                }
            case .moderator:
                // `Senator Stachowski, why do you rise?`: the chair gives a member the floor for a
                // motion of their own; a question still unanswered was passed over.
                if let last = drafts.indices.last, drafts[last].open, drafts[last].answerTurns == 0, turn.endsAsking,
                   Segmentation.recognizesAMember(paragraphs[turn.last].trailingBytes(120)) {
                    drafts[last].open = false
                    if explains { explanation.append("line \(paragraphs[turn.first].firstLine): \(participants[turn.speaker].name) gives a member the floor: exchange \(last + 1) was passed over") }
                }
                if let last = drafts.indices.last, drafts[last].open {
                    drafts[last].roomSpoke = true
                    if turn.handsOver && drafts[last].isAnswered { drafts[last].floorGiven = true }
                }
            }
            for index in turn.first...turn.last where speakers[index] == turn.speaker && kinds[index] == nil { kinds[index] = kind }
        }
        drafts.removeAll { draft in
            guard let why = Segmentation.isNoExchange(draft, answeredByGenericLabel: draft.answerer.map { genericRoles[$0] == .interviewee } ?? false,
                                                      commentator: commentators.contains(draft.asker)) else { return false }
            if explains { explanation.append("line \(paragraphs[draft.start].firstLine): no exchange after all: \(why)") }
            return true
        }
        // Exchanges partition the blocks from the first question to the back matter.
        let end = paragraphs.indices.first(where: { kinds[$0] == .back }) ?? paragraphs.count
        if var first = drafts.first {
            // `Good afternoon, everybody, and welcome…` then, in a paragraph of its own, `Ansel,
            // let's start with you. When the city…?`: the welcome opening the first question's
            // turn greets the room; the question starts where the welcome ends.
            // So do a check that the room can hear (`Can folks in the back hear me? Great. Welcome
            // back…`) and, after the welcome, the panel presented without a question.
            var welcomed = false
            while first.start + 1 < end, kinds[first.start] == .question, kinds[first.start + 1] == .question,
                  speakers[first.start] == speakers[first.start + 1] {
                let p = paragraphs[first.start], opening = p.leadingBytes(400)
                let asksNothing = !p.asks || p.text.utf8.count <= 400 && SmallTalk.asksOnlyPleasantries(opening)
                guard asksNothing, welcomed || Segmentation.welcomesTheRoom(opening) || Segmentation.opensAShow(opening) else { break }
                welcomed = true
                first.start += 1
                first.question = paragraphs[first.start].leadingBytes(400)
            }
            drafts[0] = first
        }
        return drafts.enumerated().map { offset, draft in
            if offset == 0 { for index in 0..<draft.start where kinds[index] == .question { kinds[index] = .moderator } }
            let upper = offset + 1 < drafts.count ? drafts[offset + 1].start : end
            let range = draft.start..<max(draft.start + 1, upper)
            let title = ExchangeTitle.make(from: draft.question)
            return Exchange(number: offset + 1, title: title.isEmpty ? "Exchange \(offset + 1)" : title,
                            questionSpeaker: draft.asker, answerSpeaker: draft.answerer, blocks: range,
                            firstLine: paragraphs[range.lowerBound].firstLine,
                            lastLine: paragraphs[range.upperBound - 1].lastLine)
        }
    }
}

/// Speech that is not part of the interview's substance.
enum SmallTalk {
    enum Kind { case none, backchannel, closing }

    static func classify(_ turn: Turn) -> Kind {
        // `All right, welcome back everyone… I'll ask a question and anyone can answer. Bill,
        // Jun, Marisol, is everyone ready?`: a welcome that ends asking whether all are ready.
        // So does an oral history's slate (`Today is March 3rd, 2004… Len, would you state your
        // full name and date of birth?`).
        if turn.asks, turn.words <= 60, Segmentation.welcomesTheRoom(turn.opening) || ExchangeTitle.introductions.occur(in: turn.opening),
           pleasantQuestions.occur(in: lastQuestion(turn.opening[...])) {
            return .closing
        }
        guard turn.words <= 25 else { return .none }
        // `It's going very good. How are you?` asks, but only after the other's health; `Is this
        // on? Okay. How do you handle…?` checks the microphone, then asks.
        if turn.asks {
            return pleasantQuestions.occur(in: lastQuestion(turn.opening[...])) ? .closing : .none
        }
        if turn.words <= 3 { return .backchannel }
        // `Thank you.`, `Okay, go ahead.`: pleasantries come first or are all there is; `We will go
        // ahead with the vote` and `That's all we know` answer.
        let opening = turn.opening[...]
        if turn.words <= 6 { return mentionsSmallTalk(opening) ? .closing : .none }
        guard phrases.occur(in: opening, startingBefore: secondWordEnd(opening)) else { return .none }
        // `Thank you, Martha. Prices are too high because…`: thanks, then an answer.
        return substanceAfterFirstSentence(opening) ? .none : .closing
    }

    /// Every question in `text` is a pleasantry or a check of the line (`Can folks in the back
    /// hear me?`), or a title quoted (`This is panel three, "Who Pays for Transit?"`).
    static func asksOnlyPleasantries(_ text: [UInt8]) -> Bool {
        var i = 0
        while let mark = text[i...].firstIndex(of: UInt8(ascii: "?")) {
            i = mark + 1
            let quoted = i < text.count && (text[i] == UInt8(ascii: "\"") || text[i] == 0xE2 && i + 2 < text.count && text[i + 2] == 0x9D)
            if !quoted && !pleasantQuestions.occur(in: lastQuestion(text[..<i])) { return false }
        }
        return true
    }

    /// The sentence that ends at the last question mark (all of it when there is none).
    static func lastQuestion(_ opening: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        guard let mark = opening.lastIndex(of: UInt8(ascii: "?")) else { return opening }
        var start = mark
        while start > opening.startIndex {
            let c = opening[start - 1]
            if (c == UInt8(ascii: ".") || c == UInt8(ascii: "?") || c == UInt8(ascii: "!")) && start < mark { break }
            start -= 1
        }
        return opening[start...mark]
    }

    /// Ten words or more after the first sentence, none of them pleasantries.
    private static func substanceAfterFirstSentence(_ opening: ArraySlice<UInt8>) -> Bool {
        guard let end = opening.indices.first(where: { i in
            (opening[i] == UInt8(ascii: ".") || opening[i] == UInt8(ascii: "!")) && i + 1 < opening.endIndex && opening[i + 1] == 0x20
        }) else { return false }
        let rest = opening[(end + 1)...]
        return rest.lazy.filter { $0 == 0x20 }.count >= 10 && !mentionsSmallTalk(rest)
    }

    /// Where the turn's second word ends (or its opening, if shorter): `Yes, thank you…`.
    private static func secondWordEnd(_ opening: ArraySlice<UInt8>) -> Int {
        var spaces = 0
        for (i, c) in opening.enumerated() where c == 0x20 {
            spaces += 1
            if spaces == 2 { return i }
        }
        return opening.count
    }

    static let pleasantQuestions = Phrases(["how are you", "how's it going", "how are things", "how have you been",
                                            "you doing?",
                                            // A move to the next topic, or to begin, asks leave, not a question.
                                            "shall we move on", "should we move on", "can we move on", "ready to move on",
                                            "shall we start", "shall we begin", "ready to start", "ready to begin",
                                            "everyone ready", "everybody ready", "are we ready", "we going to start",
                                            // Nor does a check that the line works (`Can you hear me okay?`).
                                            "hear me", "hear us", "see my screen", "see me okay", "is this on", "are we live",
                                            "are we recording",
                                            // Or one for the record's sake, or for a rest.
                                            "state your name", "state your full name", "spell your name",
                                            "introduce yourself", "introduce yourselves",
                                            "spell your last name", "take a break", "need a break", "want a break",
                                            "a glass of water"],
                                           curlyApostrophes: true)

    static func mentionsSmallTalk(_ text: ArraySlice<UInt8>) -> Bool { phrases.occur(in: text) }

    static let phrases = Phrases([
        "thank", "welcome", "hello", "good morning", "good afternoon", "good evening", "nice to", "pleasure",
        "goodbye", "bye", "next question", "go ahead", "hear me", "my microphone", "your microphone", "microphone is",
        "microphone on", "testing, testing", "testing one", "testing 1", "mic check", "let's begin", "let's get started",
        "that's all for", "that's all the time", "that's all we have", "that concludes", "out of time", "we'll leave it there",
        "appreciate it", "appreciate your time", "going very good", "going well", "doing well", "good to be here",
        "great to be here", "glad to be here", "adjourn",
        // Farewells: `Yes, looking forward to meeting you in person.`
        "looking forward to meeting you", "looking forward to seeing you", "look forward to seeing you", "see you soon",
        "see you then", "lovely to meet", "talk soon",
        // `Sure, no problem. Good luck with it.`, a guest's parting words.
        "no problem", "good luck", "take care", "all the best",
    ])
}

extension Array where Element == UInt8 {
    /// Words (runs between spaces; text is already folded) and whether a `?` occurs.
    func wordsAndQuestion() -> (words: Int, asks: Bool) {
        withUnsafeBufferPointer { b in
            var words = 0
            var asks = false
            var previous: UInt8 = 0x20
            for c in b {
                if previous == 0x20 && c != 0x20 { words += 1 }
                if c == UInt8(ascii: "?") { asks = true }
                previous = c
            }
            return (words, asks)
        }
    }
}
