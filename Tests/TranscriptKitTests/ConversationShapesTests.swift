import XCTest
@testable import TranscriptKit

/// How a conversation begins and ends, in our own words after shapes seen in real transcripts:
/// the sound check and chat before the host presents the guest, people from the room named
/// once, the goodbyes at the end, a guest who winds the session up, and hard-wrapped text.
final class ConversationShapesTests: XCTestCase {
    private func firstQuestion(_ d: Document) -> String? {
        d.exchanges.first.flatMap { e in e.blocks.lazy.map { d.blocks[$0] }.first { $0.kind == .question }?.text }
    }

    func testTheHostPresentingTheGuestEndsTheSettingUp() {
        let d = TranscriptParser.parse(Self.call)
        XCTAssertTrue(firstQuestion(d)?.hasPrefix("Lovely. Tonight we talk about") == true, firstQuestion(d) ?? "none")
        XCTAssertEqual(d.exchanges.count, 3)
    }

    func testManyChecksBeforeThePresentationWereStillSettingUp() {
        // More sound and screen checks, each asked and answered in a few words: nothing was
        // answered at length, so the presentation still ends the setting up.
        let checks = Self.call.replacingOccurrences(of: "Pieter Smal: Yes, all fine.\n", with: """
            Pieter Smal: Yes, all fine.

            Anke Dorn: Do the slides show on your side?

            Mira Holt: They do, a little small but readable.

            Pieter Smal: And the sound from the room, is it coming through?

            Mira Holt: Yes, quite well.

            """)
        let d = TranscriptParser.parse(checks)
        XCTAssertTrue(firstQuestion(d)?.hasPrefix("Lovely. Tonight we talk about") == true, firstQuestion(d) ?? "none")
        XCTAssertEqual(d.exchanges.count, 3)
    }

    func testAGuestNamedOnlyInPassingIsNoPresentation() {
        // The same talk, but the host's long turn addresses the guest instead of presenting her:
        // the chat before it stays an exchange of its own. (`Shall we start?` asks leave, which
        // is no exchange in either case.)
        let addressed = Self.call.replacingOccurrences(of: "Mira Holt is the harbour master of Brindle Bay",
                                                        with: "Mira, you are the harbour master of Brindle Bay")
            .replacingOccurrences(of: "Shall we start?", with: "Is it raining over there?")
        let d = TranscriptParser.parse(addressed)
        XCTAssertEqual(d.exchanges.count, 4)
    }

    func testAGuestPresentedWithTheAccentOfTheirNameWrittenApartIsPresented() {
        // The labels spell the name with one character (ö), the host's turn with two (o and
        // the combining diaeresis): the same name, found by the search that knows so.
        let accented = Self.call.replacingOccurrences(of: "Mira Holt:", with: "Mira H\u{F6}lt:")
            .replacingOccurrences(of: "Mira Holt is", with: "Mira Ho\u{308}lt is")
        let d = TranscriptParser.parse(accented)
        XCTAssertTrue(firstQuestion(d)?.hasPrefix("Lovely. Tonight we talk about") == true, firstQuestion(d) ?? "none")
        XCTAssertEqual(d.exchanges.count, 3)
    }

    func testSomeoneFromTheRoomNamedOnceIsASpeaker() {
        let d = TranscriptParser.parse(Self.call)
        XCTAssertEqual(d.participants.first { $0.name == "Tomas Verloop" }?.role, .interviewer)
        XCTAssertFalse(d.blocks.contains { $0.text.hasPrefix("Tomas Verloop:") })
    }

    func testANameWithAColonBeforeTheDialogueIsNoSpeaker() {
        // A credit line above the first believed label, in the same shape: not someone speaking.
        let credited = "Sound Engineer: the harbour office recording team\n\n" + Self.call
        let d = TranscriptParser.parse(credited)
        XCTAssertNil(d.participants.first { $0.name == "Sound Engineer" })
    }

    func testGoodbyesAfterTheLastAnswerAreNoExchange() {
        let d = TranscriptParser.parse(Self.call)
        let last = d.exchanges.last.map { e in e.blocks.map { d.blocks[$0].text }.joined(separator: " ") } ?? ""
        XCTAssertTrue(last.contains("the tide tables"), last)
        XCTAssertFalse(last.contains("Looking forward to seeing you"), last)
    }

    func testAGuestWindingUpLeavesTheLastQuestionAndTheBanterBeforeItUnanswered() {
        let text = """
        Chair: Minister, the first question. How will the new rail line be paid for?

        Minister: Half from the national budget, half from the regions, spread over ten years, and the \
        regions have already voted their share in the spring sessions.

        Chair: And the second one: when does the first train run?

        Minister: In the autumn of next year, if the bridge over the river is finished on time, which the \
        builders promise and which I will believe when I see it.

        Chair: You know what people ask every year, don't you?

        Minister: No, I do not.

        Chair: Whether you will stand again. Will you?

        Minister: It is time for us to wrap up…

        Chair: Then we will not ask. But the whole region would miss you, and so would we, I think that is \
        fair to say after so many years of these evenings together in this hall.

        Minister: A story to close, then, about a farmer and his cow, which I have told before and will \
        tell again, because it is the best one I know and everybody here laughs at it every time.

        Chair: Thank you all. Good night.
        """
        let d = TranscriptParser.parse(text)
        XCTAssertEqual(d.exchanges.count, 2)
        let lastAnswer = d.exchanges.last.flatMap { e in e.blocks.reversed().first { d.blocks[$0].kind == .answer } }
        XCTAssertTrue(lastAnswer.map { d.blocks[$0].text.hasPrefix("In the autumn") } == true)
    }

    func testANameAndColonWrappedIntoALineIsNoSpeaker() {
        let text = """
        Host: Why did the harbour close for a week in March, and who decided it?

        Guest: The storm did most of the deciding. We had waves over the outer wall for three days and the
        cranes could not work, so we kept the ships out. Then came the question of what to say
        about it. About
        Mayor Lind: she called it the right decision at the time, and I still think it was.

        Host: Would you do the same again?

        Guest: Yes, every time the waves come over the wall like that; nobody's cargo is worth a crew.
        """
        let d = TranscriptParser.parse(text)
        XCTAssertNil(d.participants.first { $0.name == "Mayor Lind" })
        XCTAssertEqual(d.exchanges.count, 2)
    }

    /// A book club of four: the host asks now and then but mostly gives opinions, and three
    /// co-hosts take each point up at length (more than a commenting host's remark needs).
    static var bookClub: String {
        let guests = ["Ola Brandt", "Sami Keller", "Ruth Imai"]
        var text = ""
        for round in 0..<12 {
            if round % 4 == 0 {
                text += "**Nina Vos** So what did you all think of chapter \(round / 4 + 1)?\n\n"
            } else {
                text += "**Nina Vos** I really liked the part about the lighthouse keepers in this one, because it reminded " +
                    "me of my grandfather and the way he kept his logbook every single night for forty years, in pencil, " +
                    "in a kitchen that smelled of paraffin, long after anyone needed the light.\n\n"
            }
            for guest in guests {
                text += "**\(guest)** I thought the same, and more than that: the chapter is really about patience, about " +
                    "doing a small thing the same way every day until it matters, and the keepers are the best example " +
                    "of it that the author could have found. The logbooks are the heart of it for me: every night the " +
                    "weather, the ships that passed, the oil burned and the wick trimmed, written in the same hand for " +
                    "forty years, and nobody ever read them until the author did, round \(round).\n\n"
            }
        }
        return text
    }

    func testAHostCommentingAmongThreeCoHostsOpensNoExchangeWithARemark() {
        let d = TranscriptParser.parse(Self.bookClub)
        XCTAssertEqual(d.participants.first { $0.name == "Nina Vos" }?.role, .interviewer)
        // Three questions, one per chapter; the nine remarks in between are opinions in the round.
        XCTAssertEqual(d.exchanges.count, 3)
    }

    func testAskingLeaveToSpeakAsksNothing() {
        let text = """
        Jane Doe: Good morning, everyone. Omar, can you start with the dredging schedule?

        Omar Ali: Sure. We are two weeks behind. Two of the dredges were out for repairs in March, and the third arrived late.

        Jane Doe: What does that mean for the north channel?

        Omar Ali: The deep-draught ships wait for high tide until June. We have told the shipping lines already.

        Lena Berg: Can I add something? The pilots have asked for more night shifts to make up for it.

        Jane Doe: Is that affordable?

        Lena Berg: Only if the council agrees to the overtime budget, which it has not yet done this year.
        """
        let d = TranscriptParser.parse(text)
        XCTAssertEqual(Fixture.role(d, "Lena Berg"), .interviewee)
        XCTAssertEqual(Fixture.outline(d).last, "Is that affordable? [Jane Doe → Lena Berg]")
        XCTAssertEqual(d.exchanges.count, 3)
    }

    func testAShortTurnFinishingATrailedOffReplyAsksNothingNew() {
        let text = """
        Host: How did you start writing at night?

        Guest: It began when the children were small. The house was quiet only after ten, and I found that the \
        words came more easily when nobody needed me, so I wrote until one or two and it tends to, like-

        Host: Make the days longer?

        Guest: Exactly, make the days longer and the nights shorter. I would not recommend it to anyone, but it \
        was the only time I had, and the book would not exist without those nights.

        Host: Shall we move on to the second book?

        Guest: Yes, please.

        Host: Why did the second book take ten years?

        Guest: Because I threw the first draft away. It was the first book again under another name, and a \
        friend who read it told me so, kindly but plainly, and she was right.
        """
        let d = TranscriptParser.parse(text)
        XCTAssertEqual(d.exchanges.map(\.title), ["How did you start writing at night?", "Why did the second book take ten years?"])
    }

    static let call = """
    Pieter Smal: Can everyone hear me at the back? Good.

    Anke Dorn: Is she on the screen yet?

    Mira Holt: Yes, I can hear you. Can you hear me?

    Anke Dorn: Yes, loud and clear. Shall we start?

    Mira Holt: I don't mind. Let me just fetch some water and I will be right back with you in a minute or two, \
    the connection seems fine on my side and the picture too, so nothing else to test.

    Pieter Smal: Good idea.

    Mira Holt: Back again. Everything still working?

    Pieter Smal: Yes, all fine.

    Anke Dorn: Lovely. Tonight we talk about harbours, tides and the people who keep ships safe. Mira Holt is \
    the harbour master of Brindle Bay, where she has worked for twenty years, first as a pilot and then in the \
    tower, and she has written the rules that half the small ports of the coast now follow. We are very glad \
    she could join us from so far away. Mira, how did you come to the sea?

    Mira Holt: My father fished, and his father before him, so the boats were always there. I went to sea at \
    sixteen, became a pilot at thirty and moved to the tower when my knees told me to. The sea decided for me, \
    really, and I have never regretted a single day of it, even the stormy ones.

    Pieter Smal: What changed most in those twenty years?

    Mira Holt: The ships got bigger and the crews smaller. A container ship that needed thirty hands now sails \
    with twelve, so the harbour has to do more of the watching, with radar, with cameras and with people who \
    know every sandbank by name. That is the biggest change by far.

    Tomas Verloop: I have one question from the back. How do you teach young pilots to read the tide tables?

    Mira Holt: On the water, always. We sit with them over the tide tables in the morning and then take them out \
    on the same tide in the afternoon, until the numbers and the water tell the same story. It takes a year, \
    sometimes two, and nobody is sent alone before that.

    Anke Dorn: Thank you so much, Mira. Thank you.

    Mira Holt: Thank you. It was a very good evening.

    Anke Dorn: It was lovely to meet you this way. Will you come in person next time?

    Mira Holt: Yes, looking forward to seeing you in person.

    Anke Dorn: Wonderful.

    Pieter Smal: Goodbye, Mira.

    Mira Holt: Bye.
    """
}
