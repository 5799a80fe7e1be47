/// Where an interviewer's turn stands among the exchanges: a new question, more of the
/// question still being asked, or the real start of a question after a greeting.
enum Segmentation {
    struct Draft {
        var start: Int
        var asker: Int
        var answerer: Int?
        var question: [UInt8]
        var open = true
        /// Whether the question so far asks (holds a question mark).
        var asks: Bool
        /// Words of substance the answerers have said (small talk and backchannel left out).
        var answerWords = 0
        /// Answer turns heard, small talk included.
        var answerTurns = 0
        /// Of `answerWords`, those the first to answer said before the asker spoke again: their
        /// reply to the question.
        var firstReplyWords = 0
        /// The asker spoke again after an answer had begun.
        var askerCameBack = false
        /// The answerer asked something back (`Where are they 40 percent, in the Republic?`).
        var askedBack = false
        /// Words of the question, its continuations included.
        var questionWords: Int
        /// Someone who runs the session or only says who they are spoke after the question
        /// (`And in the back?` — `Brendon Bachelor, from our town hall.`).
        var roomSpoke = false
        /// Someone who runs the session gave the floor after the answer (`Moskovsky Komsomolets,
        /// go ahead, please.`): whoever asks next opens a question of their own.
        var floorGiven = false
        /// Opened by the one given the floor: a question by the room's rules, asked or not.
        var calledOn = false
        /// Who trailed off in the last reply (`it tends to like-`), if it did: a short turn that
        /// they then take up again finished their sentence.
        var brokenOffBy: Int?
        /// Who quipped before the question was answered (`Trent Crimm. Fake journalist.`), if
        /// anyone did: their own question restarts the exchange (`place`).
        var quippedBy: Int?
        /// The quip awaits its reply, which answers the quip, not the question.
        var quipAwaitsReply = false

        init(_ turn: Turn) {
            start = turn.first
            asker = turn.speaker
            question = turn.opening
            asks = turn.asks
            questionWords = turn.words
        }

        /// More of the question: the title may still find its asking sentence in it.
        mutating func goOn(_ turn: Turn) {
            if firstReplyWords > 0 { askerCameBack = true }
            asks = asks || turn.asks
            questionWords += turn.words
            if (!question.contains(UInt8(ascii: "?")) || Segmentation.asksToRepeat(question[...])) && question.count < 400 {
                question += [0x20] + turn.opening.prefix(400 - question.count)
            }
        }

        mutating func hear(_ turn: Turn, talk: SmallTalk.Kind) {
            if answerer == nil { answerer = turn.speaker }
            answerTurns += 1
            brokenOffBy = turn.breaksOff ? turn.speaker : nil
            // A yes or no counts as an answer to a question that asked; a short question back
            // (`A quick what?`) or a reply cut off (`Well —`) does not answer.
            // (Asking back ends the reply: `They had the group chat. Why would they open another
            // app? The ones who did liked it.` answers, a question in passing.)
            let clarifies = turn.words < Segmentation.substantialAnswer * 2
                && (turn.endsAsking && Segmentation.endsOnItsQuestion(turn.opening) || turn.breaksOff
                    || Segmentation.onlyAsksBack(turn.opening))
            if clarifies && talk == .none { askedBack = true }
            if (talk == .none && !clarifies) || (talk == .backchannel && asks) {
                answerWords += turn.words
                if turn.speaker == answerer && !askerCameBack { firstReplyWords += turn.words }
            }
        }

        /// Whether a remark that asked nothing drew an answer: a word or two back (`Yeah. Well,
        /// let's hope.`), or less than half the remark, is conversation, not a prompt. From
        /// someone who mostly comments (a co-host), it takes the first to answer replying at
        /// length, and at least as long as the remark, before the remark's author speaks again.
        func promptedAnswer(commentator: Bool) -> Bool {
            // A panel talks at length after anything: the one who takes the remark up must, before
            // the remark's author speaks again (remarks and agreements in turn add up to no answer).
            if commentator { return firstReplyWords >= max(Segmentation.commentAnswer, questionWords) }
            return answerWords >= max(Segmentation.substantialAnswer, questionWords / 2)
        }

        /// A remark that asked nothing and drew no answer, which another's question passes over
        /// (`We have time for questions. Yes, on the left.` — `Does that mean…?`).
        func isPassedOver(by turn: Turn) -> Bool { turn.speaker != asker && !asks && answerTurns == 0 }
        /// An answer of substance, or any reply to a question that asked.
        var isAnswered: Bool { answerWords >= Segmentation.substantialAnswer || (asks && answerWords > 0) }
        /// Answered with nothing but pleasantries: the question turn was a greeting.
        var isGreeting: Bool {
            answerTurns > 0 && answerWords == 0 && !askedBack
                && (!asks || Segmentation.greets(question) || Segmentation.opensAShow(question))
        }
    }

    enum Placement { case opens, continues, restarts, aside }

    /// Why a drafted exchange is none after all, once its answers are heard, or nil.
    static func isNoExchange(_ draft: Draft, answeredByGenericLabel: Bool, commentator: Bool) -> String? {
        // A question nobody answered (shouted at a departing official) is no exchange.
        guard draft.answerer != nil else { return "nobody answered" }
        if answeredByGenericLabel { return nil }
        // Nor one answered only with pleasantries (`Thank you for having me`), nor `…we can
        // affect that, right?` answered `Right.`: a confirmation.
        if draft.answerWords <= echoWords { return "answered with \(draft.answerWords) words of substance" }
        if !draft.asks && !draft.calledOn && !draft.promptedAnswer(commentator: commentator) {
            return "a remark of \(draft.questionWords) words that asked nothing drew \(draft.answerWords)"
        }
        return nil
    }

    /// The paragraph's one question is about the floor, not the subject: it opens the paragraph
    /// asking leave to speak (`Can I add something?`, `If I may?`), or it offers the floor
    /// (`Senator Okafor, would you like to make an opening statement?`). What follows is a
    /// statement, not an answer awaited.
    static func asksOnlyForTheFloor(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { b in
            guard let mark = b.firstIndex(of: UInt8(ascii: "?")), !b[(mark + 1)...].contains(UInt8(ascii: "?")) else { return false }
            if mark < 48 && leaveToSpeak.occur(in: UnsafeBufferPointer(rebasing: b[..<mark])) { return true }
            // The sentence the question mark ends.
            let start = b[..<mark].lastIndex { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "!") }.map { $0 + 1 } ?? 0
            return offersTheFloor.occur(in: UnsafeBufferPointer(rebasing: b[start..<mark]))
        }
    }

    static let offersTheFloor = Phrases(["an opening statement", "make a statement", "say a few words", "any opening remarks",
                                         "some opening remarks"])

    static let leaveToSpeak = Phrases(["can i add", "may i add", "could i add", "can i just add", "can i jump in",
                                       "may i jump in", "can i come in", "may i come in", "if i may", "can i say something",
                                       "may i say something", "can i just say", "may i interrupt", "can i interrupt",
                                       "can i chime in", "may i chime in"])

    /// Words an unasked turn needs to open an exchange as a prompt.
    static let promptWords = 15
    /// Words an interviewer's statement needs to be the question, in an interview edited for print.
    static let editedPromptWords = 6

    /// An interview edited for print (a magazine's, a newspaper's): only the interviewer and
    /// the one interviewed speak, in turn, and no turn but the farewells is a word or two (no
    /// `Yeah.`, no `Right.`, no `Mm-hmm.`: the editor took them out), and the interviewer asks
    /// in half their turns or more, the farewell aside (a co-host commenting along asks
    /// seldom). There every turn the interviewer keeps is put to the guest, question mark or not.
    static func isEditedInPairs(_ turns: [Turn], roles: [Participant.Role]) -> Bool {
        guard turns.count >= 6 else { return false }
        var asker: Int?, answerer: Int?
        var asked = 0, asking = 0
        for (t, turn) in turns.enumerated() {
            switch roles[turn.speaker] {
            case .interviewer:
                if asker == nil { asker = turn.speaker } else if asker != turn.speaker { return false }
                asked += 1
                if turn.asks { asking += 1 }
            case .interviewee:
                if answerer == nil { answerer = turn.speaker } else if answerer != turn.speaker { return false }
            default: return false
            }
            if turn.words < 4 && t < turns.count - 2 { return false }
        }
        return asker != nil && answerer != nil && asking * 2 >= asked - 1
    }

    /// Words an answer needs before the interviewer's next turn can be a new question.
    static let substantialAnswer = 15
    /// A turn this short after a reply that trailed off finishes it rather than asks anew.
    static let completionWords = 6
    /// A question this short after an answer echoes it rather than asks anew.
    static let echoWords = 3
    /// An unasked remark shorter than this, after an answer, is an aside.
    static let asideWords = 40

    /// A long turn that greets the room (`Good afternoon, everybody.`) opens a briefing:
    /// the banter before it was no exchange.
    static func isOpeningStatement(_ turn: Turn) -> Bool {
        turn.words >= 60 && turn.greetsTheRoom
    }

    /// `AUDIENCE: [INAUDIBLE]`, `(Off mic.)`: a turn that is only a note that it was not heard.
    static func isOutOfEarshot(_ opening: [UInt8]) -> Bool {
        opening.count <= 40 && (opening.first == UInt8(ascii: "[") || opening.first == UInt8(ascii: "("))
            && outOfEarshot.occur(in: opening)
    }

    /// After such a turn, `So the question is whether…`: the question the one who answers says
    /// again before answering, as restated (the answer's first sentence), to title the exchange;
    /// nil if the answer restates nothing (an inaudible heckle asks nothing).
    static func restatedQuestion(_ answerOpening: [UInt8]) -> [UInt8]? {
        guard restatements.occur(in: answerOpening.prefix(80)) else { return nil }
        let end = answerOpening.indices.first { i in
            ".?".utf8.contains(answerOpening[i]) && (i + 1 == answerOpening.count || answerOpening[i + 1] == 0x20)
        }
        return Array(answerOpening[...(end ?? answerOpening.count - 1)])
    }

    static let outOfEarshot = Phrases(["inaudible", "off mic", "off-mic", "unintelligible", "indiscernible", "not audible"])
    static let restatements = Phrases(["the question is", "the question was", "repeat the question", "heard the question",
                                       "understood the question", "understand the question"])

    /// A turn ending like this gives the floor to someone (to speak, not to answer a question).
    static func handsOver(_ ending: [UInt8]) -> Bool {
        handOffs.occur(in: ending)
    }

    static let handOffs = Phrases(["the floor", "go ahead", "over to you", "please welcome", "hand over to", "hand it over",
                                   "turn it over to", "pass it over to",
                                   // A conference call's host hands the call, not the floor.
                                   "call over to", "conference over to", "call back over to", "call back to",
                                   // A hearing's chair recognizes a witness or a member to speak.
                                   "now recognize", "i recognize", "is recognized for", "are recognized for",
                                   "opening statement.", "opening statement?", "for five minutes.", "for 5 minutes.",
                                   "you may proceed", "please proceed", "you may begin"])

    /// Says nothing but who has the floor: every sentence is a word or two (`Alex.`, `Yes.`) or
    /// a short one that gives it (`Go ahead, Toluse.`), and one does give it. `No, not at all.
    /// Go ahead.` answers first, and `We will go ahead with the vote on Friday.` is an answer.
    static func onlyGivesTheFloor(_ text: [UInt8]) -> Bool {
        var gives = false
        for sentence in shortSentences(text) {
            let handsOver = handOffs.occur(in: sentence.bytes)
            if sentence.words <= 2 && !handsOver { continue }
            guard sentence.words <= 5, handsOver else { return false }
            gives = true
        }
        return gives
    }

    /// The sentences of a short turn (each to its `.`, `!`, `?` or `;`, the last to the end),
    /// with their words: tokens holding a letter or a digit (`—` is none).
    private static func shortSentences(_ text: [UInt8]) -> [(bytes: ArraySlice<UInt8>, words: Int)] {
        var sentences: [(bytes: ArraySlice<UInt8>, words: Int)] = []
        var start = 0
        for end in text.indices where end == text.count - 1 || ".!?;".utf8.contains(text[end]) {
            let sentence = text[start...end]
            start = end + 1
            sentences.append((sentence, sentence.split(separator: 0x20).filter { $0.contains(where: Bytes.isASCIIAlphanumeric) }.count))
        }
        return sentences
    }

    /// A legislator giving back the rest of their time (`I yield back.`, `I yield the balance of my time.`).
    static func yieldsTime(_ ending: [UInt8]) -> Bool {
        yields.occur(in: ending)
    }

    /// `Ms. Moss, you are recognized for 5 minutes.`, `The subcommittee stands adjourned.`: only
    /// whoever chairs a hearing gives the floor or closes the sitting, however they are titled.
    static func chairs(_ ending: [UInt8]) -> Bool {
        chairsWords.occur(in: ending)
    }

    static let chairsWords = Phrases(["you are recognized", "is recognized for", "are now recognized", "i now recognize",
                                      "i recognize myself", "i recognize the ranking", "i recognize the gentle",
                                      "i recognize senator", "i recognize representative", "i recognize congress",
                                      "stands adjourned", "hearing is adjourned", "will come to order"])

    static let yields = Phrases(["i yield back", "i yield the balance", "i'll yield back", "i will yield back", "and yield back",
                                 "i yield my time", "yield back the balance"], curlyApostrophes: true)

    /// Asks back and says nothing else: a question, and every other sentence a word or three
    /// (`Ahhh — wait. Hold on. The — decorum, right? … Hi.`).
    /// Fewer than four words follow the last question mark (`What do you mean? Sorry.`).
    static func endsOnItsQuestion(_ text: [UInt8]) -> Bool {
        guard let mark = text.lastIndex(of: UInt8(ascii: "?")) else { return true }
        return text[(mark + 1)...].lazy.filter { $0 == 0x20 }.count <= 3
    }

    static func onlyAsksBack(_ text: [UInt8]) -> Bool {
        var asks = false
        for sentence in shortSentences(text) {
            if sentence.bytes.last == UInt8(ascii: "?") { asks = true } else if sentence.words > 3 { return false }
        }
        return asks
    }

    /// A turn of the guest's this short that winds up (`It is time for us to wrap up…`) says
    /// the conversation is over; in a longer one the words are part of an answer.
    static let guestWindUpWords = 25

    /// A turn's last sentence calls on someone by name (`Yes, Pam?`, `Okay, Margaret?`, `Edie?`):
    /// up to three words, a capitalised one last, the others such words as give the floor. A
    /// one-word question that is a word, not a name (`Sorry?`, `Right?`), still asks.
    static func callsOnSomeone(_ ending: [UInt8]) -> Bool {
        var end = ending.count
        while end > 0, ending[end - 1] == 0x20 { end -= 1 }
        guard end > 1, ending[end - 1] == UInt8(ascii: "?") else { return false }
        var start = end - 1
        while start > 0, !".!?:;\"".utf8.contains(ending[start - 1]) { start -= 1 }
        // The sentence must begin inside the bytes looked at.
        guard start > 0 || ending.count < 48 else { return false }
        let words = ending[start..<(end - 1)].split(separator: 0x20).map { word in
            String(decoding: word.filter { $0 != UInt8(ascii: ",") }, as: UTF8.self)
        }
        guard let name = words.last, (1...3).contains(words.count), let initial = name.utf8.first,
              initial >= 0x41 && initial <= 0x5A, name.utf8.dropFirst().allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }),
              !notNames.contains(name.lowercased()) else { return false }
        return words.dropLast().allSatisfy { floorWords.contains($0.lowercased()) }
    }

    static let floorWords: Set<String> = ["yes", "yeah", "okay", "ok", "sure", "please", "go", "ahead", "next", "then", "now"]

    /// Capitalised words that end a short question and are no one's name.
    static let notNames: Set<String> = [
        "right", "okay", "ok", "really", "sorry", "pardon", "yes", "no", "yeah", "why", "what", "how", "who", "when",
        "where", "which", "me", "you", "us", "them", "him", "her", "it", "this", "that", "there", "here", "now", "today",
        "again", "anyone", "anybody", "everyone", "everybody", "anything", "else", "questions", "thoughts", "ready",
        "understood", "agreed", "correct", "true", "huh", "eh", "hmm", "seriously", "done", "so", "and", "or", "well",
    ]

    /// A legislature's chair asking why a member stands (`Senator Paterson, why do you rise?`):
    /// the member has the floor for a motion or a statement, not to answer.
    static func recognizesAMember(_ ending: [UInt8]) -> Bool {
        recognitions.occur(in: ending)
    }

    static let recognitions = Phrases(["why do you rise?", "for what purpose do you rise?", "for what purpose does the"])

    /// Thanks, then a call for last words (`thanks as always. Any parting words?`): the round of
    /// goodbyes, which thanks alone or a question about last things (a book's `Final Thoughts`
    /// chapter) is not.
    static func closingRound(_ ending: [UInt8]) -> Bool {
        partingCalls.occur(in: ending) && thanks.occur(in: ending)
    }

    static let partingCalls = Phrases(["parting words", "parting thoughts", "closing thoughts", "closing words",
                                       "final words", "last words", "final thoughts", "any last thoughts"])
    static let thanks = Phrases(["thanks", "thank you"])

    /// A turn ending like this winds the conversation up: what follows is thanks, not answers.
    static func windsUp(_ ending: [UInt8]) -> Bool {
        windUps.occur(in: ending)
    }

    static let windUps = Phrases(["leave it there", "good point to leave it", "close it there", "wrap it up", "wrap up",
                                  "wrap things up", "out of time", "all we have time for", "all the time we have",
                                  "end it there", "stop there", "that's it for today", "that's all for today",
                                  // A hearing or a session closes.
                                  "concludes our hearing", "concludes this hearing", "concludes today's hearing",
                                  "is adjourned", "stands adjourned", "are adjourned", "meeting is adjourned"])

    /// Turns at the start of a document in which the talk may still be setting up.
    static let settingUpTurns = 6

    /// Words of a host's turn that presents the guest by name and so opens the interview proper.
    static let guestIntroductionWords = 60
    /// How a host presents a guest: NAME, first in each, stands for the guest's surname, which
    /// follows their first name or title (`Audrey Tang is…`, `my guest today is Jane Doe, the author of…`).
    static let presentations = ["NAME is ", "NAME was ", "NAME has ", "NAME, who ", "NAME, the ", "NAME, a ", "NAME, an "]

    /// `Let's just start talking`, `Shall we begin?`: the conversation starts now. A topic
    /// (`Let's start with Syria`) is a question's opening, not this, so the forms end here.
    static let talkStarts = Phrases(["let's start.", "let's start,", "let's start talking", "let's just start", "let's begin.",
                                     "let's begin,", "let's get started.", "let's get started,", "shall we start?",
                                     "shall we begin?", "let us begin.", "let us start."], curlyApostrophes: true)

    /// `So, Sam, tell me how the cooperative started.`: a request to speak asks, with no
    /// question mark.
    static func requestsAnAnswer(_ opening: [UInt8]) -> Bool {
        requests.occur(in: opening.prefix(200))
    }

    static let requests = Phrases(["tell me about", "tell me how", "tell me what", "tell me why", "tell me when",
                                   "tell us about", "tell us how", "tell us what", "tell us why", "talk me through",
                                   "talk us through", "walk me through", "walk us through", "talk about", "describe",
                                   "explain", "give us a sense", "give me a sense", "help us understand",
                                   "help me understand",
                                   // `I have to ask. Gertrude.`: a prompt that names its subject.
                                   "i have to ask", "i've got to ask", "i've gotta ask", "i must ask", "i need to ask"],
                                  curlyApostrophes: true)

    /// A question put indirectly, with no question mark (`We just want to know if…`, a host
    /// relaying the chat's: `Tom wants to know what the biggest mistake was.`): it asks, as a
    /// request does, in any turn short of a statement's length (`asideWords`).
    static func asksIndirectly(_ opening: ArraySlice<UInt8>) -> Bool {
        indirectQuestions.occur(in: opening.prefix(300))
    }

    /// The verb of wondering, then the word that opens what is asked (`wants to know what…`;
    /// `things he wanted to know someday` asks nothing).
    static let indirectQuestions = Phrases(
        ["want to know", "wants to know", "wanted to know", "would like to know", "wondering", "wonder", "curious",
         "asks", "is asking", "was asking"].flatMap { verb in
            ["if", "whether", "what", "how", "why", "when", "where", "who", "which"].map { "\(verb) \($0) " }
        })

    /// `Sorry, can you say that again?`: a request to hear the last words again, short, about
    /// nothing; the question that follows says what the exchange is about.
    static func asksToRepeat(_ text: ArraySlice<UInt8>) -> Bool {
        text.count <= 80 && repeatRequests.occur(in: text)
    }

    static let repeatRequests = Phrases(["say that again", "repeat that", "repeat the question", "come again?",
                                         "didn't catch", "didn't hear", "pardon?", "sorry?"], curlyApostrophes: true)

    /// A host reading an advertisement (`This episode is brought to you by…`): no question.
    static func readsAnAd(_ opening: [UInt8]) -> Bool {
        adReads.occur(in: opening)
    }

    static let adReads = Phrases(["brought to you by", "episode is sponsored", "show is sponsored", "podcast is sponsored",
                                  "our sponsor", "today's sponsor", "promo code", "use the code", "use code"],
                                 curlyApostrophes: true)

    /// A turn ending on the room's laughter (`(Laughter.)`, `[laughs]`): a quip.
    static func drawsLaughter(_ ending: [UInt8]) -> Bool {
        laughter.occur(in: ending)
    }

    static let laughter = Phrases(["(laughter", "[laughter", "(laughs", "[laughs", "(laughing", "[laughing"])

    /// A podcast's or programme's first words: `Welcome to Conversations`, `It's Episode #9`.
    static func opensAShow(_ opening: [UInt8]) -> Bool {
        showOpenings.occur(in: opening)
    }

    static let showOpenings = Phrases(["welcome to", "welcome back to", "you're listening to", "you are listening to",
                                       "your host", "this is episode", "it's episode", "in this episode", "on this episode",
                                       "today's episode", "today on", "the following is a conversation with",
                                       "this is a conversation with"], curlyApostrophes: true)

    static func greetsTheRoom(_ opening: [UInt8]) -> Bool {
        greetings.occur(in: opening)
    }

    /// The turn opens by welcoming or greeting (`So hi, welcome everyone.`).
    static func greets(_ opening: [UInt8]) -> Bool {
        welcomes.occur(in: opening.prefix(160))
    }

    /// `Good afternoon, everybody, and welcome…`: a welcome, not a reporter's `Hi` or `Thanks`.
    static func welcomesTheRoom(_ opening: [UInt8]) -> Bool {
        welcomings.occur(in: opening)
    }

    static let welcomings = Phrases(["welcome"])

    static let welcomes = Phrases(["welcome", "hello", "hi,", "hi everyone", "hi, everyone", "good morning", "good afternoon",
                                   "good evening", "thanks for joining", "thank you for joining"])

    static let greetings = Phrases(["good morning", "good afternoon", "good evening", "hello everyone", "hello, everyone",
                                    "hi everyone", "hi, everyone", "welcome to"])

    /// `Why not?`, `Are you optimistic?`: a question word or an inverted verb first.
    static func opensAsQuestion(_ opening: [UInt8]) -> Bool {
        questionWords.contains(firstWord(opening).lowercased())
    }

    /// `Controversial how?`: the word before the question mark asks.
    static func closesOnAQuestionWord(_ opening: [UInt8]) -> Bool {
        guard let mark = opening.lastIndex(of: UInt8(ascii: "?")) else { return false }
        var start = mark
        while start > 0, Bytes.isASCIILetter(opening[start - 1]) { start -= 1 }
        return start > 0 && ["what", "why", "how", "who", "when", "where", "which"].contains(String(decoding: opening[start..<mark], as: UTF8.self).lowercased())
    }

    static func firstWord(_ opening: [UInt8]) -> String {
        String(decoding: opening.prefix { ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x61 && $0 <= 0x7A) || $0 == UInt8(ascii: "'") },
               as: UTF8.self)
    }

    /// `Really?`, `Sorry?`: a word back, never a call on someone by name.
    static let interjections: Set<String> = [
        "really", "seriously", "sorry", "pardon", "right", "yes", "yeah", "no", "okay", "ok", "oh", "wow", "huh", "true",
        "exactly", "so", "and", "but", "or", "the", "a", "an", "that", "this", "it", "you", "me", "us", "them", "sure",
        "indeed", "correct", "again", "still", "anything", "nothing", "everything", "hmm", "mm", "uh", "um", "ah",
    ]

    static let questionWords: Set<String> = [
        "what", "why", "how", "who", "whom", "whose", "when", "where", "which", "is", "are", "was", "were", "do",
        "does", "did", "can", "could", "will", "would", "should", "shall", "have", "has", "had", "may", "might",
        "isn't", "aren't", "don't", "doesn't", "didn't", "won't", "wouldn't", "can't",
    ]

    /// An interviewer who ends fewer turns than this asking mostly comments (a co-host, a
    /// panel's chair): a remark of theirs that asks nothing opens an exchange only if it draws a
    /// real answer (`Draft.promptedAnswer`).
    static let commentatorShare = 0.3

    /// Words an answer to a commentator's remark needs for the remark to count as a prompt.
    static let commentAnswer = 80

    /// `Cross-examination?`, `Any questions?`, `Yes, in the back?`: a call of a few words that
    /// another asker takes up with a question of their own, before anyone answers, gives way
    /// to that question.
    static func takesUpTheCall(_ turn: Turn, after last: Draft) -> Bool {
        last.answerTurns == 0 && last.questionWords <= 4 && turn.speaker != last.asker && turn.asks && turn.words >= 6
    }

    /// - Parameter isFirst: `last` is the first exchange drafted.
    static func place(_ turn: Turn, after last: Draft?, isFirst: Bool = false, everyTurnAsks: Bool = false) -> Placement {
        // A question asks or at least makes a point: a shout (`Secure the border!`) does not,
        // nor does a host's welcome that asks nothing.
        // Giving someone the floor asks them nothing: what they say is their own statement.
        if turn.handsOver && !turn.asks && !everyTurnAsks { return last?.open == true ? .continues : .aside }
        guard let last, last.open else {
            // `— that the president saw the value…`: the rest of a sentence broken off earlier,
            // outside any exchange, asking nothing, is no question now.
            if turn.opensMidSentence && !turn.asks && !everyTurnAsks { return .aside }
            let prompts = everyTurnAsks || turn.asks || (turn.words >= promptWords && !greets(turn.opening))
            return prompts ? .opens : .aside
        }
        if last.isGreeting { return .restarts }
        // A call to the room that the room took up, with nothing answered: the next turn starts afresh.
        if last.roomSpoke && last.answerTurns == 0 { return .restarts }
        if takesUpTheCall(turn, after: last) { return .restarts }
        // `Today is June 3rd. I'm here with Marta Okonkwo…` — `Happy to.` — `Where did you grow
        // up?`: before the first question, a remark that asked nothing and drew a word or two was
        // setting up; the question that follows starts the exchange afresh. (Later, such a remark
        // is the context of the question that follows it.)
        if isFirst, !everyTurnAsks, turn.asks, turn.speaker == last.asker, !last.asks, !last.calledOn, !last.askedBack,
           last.answerTurns > 0, last.answerWords < substantialAnswer {
            return .restarts
        }
        // `— does the ball move forward?`: the question cut off before goes on.
        if turn.opensMidSentence && !turn.asks { return .continues }
        // `…it tends to like-` — `Like, turn your brain off?` — and she goes on: finishing her
        // sentence. (`Is that your legacy, Mike?`, which Mike answers, is a question of its own.)
        if let broken = last.brokenOffBy, turn.nextSpeaker == broken, turn.words <= completionWords { return .continues }
        // `So, you're going to do better than 20th?` — `Ahhh — wait. Decorum, right?` — then another
        // asker, greeted after a quip, puts a question of their own: the first was passed over.
        // (Another label answering a question back is often the asker named: `Question:` then
        // `Oleg Kashtanov: In the Republic, yes.`)
        if !last.isAnswered, let quipper = last.quippedBy, turn.speaker == quipper, turn.asks { return .restarts }
        // `We have time for questions. Yes, on the left.` — `Does that mean…?`: a remark that asked
        // nothing and drew no answer gave the floor to whoever asks next, who starts afresh.
        if !everyTurnAsks, turn.asks, last.isPassedOver(by: turn) { return .restarts }
        if !last.isAnswered && !(everyTurnAsks && last.answerTurns > 0) { return .continues }
        // `Good afternoon, Mr President. Viktoria Prikhodko, Moskovsky Komsomolets.`, given the floor.
        if last.floorGiven { return .opens }
        if everyTurnAsks || turn.introducesItself || turn.askedOutOfEarshot { return .opens }
        // An unasked remark, or an echo (`Really?`, `Boot sector?`), is an aside.
        if !turn.asks && turn.words < asideWords { return .continues }
        // …unless it calls on someone new (`Mike?`, and Mike, not the last answerer, speaks).
        let callsOnSomeoneNew = turn.asks && turn.nextSpeaker.map { $0 != last.answerer && $0 != turn.speaker } == true
            && !interjections.contains(firstWord(turn.opening).lowercased())
        // An echo is the asker's own; someone else's short question is theirs (`And the parking?`).
        // (`Controversial how?`, `Since when?`: a question word last asks a new thing too.)
        if turn.words <= echoWords && !opensAsQuestion(turn.opening) && !closesOnAQuestionWord(turn.opening) && !callsOnSomeoneNew
            && turn.speaker == last.asker {
            return .continues
        }
        return .opens
    }
}

