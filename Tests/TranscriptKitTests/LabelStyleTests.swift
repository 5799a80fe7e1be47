import XCTest
@testable import TranscriptKit

/// Every label style a transcript uses, and the colons in prose that are not labels.
final class LabelStyleTests: XCTestCase {
    private func speakers(_ text: String) -> [String?] {
        let d = TranscriptParser.parse(text)
        return d.blocks.map { d.speakerName(of: $0) }
    }

    func testMixedCaseMultiWordAndTitledLabels() {
        let text = """
        Anna Schmidt: Why now?

        SECRETARY BLINKEN: Because the moment is right.

        Anna Schmidt: And tomorrow?

        SECRETARY BLINKEN: Tomorrow too.
        """
        XCTAssertEqual(speakers(text), ["Anna Schmidt", "SECRETARY BLINKEN", "Anna Schmidt", "SECRETARY BLINKEN"])
    }

    func testACommitteesLabelsWithWhatEachWitnessIsAndTheChairsRiding() {
        // Evidence as a parliament's committee prints it: the chair's name and riding nested in
        // brackets, a witness's description longer than a name.
        let text = """
        The Chair (Mr. René Arseneault (Madawaska—Restigouche, Lib.)):

        I call this meeting to order. Ms. Bourque, the floor is yours.

        Ms. Claudette Bourque (Executive Director, Réseau Santé Acadie):

        Thank you, Mr. Chair. Hospitals do not record the language a patient prefers.

        The Chair:

        Thank you. Dr. Feldstein, go ahead.

        Dr. Aaron Feldstein (Family Physician, As an Individual):

        I practise in a town of four thousand people, a fifth of them francophone.
        """
        XCTAssertEqual(speakers(text), ["The Chair", "Ms. Claudette Bourque", "The Chair", "Dr. Aaron Feldstein"])
    }

    func testAnExportsDateAndLengthAboveItsSpeakersIsNoName() {
        // otter.ai's header: `Dec 12, 2023 • 27:44` is shaped like `Jordan Pike  0:00`, but a
        // date and a bullet are nobody's name.
        let d = TranscriptParser.parse("""
        Interview_with_the_coach.m4a

        Dec 12, 2023 • 27:44

        Jordan Pike  0:00
        How long have you been coaching this group?

        Coach Bellamy  0:19
        Four seasons. Most of these girls started with me when they were eight.

        Jordan Pike  0:48
        What changed between that first season and now?

        Coach Bellamy  0:52
        Mostly they just grew up, and we changed how we practise.
        """)
        XCTAssertEqual(d.participants.map(\.name), ["Jordan Pike", "Coach Bellamy"])
        XCTAssertNil(NameShape("Dec 12, 2023 •"))
        XCTAssertNil(NameShape("March 3"))
        XCTAssertNotNil(NameShape("May Lee"))
    }

    func testABackgroundCallsNumberedOfficials() {
        let text = """
        SENIOR ADMINISTRATION OFFICIAL #1:  Thanks, everyone, for joining.

        Q    Can you say more about the timing?

        SENIOR ADMINISTRATION OFFICIAL #2:  Sixty days is the outside limit.

        Q    And the funding?

        SENIOR ADMINISTRATION OFFICIAL #1:  It comes from the existing account.
        """
        XCTAssertEqual(speakers(text), ["SENIOR ADMINISTRATION OFFICIAL #1", "Q", "SENIOR ADMINISTRATION OFFICIAL #2", "Q",
                                        "SENIOR ADMINISTRATION OFFICIAL #1"])
    }

    func testAWordFromTheFloorOnAKremlinPageAndAnImageWithNoWords() {
        let d = TranscriptParser.parse("""
        ![](http://static.example.org/media/photo.jpeg)

        Question: Mr President, when will the lockdown end?

        Vladimir Putin: When the numbers allow it, and not a day before.

        Remark: And the vaccines for children?

        Vladimir Putin: They are being tested now and will come later this year.
        """, format: .markdown)
        XCTAssertEqual(d.blocks.map { d.speakerName(of: $0) }, ["Question", "Vladimir Putin", "Remark", "Vladimir Putin"])
        XCTAssertEqual(d.participants.first { $0.name == "Remark" }?.role, .interviewer)
    }

    func testPeopleSpeakingAtOnceInBold() {
        // Bold names joined by ampersands speak together; joined by `and` with a colon they are a
        // caption's words.
        let text = """
        0:01:02.0 **Ann Lee** Why do you read aloud?

        0:01:05.3 **Bo Park** Because the book sounds better.

        0:01:09.1 **Cy Dunn** And slower.

        0:01:11.4 **Ann Lee** Do you all agree?

        0:01:13.0 **Bo Park & Cy Dunn** (laughing)

        0:01:15.2 **Bo Park** We do.

        Merkel and Putin: a meeting in Sochi
        """
        XCTAssertEqual(speakers(text), ["Ann Lee", "Bo Park", "Cy Dunn", "Ann Lee", "Bo Park & Cy Dunn", "Bo Park", nil])
        XCTAssertEqual(TranscriptParser.parse(text).blocks[4].text, "(laughing)")
    }

    func testALabelTypedTwiceCountsOnce() {
        let d = TranscriptParser.parse("Q: Q: Why now?\nA: A: A: Because.\n\nQ: Q:d is not a label\nA: Fine.\n")
        XCTAssertEqual(d.blocks.map(\.text), ["Why now?", "Because.", "Q:d is not a label", "Fine."])
        XCTAssertEqual(d.exchanges.count, 2)
    }

    func testAQuestionAndItsAnswerOnOneLine() {
        let text = """
        The lighthouse keeper

        Q: How long have you kept the light? A: Nineteen winters, and two summers before that.

        Q: Do you ever sleep through a storm?
        A: Never. The wind finds every gap in the walls.

        Question: What did you think of "the light"? Answer: That it was lonely.

        Q: Was it worth it, wrapped over two lines of a printed
        page? A: Every night of it.
        """
        let d = TranscriptParser.parse(text)
        XCTAssertEqual(d.exchanges.count, 4)
        XCTAssertEqual(d.blocks.compactMap { d.speakerName(of: $0) }, ["Q", "A", "Q", "A", "Question", "Answer", "Q", "A"])
        XCTAssertEqual(d.blocks[2].text, "Nineteen winters, and two summers before that.")
        XCTAssertEqual(d.blocks.last?.text, "Every night of it.")
    }

    func testALabelWordMidLineIsText() {
        // Not after a sentence's end, not the other side's label, or with no space after it.
        let text = "Q: Grade A: was that the mark?\nA: It was. Q:ualified too. Plan A: stay.\n"
        let d = TranscriptParser.parse(text)
        XCTAssertEqual(d.blocks.map(\.text), ["Grade A: was that the mark?", "It was. Q:ualified too. Plan A: stay."])
    }

    func testAVoiceTagFollowedByTheSameNameAsALabel() {
        let vtt = "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Ana Ruiz>Ana Ruiz: Why?\n\n00:00:03.000 --> 00:00:04.000\n<v Bo Li>Because: reasons.\n"
        let d = TranscriptParser.parse(vtt)
        XCTAssertEqual(d.blocks.map(\.text), ["Why?", "Because: reasons."])
        XCTAssertEqual(d.blocks.map { d.speakerName(of: $0) }, ["Ana Ruiz", "Bo Li"])
    }

    func testMarkdownStyledLabels() {
        let text = """
        # Talk

        **Host:** What is it?

        ### Guest: A thing.

        *Q:* Really?

        **Guest**: Really.
        """
        let d = TranscriptParser.parse(text)
        XCTAssertEqual(d.source.format, .markdown)
        XCTAssertEqual(d.blocks.compactMap { d.speakerName(of: $0) }, ["Host", "Guest", "Q", "Guest"])
        XCTAssertEqual(d.blocks[1].text, "What is it?")
        XCTAssertEqual(d.blocks[3].text, "Really?")
    }

    func testQuestionWithJournalistName() throws {
        let d = try Fixture.document("press-briefing.txt")
        let fenzi = try XCTUnwrap(d.participants.firstIndex { $0.name == "FENZI" })
        XCTAssertEqual(d.participants[fenzi].role, .interviewer)
        XCTAssertEqual(d.exchanges[2].questionSpeaker, fenzi)
    }

    func testTimestampedLabelsKeepTheirTime() throws {
        let d = try Fixture.document("timestamps.txt")
        XCTAssertEqual(d.exchanges.count, 3)
        XCTAssertEqual(d.blocks.compactMap(\.time), ["00:00:05", "00:00:09", "00:01:12", "00:01:20", "00:03:02", "00:03:06"])
        XCTAssertEqual(Set(d.blocks.compactMap { d.speakerName(of: $0) }), ["Interviewer", "Rosa Delgado"])
    }

    func testAMarkBetweenTheTimeAndTheName() {
        for mark in ["-", "|", "\u{2013}"] {
            let text = [("Rosa Delgado", "How did the orchard survive the frost?"), ("Ivo Brandt", "We lit fires between the rows all night."),
                        ("Rosa Delgado", "Will you plant again?"), ("Ivo Brandt", "Yes, pears this time, which flower later.")]
                .enumerated().map { n, turn in "00:0\(n):10 \(mark) \(turn.0): \(turn.1)" }.joined(separator: "\n\n")
            let d = TranscriptParser.parse(text)
            XCTAssertEqual(d.exchanges.count, 2, mark)
            XCTAssertEqual(d.blocks.compactMap(\.time), ["00:00:10", "00:01:10", "00:02:10", "00:03:10"], mark)
            XCTAssertEqual(d.blocks.first?.text, "How did the orchard survive the frost?", mark)
        }
    }

    /// A page's dot between a name and its time alone above the words (`Rosa Delgado · 00:00:10`),
    /// and a time set in italics after a bold label (`**Rosa Delgado:** *(00:00:10)* …`).
    func testADotBeforeTheTimeAndATimeInItalics() {
        let turns = [("Rosa Delgado", "How did the orchard survive the frost?"), ("Ivo Brandt", "We lit fires between the rows all night."),
                     ("Rosa Delgado", "Will you plant again?"), ("Ivo Brandt", "Yes, pears this time, which flower later.")]
        let shapes: [(String, String) -> String] = [
            { "\($0) \u{B7} \($1)\n\n" }, { "\($0) \u{2022} \($1)\n\n" },
            { "**\($0):** *(\($1))* " }, { "**\($0):** _[\($1)]_ " },
        ]
        for (k, shape) in shapes.enumerated() {
            let text = turns.enumerated().map { n, turn in shape(turn.0, "00:0\(n):10") + turn.1 }.joined(separator: "\n\n")
            let d = TranscriptParser.parse(text, name: "t.md")
            XCTAssertEqual(d.exchanges.count, 2, "shape \(k)")
            XCTAssertEqual(d.blocks.compactMap(\.time), ["00:00:10", "00:01:10", "00:02:10", "00:03:10"], "shape \(k)")
            XCTAssertEqual(d.blocks.first?.text, "How did the orchard survive the frost?", "shape \(k)")
            XCTAssertEqual(d.participants.map(\.name), ["Rosa Delgado", "Ivo Brandt"], "shape \(k)")
        }
    }

    func testDottedAndSpacedQuestionAnswerMarkers() throws {
        let d = try Fixture.document("qa-dotted.txt")
        XCTAssertEqual(d.exchanges.count, 3)
        XCTAssertEqual(d.blocks.map(\.kind), [.question, .answer, .question, .answer, .question, .answer])
        XCTAssertEqual(d.blocks[4].text, "Do you still play together?")
    }

    func testAnInitialThatIsNotAnAnswerMarker() {
        // `A. Smith` opens prose; with no `Q.` anywhere it is not a label.
        let d = TranscriptParser.parse("Intro\n\nA. Smith wrote the report in 1990.\n\nHost: Hi?\n\nGuest: Hello.\n\nHost: Why?\n\nGuest: Because.")
        XCTAssertNil(d.speakerName(of: d.blocks[1]))
        XCTAssertEqual(d.blocks[1].text, "A. Smith wrote the report in 1990.")
    }

    func testColonsInProseAreNotLabels() {
        let text = """
        Exclusive: The Minister Talks About Everything

        Host: What happened?

        Guest: A great deal. The reason is simple: nobody asked.



        Merkel and Putin: They have been working on it for years.

        Still, nothing changed.

        Host: Anything else?

        Guest: Note this: it matters.
        """
        let d = TranscriptParser.parse(text)
        XCTAssertEqual(d.title, "Exclusive: The Minister Talks About Everything")
        XCTAssertEqual(d.participants.map(\.name), ["Host", "Guest"])
        XCTAssertEqual(d.blocks[2].text, "A great deal. The reason is simple: nobody asked.")
        XCTAssertEqual(d.blocks[3].kind, .caption, "a one-off kicker set apart between answers is a caption")
        XCTAssertEqual(d.blocks[4].kind, .answer)
        XCTAssertEqual(d.blocks.last?.text, "Note this: it matters.")
        // Without the typography of a caption, the same line stays in the answer.
        let plain = TranscriptParser.parse("Host: Why?\n\nGuest: Well.\n\nMerkel and Putin: they agree.\n\nHost: Ok?\n\nGuest: Yes.")
        XCTAssertEqual(plain.blocks[2].kind, .answer)
        XCTAssertEqual(plain.blocks[2].text, "Merkel and Putin: they agree.")
    }

    func testFurnitureWordsAreNeverSpeakers() {
        let text = "Host: Hi there, how are you?\n\nGuest: Fine.\n\nPhoto: Reuters\n\nHost: Really?\n\nPhoto: AP\n\nGuest: Yes."
        let d = TranscriptParser.parse(text)
        XCTAssertFalse(d.participants.contains { $0.name == "Photo" })
        XCTAssertEqual(d.blocks.filter { $0.kind == .caption }.count, 2)
    }

    func testUnicodeNames() throws {
        let d = try Fixture.document("cyrillic.txt")
        XCTAssertEqual(d.participants.map(\.name), ["Ведущий", "Анна Ковалёва"])
        XCTAssertEqual(d.exchanges.count, 2)
    }

    func testContinuationParagraphsBelongToTheCurrentSpeaker() {
        let d = TranscriptParser.parse("Host: Why?\n\nGuest: First.\n\nSecond.\n\nHost: And?\n\nGuest: Third.")
        XCTAssertEqual(d.blocks.map { d.speakerName(of: $0) }, ["Host", "Guest", "Guest", "Host", "Guest"])
        XCTAssertEqual(d.blocks[2].kind, .answer)
    }

    /// Broadcast transcripts name each speaker in full once, with what they are, then by
    /// surname: `STEVE INSKEEP, HOST:` then `INSKEEP:`; `SEN. JANE DOE (D-OH):` then `DOE:`.
    func testAFullNameWithADescriptorIsTheSurnameUsedAfterwards() {
        let text = """
        MARK HOLT, HOST:

        The council voted last night to close the old bridge. Ana Ruiz has been following it. Good morning, Ana.

        ANA RUIZ, BYLINE: Good morning, Mark.

        HOLT: Why close it now, after all these years?

        RUIZ: Engineers found cracks in two of the piers last month, and the council would not wait for spring.

        SEN. JANE DOE (D-OH): If I may add something here, Mark: the state will pay for the repairs.

        HOLT: Will the state pay for all of it?

        DOE: For most of it. The rest comes from the federal bridge fund, which we applied to in May.

        HOLT: Joining us is the mayor. What did the cracks tell you?

        PETRA LIND, MAYOR OF THE CITY: That water got into the piers years ago and froze every winter since.

        HOLT: Can they be saved?

        LIND: Two of them, yes. The third will have to be rebuilt from the riverbed up.
        """
        let d = TranscriptParser.parse(text)
        // (A title `of` a place after the name is what the speaker is, not a titled name.)
        XCTAssertEqual(Set(d.participants.map(\.name)), ["MARK HOLT", "ANA RUIZ", "SEN. JANE DOE", "PETRA LIND"])
        XCTAssertEqual(d.blocks.first.flatMap { d.speakerName(of: $0) }, "MARK HOLT")
        XCTAssertEqual(d.participants.first { $0.name == "MARK HOLT" }?.role, .interviewer)
        XCTAssertEqual(d.exchanges.count, 4)
    }

    func testACommaInProseIsNoDescriptor() {
        let text = "Well, I think: the bridge stays.\n\nWell, I think: it goes.\n\nNo, really: both."
        let d = TranscriptParser.parse(text)
        XCTAssertTrue(d.participants.isEmpty, "\(d.participants.map(\.name))")
    }

    /// Magazines print interviews without labels: the question in bold, the answer below.
    func testBoldQuestionsAnsweredInPlainTextAreAnInterview() {
        let text = """
        # Twenty years of harbour walls

        Jane Roe has rebuilt quay walls from Leith to Aberdeen. We spoke to her in March.

        **How did you get into harbour engineering?**

        By accident, really. I studied bridges, and my first job was on a harbour wall.

        I never left the water after that.

        ### What is the hardest part of the work?

        The tides. You get four hours a day on the lowest courses of stone.

        __Is there a wall you are proudest of?__

        The north quay in Aberdeen. It was failing when we started.

        *This interview has been edited for length.*
        """
        let d = TranscriptParser.parse(text, format: .markdown)
        XCTAssertEqual(d.exchanges.map(\.title), ["How did you get into harbour engineering?",
                                                  "What is the hardest part of the work?", "Is there a wall you are proudest of?"])
        XCTAssertEqual(d.participants.map(\.role), [.interviewer, .interviewee])
        XCTAssertEqual(d.blocks.first { $0.text.hasPrefix("I never left") }?.kind, .answer)
        XCTAssertNotEqual(d.blocks.last?.kind, .answer)
    }

    func testBoldLinesThatAreNotAnsweredQuestionsStayText() {
        let text = """
        **Why did the bridge close?** The council says the piers cracked.

        **Key facts**

        The bridge opened in 1921. It carried 9,000 cars a day.

        **Who pays?**

        **What next?**

        Nobody knows yet.
        """
        let d = TranscriptParser.parse(text, format: .markdown)
        XCTAssertTrue(d.exchanges.isEmpty)
        XCTAssertTrue(d.participants.isEmpty)
    }

    /// European papers print an interview's turns with dashes; a paragraph without one goes on.
    func testTurnsOpenedByDashesAlternate() {
        let text = """
        — How did it start?

        — By accident. I studied bridges, and my first job was on a harbour wall.

        I never left the water after that.

        — What is the hardest part?

        — The tides, every single day.

        — Would you do it again?

        – Every time.
        """
        let d = TranscriptParser.parse(text)
        XCTAssertEqual(d.exchanges.count, 3)
        XCTAssertEqual(d.blocks.map { d.speakerName(of: $0) ?? "-" },
                       ["Interviewer", "Interviewee", "Interviewee", "Interviewer", "Interviewee", "Interviewer", "Interviewee"])
        XCTAssertEqual(d.blocks[0].text, "How did it start?")
        // A dashed list that nobody answers is not a dialogue.
        let list = TranscriptParser.parse("— bread\n\n— milk\n\n— eggs\n\n— tea\n\n— jam\n\n— rice\n")
        XCTAssertTrue(list.participants.isEmpty)
    }

    /// Meeting exports put the name on a line, the time on the next, then the words.
    func testANameAboveATimeStampIsItsLabel() {
        let text = """
        Jane Smith
        00:00:05
        How did it start?

        Bob Jones
        00:00:09
        By accident. I studied bridges, and my first job was on a harbour wall.

        Jane Smith
        00:00:20
        And then what happened?

        Bob Jones
        00:00:24
        I never left the water after that.
        """
        let d = TranscriptParser.parse(text)
        XCTAssertEqual(d.blocks.map { d.speakerName(of: $0) ?? "-" }, ["Jane Smith", "Bob Jones", "Jane Smith", "Bob Jones"])
        XCTAssertEqual(d.blocks.map { $0.time ?? "-" }, ["00:00:05", "00:00:09", "00:00:20", "00:00:24"])
        XCTAssertEqual(d.exchanges.count, 2)
    }

    /// Research and oral-history transcripts label by role: `I:`/`R:`, `INTERVIEWER:`/`NARRATOR:`.
    func testResearchRoleLabels() {
        let d = TranscriptParser.parse("I: How did it start?\n\nR: By accident, on a harbour wall in Leith.\n\nI: And then?\n\nR: I stayed.\n")
        XCTAssertEqual(d.participants.map(\.role), [.interviewer, .interviewee])
        XCTAssertEqual(d.exchanges.count, 2)
        let history = TranscriptParser.parse("INTERVIEWER: Where were you born?\n\nNARRATOR: In Leith, in 1931, above my father's shop.\n")
        XCTAssertEqual(history.participants.map(\.role), [.interviewer, .interviewee])
        // `P:` goes by what it does: the participant answering `I:`, the question (pregunta) of a
        // Spanish interview answered by `R:`.
        let spanish = TranscriptParser.parse("P: ¿Cómo empezó?\n\nR: Por accidente, en el puerto de Leith.\n\nP: ¿Y después?\n\nR: Me quedé.\n")
        XCTAssertEqual(spanish.participants.map(\.role), [.interviewer, .interviewee])
        let research = TranscriptParser.parse("I: How did it start?\n\nP: By accident, on a harbour wall in Leith.\n\nI: And then?\n\nP: I stayed.\n")
        XCTAssertEqual(research.participants.map(\.role), [.interviewer, .interviewee])
        // One `P:` line is a letter and a colon, not a participant.
        XCTAssertTrue(TranscriptParser.parse("Call us.\n\nP: 555 1234\n\nThat is all.\n").participants.isEmpty)
    }

    /// Parliament: questions numbered before the member, who carries seat and party.
    func testParliamentaryQuestionsNameTheMember() {
        let text = """
        Q1. [900001] Jane Smith (Leith North) (Lab): Will the Prime Minister fund the harbour repair?

        The Prime Minister (Rishi Sunak): We have put two billion pounds into coastal works, and her harbour can bid.

        Q2. [900002] Tom Brown (Eastfield) (Con): Does my right hon. Friend agree that the new bridge shows what investment does?

        The Prime Minister: I do. It opened on time and under budget.
        """
        let d = TranscriptParser.parse(text)
        XCTAssertEqual(d.participants.map(\.name), ["Jane Smith", "The Prime Minister", "Tom Brown"])
        XCTAssertEqual(d.exchanges.map(\.title), ["Will the Prime Minister fund the harbour repair?",
                                                  "Does my right hon. Friend agree that the new bridge shows…"])
    }

    /// Caption exports and scraped pages: `>> NAME:`, `[Name]:`, `NAME - text`.
    func testCaptionArrowsBracketsWithColonsAndDashedNames() {
        let lines = ["How did it start?", "By accident, on a harbour wall in Leith.", "And then what happened?", "I never left the water."]
        func transcript(_ label: (Int) -> String, _ separator: String = "\n\n") -> Document {
            TranscriptParser.parse(lines.enumerated().map { label($0.offset) + $0.element }.joined(separator: separator))
        }
        let arrows = transcript({ $0 % 2 == 0 ? ">> JOHN SMITH: " : ">> JANE ROE: " }, "\n")
        XCTAssertEqual(arrows.participants.map(\.name), ["JOHN SMITH", "JANE ROE"])
        let brackets = transcript { $0 % 2 == 0 ? "[Interviewer]: " : "[Jane Roe]: " }
        XCTAssertEqual(brackets.participants.map(\.name), ["Interviewer", "Jane Roe"])
        let dashed = transcript { $0 % 2 == 0 ? "JOHN SMITH - " : "JANE ROE – " }
        XCTAssertEqual(dashed.participants.map(\.name), ["JOHN SMITH", "JANE ROE"])
        XCTAssertEqual(dashed.exchanges.count, 2)
        // Speech that breaks off with a dash names nobody.
        let speech = TranscriptParser.parse("Folks — this matters.\n\nI — look, I lived there.\n\nFolks — we did it.\n\nI — I mean it.\n")
        XCTAssertTrue(speech.participants.isEmpty, "\(speech.participants.map(\.name))")
    }

    /// Scripts and exports put the name alone on its line, words below: `JANE ROE`,
    /// `Jane Smith (00:00:05)`.
    func testANameAloneOnItsLineWithTheWordsBelow() {
        let caps = TranscriptParser.parse("""
        ANNA COOPER
        How did it start?

        JANE ROE
        By accident, on a harbour wall in Leith.

        ANNA COOPER
        And then what happened?

        JANE ROE
        I never left the water.
        """)
        XCTAssertEqual(caps.participants.map(\.name), ["ANNA COOPER", "JANE ROE"])
        XCTAssertEqual(caps.exchanges.count, 2)
        let stamped = TranscriptParser.parse("""
        Jane Smith (00:00:05)
        How did it start?

        Bob Jones (00:00:09)
        By accident, on a harbour wall.

        Jane Smith (00:00:20)
        And then?

        Bob Jones (00:00:24)
        I stayed.
        """)
        XCTAssertEqual(stamped.blocks.map { $0.time ?? "-" }, ["00:00:05", "00:00:09", "00:00:20", "00:00:24"])
        XCTAssertEqual(stamped.blocks.map { stamped.speakerName(of: $0) ?? "-" }, ["Jane Smith", "Bob Jones", "Jane Smith", "Bob Jones"])
    }

    func testARunningHeaderOrAOneWordLineIsNoSpeaker() {
        // A page header repeated over each page is one name, not a dialogue; `Okay` is speech.
        let header = TranscriptParser.parse("""
        City Council Minutes
        The meeting opened at six.

        City Council Minutes
        The budget was approved.

        Okay
        We moved on.

        Okay
        Nothing else.
        """)
        XCTAssertTrue(header.participants.isEmpty, "\(header.participants.map(\.name))")
    }

    func testABlogPostsQuestionHeadingsAreNoInterview() {
        let text = """
        # Notes on harbour repair

        ## Why do quay walls fail?

        Water gets behind the stones and washes the fill out, a little with every tide.

        ## What does a repair cost?

        Far less than a rebuild, if it is done before the wall moves.

        ## Who pays for it?

        Usually the port, sometimes with a grant from the region.
        """
        XCTAssertTrue(TranscriptParser.parse(text, format: .markdown).exchanges.isEmpty)
    }

    func testNamesWithJoinedParticlesAreNames() {
        let d = TranscriptParser.parse("Moderator: Dr al-Ketbi, your question?\n\nEbtesam al-Ketbi: Will Russia stay in the Gulf?\n\nModerator: Thank you.\n\nEbtesam al-Ketbi: Thank you.\n")
        XCTAssertTrue(d.participants.contains { $0.name == "Ebtesam al-Ketbi" }, "\(d.participants.map(\.name))")
        XCTAssertNotNil(NameShape("Valéry d'Estaing"))
        XCTAssertNil(NameShape("well-known people"))
    }

    /// A raw otter.ai export: `Unknown Speaker  0:22` said once among names written alike.
    func testAnExportsUnknownSpeakerSaidOnce() {
        let text = "Speaker 1  0:00\nHello and welcome. How did you start?\n\nSpeaker 2  0:05\nBy accident, on a harbour wall.\n\n"
            + "Speaker 1  0:19\nAnd the hardest part?\n\nUnknown Speaker  0:22\nmm hmm\n\nSpeaker 2  0:25\nThe tides, every day.\n"
        let d = TranscriptParser.parse(text)
        XCTAssertEqual(d.blocks.first { $0.text == "mm hmm" }.flatMap { d.speakerName(of: $0) }, "Unknown Speaker")
        XCTAssertNotEqual(d.participants.first { $0.name == "Unknown Speaker" }?.role, .interviewer)
        XCTAssertEqual(d.exchanges.count, 2)
    }

    /// Podcast pages write the time after a bold label in every order.
    func testBoldLabelsWithInlineTimesInAnyOrder() {
        for shape in ["**NAME** (00:00:TT): ", "**NAME** [00:00:TT] ", "**NAME:** [00:00:TT] ", "[00:00:TT] **NAME:** ",
                      "**NAME (00:00:TT):** ", "**[00:00:TT] NAME:** "] {
            let turns = [("Jane Smith", "How did you start?"), ("Bob Jones", "By accident, on a harbour wall in Leith."),
                         ("Jane Smith", "And the hardest part?"), ("Bob Jones", "The tides, every single day.")]
            let text = turns.enumerated().map { i, turn in
                shape.replacingOccurrences(of: "NAME", with: turn.0).replacingOccurrences(of: "TT", with: "1\(i)") + turn.1
            }.joined(separator: "\n\n")
            let d = TranscriptParser.parse(text, format: .markdown)
            XCTAssertEqual(d.blocks.map { $0.time ?? "-" }, ["00:00:10", "00:00:11", "00:00:12", "00:00:13"], shape)
            XCTAssertEqual(d.blocks.first?.text, "How did you start?", shape)
            XCTAssertEqual(d.exchanges.count, 2, shape)
        }
    }

    /// A page that puts a no-break space inside a name now and then: one speaker, not two.
    func testANoBreakSpaceInsideANameIsTheSameName() {
        let text = "Host: What do you read?\n\nАнна Ковалёва: Poetry, mostly.\n\nHost: Why poetry?\n\n" +
            "Анна\u{A0}Ковалёва: It is short, and I read it on the bus.\n"
        let d = TranscriptParser.parse(text)
        XCTAssertEqual(d.participants.map(\.name), ["Host", "Анна Ковалёва"])
        XCTAssertEqual(d.blocks.last?.text, "It is short, and I read it on the bus.")
    }
}
