import XCTest
@testable import TranscriptKit

/// How a session is run, in our own words after shapes seen in real press conferences and
/// panels: who answers, who asks once, banter before the briefing, and a moderator giving
/// someone the floor for a statement.
final class SessionShapesTests: XCTestCase {
    private func role(_ d: Document, _ name: String) -> Participant.Role? {
        d.participants.first { $0.name == name }?.role
    }

    func testAGenericReplyLabelDoesNotOutweighTheOneWhoAnswers() {
        let text = """
        **Moderator:** Let us begin. The first question, please.

        **Question:** Olga Petrova, Northern Daily. When will the new bridge open to traffic this year?

        **Anna Berg:** The bridge opens in the spring. The contractors finished the deck in October, the \
        inspections run through the winter, and the first cars should cross it in April if the weather holds.

        **Reply:** Thank you.

        **Question:** Ivan Sokol, River Radio. What happens to the ferry once the bridge is open?

        **Anna Berg:** The ferry keeps running for tourists in summer, and the crews move to the new harbour \
        service. Nobody loses a job; we agreed that with the union a year ago and it stands.

        **Moderator:** Next question, please.

        **Ivan Sokol:** And will the ferry fares change after that?

        **Anna Berg:** The summer fares stay as they are for at least two more seasons, we have budgeted for it.
        """
        let d = TranscriptParser.parse(text)
        XCTAssertEqual(role(d, "Anna Berg"), .interviewee)
        XCTAssertEqual(role(d, "Moderator"), .moderator)
        // Named once, asking, and answered: a reporter, not a second panellist.
        XCTAssertEqual(role(d, "Ivan Sokol"), .interviewer)
        XCTAssertEqual(d.exchanges.count, 3)
    }

    func testAGreetingToTheRoomAfterBanterOpensTheBriefing() {
        let text = """
        Q    Did you bring the cake yourself today?

        MS. LANE:  Not this time. (Laughter.)

        Q    Next time, then.

        MS. LANE:  All right.

        Okay, good afternoon, everybody. Two things before your questions. First, the storm response: \
        crews have restored power to nine in ten homes in the valley and the rest follow by Friday. Second, \
        the school year: every district that closed last week reopens on Monday with buses on normal routes, \
        and the state covers the overtime of the drivers who worked through the weekend to make that happen.

        Q    Thank you. What about the homes still without power in the hills?

        MS. LANE:  Those are the hardest lines to reach; the utility has sent extra crews and expects them \
        back by Friday night at the latest, with generators at the school in the meantime.
        """
        let d = TranscriptParser.parse(text)
        XCTAssertEqual(d.exchanges.count, 1)
        XCTAssertEqual(d.exchanges.first?.title.hasPrefix("What about the homes"), true)
    }

    func testGivingSomeoneTheFloorIsNoQuestion() {
        let text = """
        **Sara Holm:** This is the closing session. We spent three days arguing about the future \
        of the city's harbour, and we ended with more questions than answers, which is how it should be. \
        To open, I give the floor to the mayor, Pieter Jansen.

        **Pieter Jansen:** Thank you. Friends, colleagues, the harbour is the oldest thing this city owns, and \
        the most neglected. Over the next ten years we will dredge the inner basin, rebuild the north quay \
        and open the old customs house to the public. None of that is cheap, and none of it can wait any \
        longer; the quay walls are older than the railway and they are failing one stone at a time.

        **Sara Holm:** Thank you. Mr Mayor, how will you pay for the north quay?

        **Pieter Jansen:** Half from the port's own fees, half from a regional fund we applied to in the spring.
        """
        let d = TranscriptParser.parse(text)
        XCTAssertEqual(d.exchanges.count, 1)
        XCTAssertEqual(d.exchanges.first?.title.hasPrefix("Mr Mayor, how will you pay"), true)
        let explained = TranscriptParser.parse(utf8: Array(text.utf8), name: "t", explain: true).explanation
        XCTAssertTrue(explained.contains { $0.hasSuffix("no exchange (it gives someone the floor)") }, "\(explained)")
    }

    func testWitnessesWhoSpeakAtLengthAndNeverAskAreAnswering() {
        let long = "We run the meals programme in four counties, and the need has doubled since the spring while the money has not moved at all; volunteers cover the gap, but they are older than the people they feed."
        let text = """
        SENATOR HALE: Welcome. Who would like to begin? Ms. Ortiz, how are the counties coping this winter?

        MS. ORTIZ: \(long) \(long) \(long)

        SENATOR HALE: Thank you. Mr. Lund, is it the same upstate, or is it worse there?

        MR. LUND: \(long) \(long)

        SENATOR HALE: And what would you ask the state to do first?

        MS. ORTIZ: \(long) \(long) \(long)
        """
        let d = TranscriptParser.parse(text)
        XCTAssertEqual(role(d, "SENATOR HALE"), .interviewer)
        XCTAssertEqual(role(d, "MS. ORTIZ"), .interviewee)
        XCTAssertEqual(role(d, "MR. LUND"), .interviewee)
    }

    func testWindingUpEndsTheLastExchange() {
        let text = """
        Host: What did the first conference feel like, back then?

        Guest: Small and loud. Forty people in a basement, every one of them sure they were about to change \
        the world, and a few of them were right about it in the end.

        Host: Ha, I remember that basement. The heating never worked, the chairs were borrowed from a church \
        hall, and somebody always brought a dog that slept under the projector. Okay, I think that's a good \
        point to leave it, unless anyone wants a last word.

        Guest: I will miss that dog. He came to every meeting for three years and slept through every talk, \
        which says something about the talks.
        """
        let d = TranscriptParser.parse(text)
        XCTAssertEqual(d.exchanges.count, 1)
        // The thanks after it stay in the exchange's stretch of text but are not its answer.
        let answers = d.exchanges[0].blocks.filter { d.blocks[$0].kind == .answer }.map { d.blocks[$0].text }
        XCTAssertEqual(answers.count, 1)
        XCTAssertTrue(answers.last?.hasSuffix("a few of them were right about it in the end.") == true, "\(answers)")
    }

    func testWhoeverOpensTheShowHostsItEvenTalkingMost() {
        let chat = "I read it on the train, and honestly it changed how I think about the whole subject, from the history to the way people argue about it today, and I keep coming back to it."
        let text = """
        Mike: Welcome to Harbour Talk, episode twelve. I'm here with Anna. Hey Anna, how's it going?

        Anna: It's going well. How are you?

        Mike: Doing fine. So, tell me, what did you make of the new book on lighthouses? \(chat) \(chat)

        Anna: I liked it. The chapter on the keepers was the best part, and the photographs too.

        Mike: \(chat) \(chat) What about the last chapter, did it work for you?

        Anna: Not really. It rushed the ending and left out the northern lights entirely.
        """
        let d = TranscriptParser.parse(text)
        XCTAssertEqual(role(d, "Mike"), .interviewer)
        XCTAssertEqual(role(d, "Anna"), .interviewee)
        XCTAssertEqual(d.exchanges.count, 2)
        XCTAssertEqual(d.exchanges.first.map { d.blocks[$0.blocks.lowerBound].text.hasPrefix("Doing fine.") }, true)
    }

    func testAShowsRecordedSignOffIsBackMatter() {
        let text = """
        Host: What will you build next?

        Guest: A smaller boat, this time with a proper cabin and a stove that works in the rain.

        Host: Thanks for coming on.

        Guest: Thanks for having me.

        Thank you for listening to Harbour Talk. Follow the show online and find the full show notes on our site.
        """
        let d = TranscriptParser.parse(text)
        XCTAssertEqual(d.blocks.last?.kind, .back)
    }

    func testAMarkForAPassageLeftOutIsNoSpeech() {
        let d = TranscriptParser.parse("Chair: Good afternoon, colleagues. Let us begin with the harbour.\n\n<…>\n\nMinister: The harbour works are on schedule and within the budget.\n")
        XCTAssertEqual(d.blocks.first { $0.text == "<…>" }?.kind.isSpeech, false)
    }

    func testAFooterRunIntoTheLastParagraphIsSplitOff() {
        let text = """
        Host: What comes next for the harbour?

        Guest: The north quay, then the lighthouse, if the money holds.

        Host: And thank you all for joining us. Share Facebook Twitter
        YouTube RSS Feed © 2025 Harbour Talk Ltd. All rights reserved. Privacy Policy
        """
        let d = TranscriptParser.parse(text)
        XCTAssertEqual(d.blocks.last?.kind, .back)
        XCTAssertEqual(d.blocks.dropLast().last?.text, "And thank you all for joining us.")
        XCTAssertTrue(d.blocks.last?.text.hasPrefix("Share Facebook") == true)
    }

    func testADiarizersFragmentDoesNotSplitATurn() {
        let text = """
        [Speaker 1] [03:40] I watched it with my son last week, and he asked me the question I had been \
        avoiding for years. So this is how
        [Speaker 3] [03:47] it sounds.
        [Speaker 1] [03:48] when you try to explain a floppy disk. What did you make of the documentary?
        [Speaker 2] [03:55] It was wonderful, and it made me want to dig out my old machine from the attic.
        [Speaker 1] [04:05] And what about the ending of it?
        [Speaker 2] [04:08] The ending was too quick, but the rest holds up well after all these years.
        [Speaker 3] [04:20] I agree with that, the ending was rushed and the last scene made no sense.
        """
        let d = TranscriptParser.parse(text)
        XCTAssertEqual(d.exchanges.count, 2)
        // The fragment is part of Speaker 1's question, not an answer to it.
        XCTAssertNotEqual(d.blocks.first { $0.text == "it sounds." }?.kind, .answer)
        XCTAssertEqual(d.exchanges.first.map { d.participants[$0.answerSpeaker!].name }, "Speaker 2")
    }

    /// A committee hearing as printed: `Senator Warren.` before each turn, most senators heard
    /// once or twice in an excerpt.
    func testAHearingsSenatorsHeardOnceAreSpeakers() {
        let text = """
            Chairman Brown. The Committee on Banking will come to order. Today we hear from the Chair of the Federal Reserve on monetary policy. Chair Powell, welcome back to the committee.

            Mr. Powell. Thank you, Chairman Brown. My colleagues and I remain squarely focused on our dual mandate. Inflation has eased substantially from its peak, and the labor market remains strong.

            Chairman Brown. Thank you, Chair Powell. Let me begin. Will the Fed cut rates before the summer is over?

            Mr. Powell. We will make our decisions meeting by meeting, based on the incoming data, the evolving outlook and the balance of risks.

            Senator Scott. Thank you, Mr. Chairman. Chair Powell, how much of the inflation we saw was caused by federal spending?

            Mr. Powell. It is hard to put a number on it. Fiscal support played a role early on, but supply chains and strong demand for goods mattered more.

            Senator Warren. Chair Powell, do you agree that high rates are hurting families who want to buy a home?

            Mr. Powell. Rates are high for a reason: to bring inflation down. Housing is one of the areas most affected, and we are well aware of it.

            Chairman Brown. The hearing is adjourned.
        """
        let d = TranscriptParser.parse(text)
        XCTAssertEqual(d.exchanges.map { d.participants[$0.questionSpeaker!].name }, ["Chairman Brown", "Senator Scott", "Senator Warren"])
        XCTAssertEqual(role(d, "Mr. Powell"), .interviewee)
    }

    /// An oral history's head names who asked and who answered; those lines say nothing.
    func testAnOralHistorysHeadIsNoSpeech() {
        let text = """
        # Oral History of John Smith

        Interviewed by: Jane Doe

        Recorded: March 3, 2015, Leith, Scotland

        Interviewer: Jane Doe

        Interviewee: John Smith

        Transcript

        DOE: Where were you born?

        SMITH: In Leith, in 1931, above my father's chandlery on the Shore. The smell of tar is the first thing I remember.

        DOE: What did your father sell?

        SMITH: Rope, paint, lamps, everything a boat needs. Sailors came in all day, and I listened to them.

        DOE: When did you first go to sea?

        SMITH: At fifteen, on a coal boat to Rotterdam. I was sick the whole way and I loved every minute of it.

        END OF INTERVIEW

        BIOGRAPHIC DATA

        Name: John Smith
        Born: 1931, Leith
        Occupation: Marine engineer
        """
        let d = TranscriptParser.parse(text, format: .markdown)
        XCTAssertEqual(d.participants.map(\.name), ["DOE", "SMITH"])
        XCTAssertEqual(d.exchanges.count, 3)
        XCTAssertFalse(d.blocks.contains { $0.kind.isSpeech && $0.text.contains("Marine engineer") })
    }

    /// A compilation: clips of hosts giving tips in turn. Everyone speaks at length, most turns
    /// ask nothing, and nobody interviews anybody.
    func testMonologuesInTurnAreNoInterview() {
        let said = ["Maya": "recording", "Tom": "editing", "Lena": "artwork"]
        let text = ["Maya", "Tom", "Lena", "Tom", "Maya", "Lena"].enumerated().map { n, who in
            let tip = tip(who, said[who]!)
            return n < 2 ? tip : tip.replacingOccurrences(of: "more of?", with: "more of.")
        }
            .joined(separator: "\n")
        let d = TranscriptParser.parse(text)
        XCTAssertEqual(d.exchanges.count, 0)
        XCTAssertEqual(Set(d.participants.map(\.role)), [.other])
    }

    /// A co-host who mostly comments: a remark that draws agreement is conversation, one that
    /// draws an answer at least as long, before its author speaks again, is a prompt.
    func testACommentingHostsRemarkOpensAnExchangeOnlyWhenItDrawsAnAnswer() {
        var turns: [String] = []
        for n in 1...10 {
            turns.append("Ada: I really liked chapter \(n), especially the part about the old mill and the river that runs past it all year.")
            turns.append("Ben: Yes, same here, that part stayed with me too, the mill and the water and the way the light falls on it in the evening.")
        }
        turns.append("Ada: What did you make of the ending?")
        turns.append("Ben: " + Array(repeating: "The ending surprised me because the mill burns down and the family moves away.", count: 4).joined(separator: " "))
        turns.append("Ada: I found the miller a sad figure, a man who kept working after everyone else had left the valley for good, " +
                     "mending the wheel every spring, writing letters nobody answered, and feeding the geese of neighbours who were never coming back.")
        turns.append("Ben: " + Array(repeating: "He is sad, but he chose to stay, and the book says so in the letters he writes to his sister every winter.", count: 8).joined(separator: " "))
        let d = TranscriptParser.parse(turns.joined(separator: "\n\n"))
        XCTAssertEqual(d.participants.first { $0.name == "Ada" }?.role, .interviewer)
        // The ten remarks agreed with open nothing; the question does, and so does
        // the remark about the miller that draws a long reply.
        XCTAssertEqual(d.exchanges.map { String($0.title.prefix(20)) }, ["What did you make of", "I found the miller a"])
    }
}

extension SessionShapesTests {
    /// Banter before a gaggle: a reporter's sentence broken off and picked up after the
    /// official laughs, a quip that draws laughter, then the official's statement, which greets
    /// nobody. The first question is the one after the statement.
    func testWarmUpBanterBeforeAStatementIsNoExchange() {
        let text = """
        MS. VALE:  Good to see all of you.

        Q    We were all so pleased —

        MS. VALE:  (Laughs.)

        Q    — that the governor finally took an hour of questions yesterday, and we would like more of that.

        MS. VALE:  All right.

        Q    Tomorrow?  Same hour tomorrow?  (Laughter.)

        MS. VALE:  All right.  All right.

        So, yesterday the governor spent an hour with the press, answering on the budget, the schools and \
        the bridge. Today she signs the school funding bill in the capital and then meets the mayors of the \
        river towns about the floods of last spring and the money the state has set aside to rebuild.

        Q    Thanks. On the funding bill, how many districts get more money this year?

        MS. VALE:  Every district gets more; the smallest rise is two percent and the largest nine, by the \
        formula the legislature agreed in March.
        """
        let d = TranscriptParser.parse(text)
        XCTAssertEqual(d.exchanges.count, 1)
        XCTAssertEqual(d.exchanges.first?.title.hasPrefix("On the funding bill, how many"), true)
    }
}

extension SessionShapesTests {
    /// A recording that starts while the two set up: the interviewer's request about the
    /// tablet is answered at length, but the guest's `let's just start` says the talk begins now.
    func testSettingUpBeforeTheTalkStartsHoldsNoExchange() {
        let text = """
        Ines Moreau: …ready. Could you sketch it on this tablet while we talk?

        Karl Weber: Sure, and I will sit next to you so we both see the screen. This is your draft of the \
        chapter, so I can write in the margin as we go, the way I do with every text I am sent. I use this \
        app only because it opens large files; at home I draw with a brush app. Fine, let's just start talking \
        and I will take notes in the background.

        Ines Moreau: How did you first come to programming?

        Karl Weber: Through my father's old calculator, which could be programmed with cards; I was eight and \
        spent a summer making it play a tune.

        Ines Moreau: And after the calculator?

        Karl Weber: A school computer club, then a summer job testing games for a small studio in Lyon.
        """
        let d = TranscriptParser.parse(text)
        // The last answer is short and says `testing`: an answer, not a microphone check.
        XCTAssertEqual(d.exchanges.map { String($0.title.prefix(16)) }, ["How did you firs", "After the calcul"])
    }
}

extension SessionShapesTests {
    /// At the end of a conversation the host sums up with a tag question and the guest agrees
    /// in a word: the last answer is the one before, not `Right.`
    func testATagQuestionAnsweredInAWordIsAConfirmation() {
        let text = """
        Nora Hale: What would change the outcome this year?

        Omar Reyes: A breakthrough in the south before the summer. Without it the front freezes, and the \
        support from abroad fades with every month of stalemate; with it, the talks start from a new line.

        Nora Hale: So the next six months decide a great deal, and what the allies send decides them, right?

        Omar Reyes: Right.

        Nora Hale: Omar Reyes, thank you for joining me.

        Omar Reyes: Thanks, Nora.
        """
        let d = TranscriptParser.parse(text)
        XCTAssertEqual(d.exchanges.count, 1)
        XCTAssertEqual(d.exchanges.first?.blocks.count, d.blocks.count)
    }
}

extension SessionShapesTests {
    /// A roundtable before a committee: cover-page headings, a round of introductions the chair
    /// calls for, then testimony called by first name. The senators question, even the one who
    /// mostly makes speeches; each call to a new witness is an exchange.
    func testAHearingsChairCallsWitnessesByName() {
        let speech = "We have heard the department's figures and I do not believe them, because the counties tell " +
            "a different story every winter when the heating assistance runs out before February."
        let testimony = "The program serves forty thousand people in the county, and the waiting list has doubled " +
            "since the state cut the transport money; drivers are volunteers, most of them retired themselves."
        let text = """
        SENATE MEMBERS PRESENT:  Senator Ruth Alder, Senator Paul Brenner

        ALSO IN ATTENDANCE:  Dana Cole, Eli Frost

        SENATOR ALDER:  Let us go around the room. In the back?

        MS. COLE:  Dana Cole, county office.

        MR. FROST:  Eli Frost, from the town.

        SENATOR ALDER:  Thank you all for coming. Tom, would you start us off with what you see in the county?

        MR. HALE:  \(testimony) \(testimony)

        SENATOR BRENNER:  \(speech) \(speech) \(speech)

        MR. HALE:  \(testimony)

        SENATOR ALDER:  Ann?

        MS. PIKE:  \(testimony) \(testimony)

        SENATOR ALDER:  Luis?

        MR. ORTEGA:  \(testimony) \(testimony)

        SENATOR BRENNER:  \(speech) What would you have us put in the budget first?

        MS. PIKE:  \(testimony) \(testimony)
        """
        let d = TranscriptParser.parse(text)
        XCTAssertNil(d.participants.first { $0.name.contains("PRESENT") || $0.name.contains("ATTENDANCE") })
        XCTAssertEqual(role(d, "SENATOR BRENNER"), .interviewer)
        XCTAssertEqual(role(d, "MR. HALE"), .interviewee)
        XCTAssertEqual(d.exchanges.map { d.participants[$0.answerSpeaker ?? 0].name },
                       ["MR. HALE", "MS. PIKE", "MR. ORTEGA", "MS. PIKE"])
        XCTAssertEqual(d.exchanges.first?.title.hasPrefix("Tom, would you start"), true)
    }
}

extension SessionShapesTests {
    /// A podcast host reads an advertisement between questions, and says `Really?` to one
    /// guest's story before the other guest chimes in: neither is a question of its own.
    func testAnAdReadAndAWordBackAreNoQuestions() {
        let story = "We drove the van across the desert with a broken fan belt and a spare made of tights, and it held all the way to the coast."
        let text = """
        Lena Park: How did the band's first tour go?

        Sam Ortiz: \(story) \(story)

        Lena Park: Really?

        Ruth Ng: It is true, I was there, and the tights were mine. We still have the van in my father's barn.

        Lena Park: This episode is brought to you by Fernway Coffee, roasted in small batches. Use the code BAND for ten percent off your first bag.

        Sam Ortiz: I drink it every morning.

        Lena Park: What came after the tour?

        Ruth Ng: The first record, which we made in eleven days in a church hall with borrowed microphones.
        """
        let d = TranscriptParser.parse(text)
        XCTAssertEqual(d.exchanges.map { String($0.title.prefix(20)) }, ["How did the band's f", "What came after the "])
    }
}

extension SessionShapesTests {
    /// Short answers that use a pleasantry's words further on are answers: only a turn that
    /// opens with one (`Thank you.`), or is no more than one, is small talk.
    func testAShortAnswerThatSaysGoAheadIsAnAnswer() {
        let text = """
        Q:  Will the council vote this week?

        MAYOR COLE:  We will go ahead with the vote on Friday, as planned.

        Q:  What about the budget?

        MAYOR COLE:  That's all we know so far, honestly; the figures come next month.

        Q:  Thank you.

        MAYOR COLE:  Thank you all.
        """
        let d = TranscriptParser.parse(text)
        XCTAssertEqual(d.exchanges.count, 2)
        XCTAssertEqual(d.exchanges.last?.answerSpeaker.map { d.participants[$0].name }, "MAYOR COLE")
    }
}

extension SessionShapesTests {
    /// A press conference as the Kremlin prints it: each reporter says who they are, the
    /// president counts his points off (`Second:`), and once asks a reporter back before
    /// answering. Titles are the questions, not the names; points are no speakers.
    func testReportersIntroduceThemselvesAndPointsAreCountedOff() {
        let answer = "The bridge will be finished next year, and the money for it is already in the budget; " +
            "the contractor has been told so, and the governor will report to me on it every quarter."
        let text = """
        **Question:** Anna Belova, River Gazette.

        Why has the bridge in our town taken six years to build when the plan said two?

        **Ivan Petrov:** First: it was not six years. \(answer)

        Second: I will not blame the builders alone, the design changed twice.

        **Question:** Thank you. Pavel Orlov, from the newspaper Northern Farmer.

        I have a question from the farmers of our region, where they are half of all workers.

        **Ivan Petrov:** Half of all workers, in the whole region?

        **Pavel Orlov:** In the region, yes. What will the new subsidy rules mean for them next year?

        **Ivan Petrov:** \(answer)
        """
        let d = TranscriptParser.parse(text)
        XCTAssertFalse(d.participants.contains { $0.name.hasPrefix("Second") || $0.name.hasPrefix("First") })
        XCTAssertEqual(d.exchanges.map { String($0.title.prefix(24)) }, ["Why has the bridge in ou", "I have a question from t"])
    }

    /// A host who asks by remarking: a point of 55 words that the guest takes up at once in 90
    /// opens an exchange, though the reply is not twice the remark.
    func testAHostsPointTakenUpAtLengthOpensAnExchange() {
        var turns: [String] = []
        let reply = Array(repeating: "Tariffs are paid by the importer here, and the paperwork falls on small firms first.", count: 6).joined(separator: " ")
        for n in 1...9 {
            turns.append("Nora Quint: On the ports, number \(n): I keep hearing from shippers that the delays have got worse since the spring, and that the smaller firms simply cannot absorb the cost of waiting for weeks at a time for clearance, while the big carriers simply pass it on to their customers and carry on as before.")
            turns.append("Elias Ward: " + reply)
        }
        turns.append("Nora Quint: What happens to prices next year?")
        turns.append("Elias Ward: " + reply)
        let d = TranscriptParser.parse(turns.joined(separator: "\n\n"))
        XCTAssertEqual(d.participants.first { $0.name == "Nora Quint" }?.role, .interviewer)
        XCTAssertEqual(d.exchanges.count, 10)
    }

    /// A hearing's chair recognizes a witness for an opening statement: a hand-over, not a
    /// question; the statement opens the record, the members' questions are the exchanges, and
    /// `That concludes our hearing` winds them up.
    func testAHearingsChairRecognizesAWitnessForAnOpeningStatement() {
        let text = """
            Mr. HALE. The subcommittee will come to order. Today we hear from one witness on
        river dredging. I now recognize Ms. Brandt for 5 minutes for her opening statement.

            Ms. BRANDT. Thank you, Chairman Hale. The river has silted up faster than any model
        predicted, and barges now load to two thirds of their capacity for half the year.

            Mr. HALE. Thank you. Ms. Brandt, how much would a full dredge cost?

            Ms. BRANDT. About ninety million over three seasons, most of it in the first.

            Mr. ODUYA. Thank you, Mr. Chairman. Ms. Brandt, who should pay for it?

            Ms. BRANDT. The ports that gain the most, with a federal share for the locks.

            Mr. HALE. The gentleman yields back. That concludes our hearing. The subcommittee is
        adjourned.
        """
        let d = TranscriptParser.parse(text)
        XCTAssertEqual(Fixture.outline(d), [
            "Ms. Brandt, how much would a full dredge cost? [Mr. HALE → Ms. BRANDT]",
            "Ms. Brandt, who should pay for it? [Mr. ODUYA → Ms. BRANDT]",
        ])
        XCTAssertNotEqual(d.blocks.last?.kind, .question, "the closing asks nothing")
    }
    func testBriefVoicesBesideAHostWhoRunsTheShowTakePartButRunNothing() {
        // A host asks almost every time; a long-winded guest answers; a second voice answers the
        // host twice in sentences and otherwise comments; a third says `Yeah.` just after
        // questions. Neither brief voice gives anyone the floor, so neither is a moderator.
        let long = String(repeating: "The quay took three summers to build and changed how every boat was moored. ", count: 22)
        let text = """
        Speaker 1: Tonight we are talking about the old harbour. Ana, what changed when the new quay opened?

        Speaker 4: Yeah.

        Speaker 2: \(long)

        Speaker 3: That was the year the fish market moved to the other side of the water, I remember it well.

        Speaker 1: Carla, you were a harbour pilot for years. What was the hardest approach?

        Speaker 3: The north channel in a westerly wind, because the sandbank moved every winter and the charts never kept up.

        Speaker 1: Did the pilots ever refuse a ship?

        Speaker 3: Twice that I remember, both times in fog so thick that nobody on the bridge could see the bow.

        Speaker 1: Ana, who paid for the dredging in the end?

        Speaker 4: Right.

        Speaker 2: \(long)

        Speaker 3: And the town argued about that bill for the best part of ten years, in every council meeting.

        Speaker 1: Ana, is the old crane still standing?

        Speaker 4: Yeah.

        Speaker 2: \(long)

        Speaker 3: It is, and the children climb it every summer whatever the signs on the fence say about it.

        Speaker 1: That is all we have time for tonight. Thank you, all three of you.
        """
        let d = TranscriptParser.parse(text)
        XCTAssertEqual(role(d, "Speaker 1"), .interviewer)
        XCTAssertEqual(role(d, "Speaker 2"), .interviewee)
        XCTAssertEqual(role(d, "Speaker 3"), .interviewee)
        XCTAssertEqual(role(d, "Speaker 4"), .other)
        let answerers = d.exchanges.map { e in e.blocks.first { d.blocks[$0].kind == .answer }.flatMap { d.speakerName(of: d.blocks[$0]) } }
        XCTAssertEqual(answerers, ["Speaker 2", "Speaker 3", "Speaker 3", "Speaker 2", "Speaker 2"])
    }
}

/// One host's tip, said at length and ending on a question to the listeners.
private func tip(_ who: String, _ topic: String) -> String {
    """
    \(who): Here is a tip about \(topic) that took us years to learn. When you start, you will want to do \
    everything at once, and that is fine, but pick one habit and keep it for a month before adding the next. \
    We kept a notebook of what worked, what did not and why, and reading it back a year later showed us how \
    much of our early worry was wasted. So keep notes, be patient, and ask your listeners what they want to hear more of?

    """
}
