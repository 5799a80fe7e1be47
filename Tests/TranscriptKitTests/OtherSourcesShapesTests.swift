import XCTest
@testable import TranscriptKit

/// Shapes from sources the corpus does not draw on, each written in our own words after how
/// such transcripts are laid out: a cable news rush transcript, a radio programme, a foreign
/// ministry's briefing, a deposition, a literary magazine's interview, a department briefing,
/// a meeting's captions, a magazine Q&A, a meeting export, a courtroom, a central bank's press
/// conference, a parliamentary committee's evidence, an earnings call, an alliance's press
/// conference, a ministry's weekly briefing and an export that numbers its voices.
final class OtherSourcesShapesTests: XCTestCase {
    private func outline(_ name: String) throws -> [String] { Fixture.outline(try Fixture.document(name)) }

    func testACableNewsRushTranscript() throws {
        let d = try Fixture.document("wild-cnn.txt")
        // `NAME, JOB, EMPLOYER:` is a label; `Thanks for having me` answers a welcome, not a
        // question; a second guest brought in after the break answers briefly but answers.
        XCTAssertEqual(Fixture.outline(d), [
            "Where do the talks stand tonight? [DANA WELLS → PAUL ORTEGA]",
            "The port authority says the strike is costing the region… [DANA WELLS → PAUL ORTEGA]",
            "You heard the port authority there. [DANA WELLS → PAUL ORTEGA]",
            "Raj, how long can the region absorb this? [DANA WELLS → RAJ PATEL]",
            "Is there any sign the federal government will step in? [DANA WELLS → RAJ PATEL]",
        ])
        XCTAssertEqual(Fixture.role(d, "RAJ PATEL"), .interviewee)
        XCTAssertFalse(d.blocks.contains { $0.text.hasPrefix("PAUL ORTEGA,") }, "the label is left in the text")
    }

    func testARadioProgrammeWithBylines() throws {
        XCTAssertEqual(try outline("wild-npr.txt"), [
            "So why close it? [STEVE MORAN → ANA RUIZ]",
            "How did residents react? [STEVE MORAN → ANA RUIZ]",
            "What happens next? [STEVE MORAN → ANA RUIZ]",
        ])
    }

    func testABriefingWhoseAskersAreNamedByTheirOutletsOnce() throws {
        let d = try Fixture.document("wild-mfa.txt")
        XCTAssertEqual(Fixture.outline(d).count, 5)
        XCTAssertEqual(Fixture.outline(d).first, "Could you share more details about the visit? [CCTV → Spokesperson]")
        XCTAssertEqual(Fixture.role(d, "Shenzhen TV"), .interviewer)
    }

    func testADepositionsExaminations() throws {
        let d = try Fixture.document("wild-deposition.txt")
        XCTAssertEqual(Fixture.outline(d).last, "Ms. Holloway, how long had Mr. Lane driven for Westfield? [Q → A]")
        XCTAssertTrue(Fixture.outline(d).contains("Where are you employed, Ms. Holloway? [Q → A]"))
    }

    func testAnInquirysPagesWithHangingTurnsAndAWitnessSworn() throws {
        // Numbered lines, each turn's first line hanging out to the left of its continuations,
        // short answers (so label lines outnumber the rest), a witness sworn between two of
        // counsel's turns.
        let d = try Fixture.document("wild-inquiry.txt")
        XCTAssertEqual(Fixture.outline(d).first, "Could you give the Inquiry your full name, please? [MR KEITH → A]")
        XCTAssertEqual(d.exchanges.count, 6)
        XCTAssertEqual(d.blocks.first { $0.text.hasPrefix("MR ARLEN DACE") }?.kind, .caption)
        XCTAssertTrue(d.blocks.contains { $0.text.hasPrefix("A small team") && $0.text.hasSuffix("every two years in principle.") })
    }

    func testAMagazinesInterviewWithNamesAloneAboveTheirWords() throws {
        XCTAssertEqual(try outline("wild-paris.txt"), [
            "When did you start writing? [INTERVIEWER → MORRIS]",
            "Why not? [INTERVIEWER → MORRIS]",
            "Do you revise a great deal? [INTERVIEWER → MORRIS]",
            "What do you read while you are writing? [INTERVIEWER → MORRIS]",
        ])
    }

    func testADepartmentBriefing() throws {
        XCTAssertEqual(try outline("wild-state.txt"), [
            "On the flood funding, how much of that is new money? [QUESTION → MR CARTER]",
            "When will it arrive? [QUESTION → MR CARTER]",
            "On the talks in Geneva, is the Secretary planning to attend? [QUESTION → MR CARTER]",
            "Do you have any reaction to the election results announced… [QUESTION → MR CARTER]",
        ])
    }

    func testACourtroomsCallForCrossExaminationGivesWayToTheQuestion() throws {
        let d = try Fixture.document("wild-court.txt")
        XCTAssertEqual(Fixture.outline(d).last, "Detective, did you ever recover the money from the register? [MS. PARK → THE WITNESS]")
        XCTAssertEqual(Fixture.outline(d).count, 5)
    }

    func testACentralBanksPressConferenceWithNamesEndingInAFullStop() throws {
        let d = try Fixture.document("wild-fed.txt")
        XCTAssertEqual(Fixture.outline(d), [
            "Could you explain why the committee paused now, when most… [HOWARD SCHNEIDER → CHAIR POWELL]",
            "Does the committee see a recession this year? [RACHEL SIEGEL → CHAIR POWELL]",
            "Is a July hike a live option? [STEVE LIESMAN → CHAIR POWELL]",
        ])
        XCTAssertEqual(Fixture.role(d, "MICHELLE SMITH"), .moderator)
    }

    func testACommitteesNumberedQuestions() throws {
        let d = try Fixture.document("wild-committee.txt")
        XCTAssertEqual(Fixture.outline(d), [
            "How would you describe the state of our rivers today? [Chair → Dr Reed]",
            "Mr Hollis, do your members see the same thing? [Chair → Mark Hollis]",
            "Is the monitoring good enough to tell us how bad things are? [Caroline Lucas → Dr Reed]",
            "What single change would make the biggest difference? [Barry Gardiner → Mark Hollis]",
        ])
    }

    func testMeetingCaptionsAndExports() throws {
        XCTAssertEqual(try outline("wild-zoom.vtt"), [
            "So to start, can you tell me how the migration project… [Karen Li → Omar Haddad]",
            "What was the hardest part? [Karen Li → Omar Haddad]",
            "Would you do it the same way again? [Karen Li → Omar Haddad]",
        ])
        XCTAssertEqual(try outline("wild-meet.txt").count, 3)
        XCTAssertEqual(try outline("wild-magazine.md").count, 4)
    }

    func testInitialsAreTheFullNamesTheOpeningGives() throws {
        // `MC` is Maria Costa here, not a master of ceremonies running the session.
        let broadcast = try Fixture.document("wild-broadcast.txt")
        XCTAssertEqual(broadcast.participants.map(\.name), ["ANDREW HALE", "Maria Costa"])
        XCTAssertEqual(Fixture.role(broadcast, "Maria Costa"), .interviewee)
        XCTAssertEqual(Fixture.outline(broadcast).count, 3)
        let oral = try Fixture.document("wild-initials.txt")
        XCTAssertEqual(Fixture.outline(oral).first, "Where did you grow up? [Daniel Reeve → MARGARET OKONJO]")
    }

    func testInitialsWithTwoCandidatesStayAsWritten() {
        let d = TranscriptParser.parse("""
            Present: Maria Costa, Mark Cole.

            MC: Where were you on the night of the fire?

            JB: At home, with my family. We heard the sirens at about midnight and went out to look.

            MC: Did you see anyone near the warehouse?

            JB: Nobody. The street was empty apart from the fire engines.
            """)
        XCTAssertEqual(d.participants.map(\.name), ["MC", "JB"])
    }

    func testASupremeCourtArgumentWithLineNumbers() throws {
        let d = try Fixture.document("wild-argument.txt")
        XCTAssertEqual(Fixture.outline(d), [
            "Ms. Grant, what is the closest case to yours on the… [JUSTICE THOMAS → MS. GRANT]",
            "There the landowners could still sell their water rights. [JUSTICE SOTOMAYOR → MS. GRANT]",
            "Suppose the district had banned all pumping. [JUSTICE KAGAN → MS. GRANT]",
        ])
    }

    func testANameADashAndATimeAboveTheWordsAndARequestThatAsks() throws {
        let d = try Fixture.document("wild-dash.txt")
        // `Lee Chan - 00:00:04` is a label with its time; `tell me how…` asks without a `?`.
        XCTAssertEqual(Fixture.outline(d), [
            "Sam, tell me how the cooperative started. [Lee Chan → Sam Ortiz]",
            "Was it hard to convince people? [Lee Chan → Sam Ortiz]",
            "How many members do you have now? [Lee Chan → Sam Ortiz]",
        ])
        XCTAssertEqual(d.blocks.first { $0.text.hasPrefix("Was it hard") }?.time, "00:00:31")
        XCTAssertFalse(d.blocks.contains { $0.text == "00:00:04" })
    }

    func testRolesInBracketsAfterTheNames() throws {
        let d = try Fixture.document("wild-roles-in-brackets.txt")
        XCTAssertEqual(Fixture.outline(d).count, 3)
        XCTAssertEqual(d.participants.map(\.name), ["Jane Doe", "John Roe"])
    }

    func testAPageCopiedAsTextWithItsQuestionsSetApart() throws {
        let d = try Fixture.document("wild-scraped.txt")
        XCTAssertEqual(d.title, "‘I never wanted to be famous’: the chef who closed her restaurant at its peak")
        XCTAssertEqual(d.exchanges.map(\.title), [
            "Why close the restaurant when it was fully booked?", "Did anyone try to talk you out of it?",
            "What did the debt look like at the end?", "Will you cook professionally again?",
        ])
        func kind(_ prefix: String) -> Block.Kind? { d.blocks.first { $0.text.hasPrefix(prefix) }?.kind }
        XCTAssertEqual(kind("RELATED:"), .caption)
        XCTAssertEqual(kind("Story continues"), .caption)
        XCTAssertEqual(kind("This interview has been edited"), .back)
        XCTAssertEqual(kind("A version of this article"), .back)
    }

    func testAPagesSectionPathIsNoHeadlineAndABooksBoxIsNoAnswer() {
        let d = TranscriptParser.parse("""
            Skip to content
            Menu
            Books › Interviews

            A gardener's year: Tomas Verde on forty seasons of allotments

            This interview has been condensed and edited.

            When did you take on your first plot?

            In the dry summer of the eighties, when nobody else wanted the one by the railway. The soil was \
            mostly brick dust and I spent a whole year just digging it over.

            What grows best there now?

            Beans, always beans. They do not mind the trains and they feed the soil for whatever comes next.

            Forty Seasons by Tomas Verde
            Published by Fernhill Books, 320 pages, £16

            Would you ever give the plot up?

            Only when my knees do. My granddaughter has her eye on it already, and she is welcome to it then.
            """)
        XCTAssertEqual(d.title, "A gardener's year: Tomas Verde on forty seasons of allotments")
        XCTAssertEqual(d.exchanges.count, 3)
        func kind(_ prefix: String) -> Block.Kind? { d.blocks.first { $0.text.hasPrefix(prefix) }?.kind }
        XCTAssertEqual(kind("Forty Seasons by"), .caption)
        XCTAssertEqual(kind("Published by Fernhill"), .caption)
        XCTAssertEqual(kind("Beans, always beans"), .answer)
    }

    func testAPageThatFirstSaysItIsATranscriptIsTitledByItsHeadline() {
        let d = TranscriptParser.parse("""
            Transcript
            Doorstop interview - Ballarat, Victoria
            Treasurer
            Friday 3 May 2024

            TREASURER: Thanks for coming out. Today we are opening the new training centre, which will teach \
            four hundred apprentices a year in the building trades.

            JOURNALIST: Treasurer, will the centre be full in its first year?

            TREASURER: We expect so. Two hundred have enrolled already and the local builders want more.

            JOURNALIST: And what will it cost to run?

            TREASURER: Twelve million dollars a year, shared with the state government.
            """)
        XCTAssertEqual(d.title, "Doorstop interview - Ballarat, Victoria")
        XCTAssertEqual(d.exchanges.count, 2)
    }

    func testASpokespersonCallingOnTheNextReporterAsksNothingBack() {
        let d = TranscriptParser.parse("""
            Spokesman: Good afternoon. Questions? Yes, Ana?

            Question: Thank you. Has the envoy met the two delegations this week?

            Spokesman: He met both on Tuesday, and he will see them again before the talks resume. Yes, Omar?

            Question: What about the convoy that was stopped at the border?

            Spokesman: It crossed this morning with food for ten thousand people. Okay, Lisa?

            Question: Will the Secretary-General travel to the region?

            Spokesman: Not this month. He plans to go in June, after the summit in Geneva. Thank you all.
            """)
        XCTAssertEqual(d.exchanges.map(\.title), ["Has the envoy met the two delegations this week?",
                                                   "What about the convoy that was stopped at the border?",
                                                   "Will the Secretary-General travel to the region?"])
        XCTAssertTrue(Segmentation.callsOnSomeone(Array("the talks resume. Yes, Omar?".utf8)))
        XCTAssertTrue(Segmentation.callsOnSomeone(Array("Edie?".utf8)))
        XCTAssertFalse(Segmentation.callsOnSomeone(Array("That is what they said. Right?".utf8)))
        XCTAssertFalse(Segmentation.callsOnSomeone(Array("You mentioned China. And Russia?".utf8)))
        XCTAssertFalse(Segmentation.callsOnSomeone(Array("Would you go back to Ukraine?".utf8)))
    }

    func testAParliamentsRecordNamesMembersBySeatAndMinistersByOffice() {
        let d = TranscriptParser.parse("""
            Ferry Services: Western Isles
            Volume 812: debated on Tuesday 4 March 2025

            Morag Lind (Inverness West) (SNP)
            2. What recent assessment she has made of the reliability of ferry services to the islands.

            The Parliamentary Under-Secretary of State for Transport (Kate Dunmore)
            The new vessels will be in service next spring, and until then we have chartered a relief ship.

            Morag Lind
            Islanders have heard that promise before. Will the Minister visit and hear it from them?

            Kate Dunmore
            I would be glad to, and I will bring the operator with me.

            Mr Speaker (Sir Neil Harrow)
            I call the shadow Minister.

            Owen Pryce (Cardiff Bay) (Lab)
            Why has the second vessel been delayed again?

            Kate Dunmore
            The yard found faults in the hull welding, and we would rather it sailed late than unsafe.
            """)
        XCTAssertEqual(d.exchanges.map { e in d.speakerName(of: d.blocks[e.blocks.first!]) ?? "" },
                       ["Morag Lind", "Morag Lind", "Owen Pryce"])
        XCTAssertEqual(d.participants.first { $0.name == "Kate Dunmore" }?.role, .interviewee)
        XCTAssertFalse(d.blocks.contains { $0.text.hasPrefix("Kate Dunmore") || $0.text.hasPrefix("Owen Pryce") })
    }

    func testAnEssaysRhetoricalQuestionsAreNoInterview() {
        let d = TranscriptParser.parse("""
            Why cities should plant more trees

            What does a tree do for a street?
            It cools the pavement by several degrees in summer, slows the rain on its way to the drains, and gives the birds somewhere to be.

            Who pays for it?
            The council does, at first, but the savings on cooling and flood repairs repay the planting within a decade.

            Is there a downside?
            Roots lift paving stones, and leaves block gutters, so the planting has to be planned with the people who sweep the streets.
            """)
        XCTAssertEqual(d.exchanges.count, 0)
    }

    func testARecordingsTimeAfterTheColonOrInBracketsBeforeIt() {
        for form in ["Jane Doe: 00:01:0N ", "Jane Doe [00:01:0N]: "] {
            let text = [("Jane Doe", "How did the project begin, and who was there?"),
                        ("Omar Ali", "With a grant nobody expected to win. There were three of us then, working evenings."),
                        ("Jane Doe", "What changed when the grant came through?"),
                        ("Omar Ali", "Everything. We hired two engineers and learned to run a company in a hurry.")]
                .enumerated().map { n, turn in
                    form.replacingOccurrences(of: "Jane Doe", with: turn.0).replacingOccurrences(of: "N", with: "\(n)") + turn.1
                }.joined(separator: "\n\n")
            let d = TranscriptParser.parse(text)
            XCTAssertEqual(d.exchanges.map(\.title), ["How did the project begin, and who was there?",
                                                      "What changed when the grant came through?"], form)
            XCTAssertEqual(d.blocks.first?.time, "00:01:00", form)
        }
        // A clock's time after the colon is what the speaker says.
        let clock = TranscriptParser.parse("Q: 3:15 this afternoon, is that right?\n\nA: Yes, at the town hall, with the mayor and the council.")
        XCTAssertEqual(clock.blocks.first?.text, "3:15 this afternoon, is that right?")
    }

    func testLabelsAsListsWithPronounsInColumnsAndWithBracketedTimes() {
        let turns = [("Jane Doe", "How did the project begin, and who was there?"),
                     ("Omar Ali", "With a grant nobody expected to win. There were three of us then, working evenings."),
                     ("Jane Doe", "What changed when the grant came through?"),
                     ("Omar Ali", "Everything. We hired two engineers and learned to run a company in a hurry.")]
        let styles: [(String, (String, Int) -> String)] = [
            ("list", { name, _ in "- **\(name):** " }),
            ("pronouns", { name, _ in "\(name) (she/her): " }),
            ("columns", { name, _ in "\(name)\t" }),
            ("time and columns", { name, n in "00:00:0\(n)\t\(name)\t" }),
            ("capitals and a time", { name, n in "\(name.uppercased()) [00:00:0\(n)] " }),
        ]
        for (style, label) in styles {
            let text = turns.enumerated().map { n, turn in label(turn.0, n) + turn.1 }.joined(separator: "\n\n")
            let d = TranscriptParser.parse(text)
            XCTAssertEqual(d.exchanges.map(\.title), ["How did the project begin, and who was there?",
                                                      "What changed when the grant came through?"], style)
            XCTAssertEqual(d.participants.count, 2, style)
        }
    }

    func testAWordInPassingIsNoModeratorButGivingTheFloorIs() {
        let d = TranscriptParser.parse("""
            MS. HOLT: Good afternoon. Two things before questions. The bridge reopens on Monday, and the library's hours are extended through the summer.

            MR. BELL: Go ahead, Ann.

            Q: Thanks. When will the bridge's second lane open?

            MS. HOLT: By the end of the month, if the inspections go well. The crews are working nights to make that date.

            MR. PRICE: And the lights on it, too.

            Q: Will the toll change?

            MS. HOLT: No. The toll stays where it is for at least another year, and we will review it then.

            MR. BELL: Last question. Go ahead, Sam.

            Q: Is the library hiring for the longer hours?

            MS. HOLT: Yes, eight part-time staff, mostly students, starting in June.
            """)
        XCTAssertEqual(Fixture.role(d, "MR. BELL"), .moderator)
        XCTAssertEqual(Fixture.role(d, "MR. PRICE"), .other)
        XCTAssertEqual(d.exchanges.count, 3)
    }

    func testReportersNamedInBracketsAfterAGenericLabel() throws {
        let d = try Fixture.document("wild-briefing-asides.txt")
        XCTAssertEqual(Fixture.outline(d).map { $0.components(separatedBy: " [").last! }, [
            "Priya Das → Shri Arun Mehta]", "Rahul Sen → Shri Arun Mehta]", "Meera Iyer → Shri Arun Mehta]",
        ])
        XCTAssertEqual(try outline("wild-journalist.txt").count, 3)
    }

    func testGenericLabelsInOtherLanguagesAndChineseRunningOnAfterItsColon() {
        let russian = TranscriptParser.parse("""
            Вопрос: Как начинался проект?

            Ответ: С небольшого гранта, которого никто не ждал. Нас было трое.

            Вопрос: Что изменилось потом?

            Ответ: Всё. Мы наняли двух инженеров.
            """)
        XCTAssertEqual(russian.exchanges.map(\.title), ["Как начинался проект?", "Что изменилось потом?"])
        XCTAssertEqual(Fixture.role(russian, "Вопрос"), .interviewer)
        let chinese = TranscriptParser.parse("""
            记者：这个项目是怎么开始的？

            张伟：从一笔谁也没想到会拿到的小额资助开始。那时我们只有三个人，晚上工作。

            记者：后来发生了什么变化？

            张伟：一切都变了。我们雇了两名工程师，租了办公室。
            """)
        XCTAssertEqual(Fixture.outline(chinese), ["这个项目是怎么开始的？ [记者 → 张伟]", "后来发生了什么变化？ [记者 → 张伟]"])
    }

    func testAPodcastWithChapterTitlesBetweenTurns() throws {
        let d = try Fixture.document("wild-chapters.txt")
        // `Octopus intelligence` before a turn is a chapter's title, not the host's words; the
        // show's opening line titles nothing.
        XCTAssertEqual(d.exchanges.map(\.title), ["How intelligent is an octopus, really?", "What does that feel like to watch?",
                                                  "What is a day of fieldwork like?"])
        XCTAssertEqual(d.blocks.first { $0.text == "Octopus intelligence" && $0.lines.lowerBound > 12 }?.kind, .caption)
        // The host's introduction, asking nothing, is no part of the first exchange; nor is it
        // one turn with the question after the chapter's title, though the host says both.
        XCTAssertNil(d.blocks.first { $0.text.hasPrefix("The following is a conversation") }?.exchange)
        XCTAssertEqual(d.exchanges.first?.blocks.first.map { d.blocks[$0].text }, "How intelligent is an octopus, really?")
    }

    func testOnlyTheQuestionsLabelled() throws {
        XCTAssertEqual(try outline("wild-questions-only.txt"), [
            "What is the first thing you want to change? [Q → Interviewee]", "Is there money for that? [Q → Interviewee]",
            "What about the glasshouse? [Q → Interviewee]", "Which plant should every visitor see? [Q → Interviewee]",
        ])
    }

    func testAnEarningsCallWithNamesAndJobsAloneAboveTheirWords() throws {
        let d = try Fixture.document("wild-earnings.txt")
        // `Name -- Job` and `Operator` alone on their lines, a blank line, then the words; the
        // prepared remarks open the call, the analysts' questions make the exchanges; the list
        // of participants at the end is no one speaking.
        XCTAssertEqual(Fixture.outline(d), [
            "Can you say more about Europe? [Raj Mehta → Paul Okafor]",
            "A follow-up on the distribution centres: when do you… [Raj Mehta → Lena Brandt]",
            "What are you assuming for freight costs next year? [Carla Jensen → Lena Brandt]",
        ])
        XCTAssertEqual(Fixture.role(d, "Operator"), .moderator)
        XCTAssertEqual(Fixture.role(d, "Lena Brandt"), .interviewee)
        XCTAssertFalse(d.blocks.contains { $0.kind.isSpeech && $0.text.contains("Chief Financial Officer") },
                       "a job taken for words spoken")
        // `Questions & Answers:` titles what follows; it is not the last words of the remarks.
        XCTAssertEqual(d.blocks.first { $0.text == "Questions & Answers:" }?.kind, .caption)
    }

    func testAnAlliancesPressConferenceWhoseSpokespersonCallsOnReporters() throws {
        let d = try Fixture.document("wild-alliance.txt")
        XCTAssertEqual(Fixture.outline(d).count, 3)
        // She gives the floor after each answer and answers no one: she runs the conference.
        XCTAssertEqual(Fixture.role(d, "Oana Lungescu"), .moderator)
        XCTAssertEqual(Fixture.role(d, "Ukrinform"), .interviewer)
    }

    func testABriefingWithHonorificsAndTheJobBeforeTheName() throws {
        let d = try Fixture.document("wild-mea.txt")
        // `Shri` is a title as `Mr` is; `Official Spokesperson, Shri Randhir Jaiswal:` is the
        // spokesperson's name after the job.
        XCTAssertEqual(Fixture.outline(d), [
            "On the visit next week, will any agreements be signed on… [Shri Sidhant Sibal → Shri Randhir Jaiswal]",
            "Is there any update on the nationals detained abroad? [Shri Manish Jha → Shri Randhir Jaiswal]",
            "What is your response to the statement made yesterday by a… [Ms. Suhasini Haidar → Shri Randhir Jaiswal]",
        ])
    }

    func testAnExportThatNumbersItsVoicesAboveTheirWords() throws {
        // `00:00:07 Speaker 2` alone on its line, the words below.
        let d = try Fixture.document("wild-numbered-voices.txt")
        XCTAssertEqual(Fixture.outline(d), [
            "So how bad is the bleaching this year? [Speaker 1 → Speaker 2]",
            "Can they recover? [Speaker 1 → Speaker 2]",
            "What would help most? [Speaker 1 → Speaker 2]",
        ])
        XCTAssertEqual(d.blocks.first { $0.speaker != nil }?.time, "00:00:00")
    }

    func testADebateWhoseModeratorAsksAtTheEndOfTheWelcome() throws {
        let d = try Fixture.document("wild-debate.txt")
        // The welcome ends with the first question; `Thank you, Martha.` then an answer of
        // substance is an answer, not a pleasantry that makes the welcome a greeting.
        let outline = Fixture.outline(d)
        XCTAssertEqual(outline.count, 3)
        XCTAssertEqual(outline.first?.hasSuffix("[RADDATZ → LANE]"), true)
        XCTAssertEqual(Fixture.role(d, "BROOKS"), .interviewee)
    }

    func testASpeechRecognisersSpansAndDiarizedVoices() throws {
        // `[00:00:06.000 --> 00:00:09.000] SPEAKER_00: …`: the span's start times the turn.
        let d = try Fixture.document("wild-whisper.txt")
        XCTAssertEqual(Fixture.outline(d), [
            "Why are bees in decline? [SPEAKER_00 → SPEAKER_01]",
            "What can gardeners do? [SPEAKER_00 → SPEAKER_01]",
        ])
        XCTAssertEqual(d.blocks.first { $0.text.hasPrefix("Why are bees") }?.time, "00:00:06.000")
    }

    func testABroadcastsTimeCodesWithFrames() throws {
        // `10:00:07:10 ANNA KOVAC:`: hours, minutes, seconds and frames.
        let d = try Fixture.document("wild-timecode.txt")
        XCTAssertEqual(Fixture.outline(d), [
            "Was this summer the hottest on record? [ANNA KOVAC → TOM REES]",
            "Will next summer be hotter still? [ANNA KOVAC → TOM REES]",
        ])
        XCTAssertEqual(d.blocks.first { $0.text.hasPrefix("Was this summer") }?.time, "10:00:07:10")
        XCTAssertFalse(SpeakerLabel.isTimestamp("10:00:01:150"))
        XCTAssertFalse(SpeakerLabel.isTimestamp("1:2:3:4"))
    }

    func testWhoeverIsGivenTheFloorOpensAnExchangeAskedOrNot() {
        // A reporter called on introduces themselves and makes a point without a question mark,
        // answered briefly: still an exchange of its own, not a remark inside the one before.
        let d = TranscriptParser.parse("""
            Dmitri Orlov: Good afternoon. We have about an hour, so please keep your questions short.

            Question: Anna Berg, Northern Herald. How will the new port change life in the region?

            Mayor Lind: It will bring jobs first of all, about two thousand of them, and it will make the region a gateway for trade with the north, which it has never been before.

            Dmitri Orlov: Radio Coast, please go ahead.

            Question: Pavel Kask, Radio Coast. You said last week that the port would be finished early, and many people in the region took that as a promise.

            Mayor Lind: I was only hoping aloud, as anyone would.

            Question: I understand, but people remember it very well here. You told them it would open next spring, in time for the season.

            Mayor Lind: And next spring it will be, unless the winter is very hard.

            Question: Will the bridge be ready at the same time?

            Mayor Lind: The bridge will follow a few months later, because its foundations need a dry summer to set, and the builders cannot hurry that.
            """, name: "floor")
        XCTAssertEqual(Fixture.outline(d), [
            "How will the new port change life in the region? [Question → Mayor Lind]",
            "You said last week that the port would be finished early… [Question → Mayor Lind]",
            "Will the bridge be ready at the same time? [Question → Mayor Lind]",
        ])
    }

    func testANewspapersPodcastWithNamesInLowerCase() throws {
        // `michael barbaro` alone above the words, as a newspaper's podcast pages set names.
        let d = try Fixture.document("wild-lowercase-names.txt")
        XCTAssertEqual(Fixture.outline(d), [
            "Sarah, what happened? [Michael Barbaro → Sarah Kline]",
            "How does a well just go dry? [Michael Barbaro → Sarah Kline]",
            "What did people do when the taps stopped? [Michael Barbaro → Sarah Kline]",
        ])
        // A refrain in lower case is no speaker, nor are lines of speech.
        let song = TranscriptParser.parse("""
            river song
            the water runs down to the sea

            thank you
            and the boats come home

            river song
            the water runs down to the sea

            thank you
            and the boats come home
            """, name: "song")
        XCTAssertTrue(song.participants.isEmpty)
    }

    func testNamesAboveWordsThatOpenWithTheirTime() throws {
        // `Dana Frost` above `(00:00:12) It depends…`: the time is the turn's, not its words.
        let d = try Fixture.document("wild-names-above-timed-words.txt")
        XCTAssertEqual(Fixture.outline(d), [
            "What is the most dangerous volcano in the world? [Lex Fridman → Dana Frost]",
            "Can we predict eruptions? [Lex Fridman → Dana Frost]",
        ])
        XCTAssertEqual(d.blocks.first { $0.speaker != nil && $0.text.hasPrefix("It depends") }?.time, "00:00:12")
    }

    func testFrenchTypographysBlankBeforeTheColon() {
        // `Emmanuel Macron\u{A0}: …`: the no-break space (or the narrow one) is no part of the name.
        let d = TranscriptParser.parse("""
            Le Parisien\u{A0}: Pourquoi cette réforme maintenant\u{202F}?

            Emmanuel Macron\u{202F}: Parce que nous ne pouvons plus attendre.

            Le Parisien\u{A0}: Et si la rue ne cède pas\u{A0}?

            Emmanuel Macron\u{A0}: Alors nous continuerons à expliquer.
            """, name: "fr")
        XCTAssertEqual(d.participants.map(\.name), ["Le Parisien", "Emmanuel Macron"])
        XCTAssertEqual(d.exchanges.count, 2)
    }

    func testQuestionsInItalicsUnderAPageThatSaysItIsAConversation() throws {
        let d = try Fixture.document("wild-italic-questions.md")
        XCTAssertEqual(d.source.format, .markdown)
        XCTAssertEqual(Fixture.outline(d), [
            "How did you start? [Interviewer → Interviewee]",
            "What makes a good bowl? [Interviewer → Interviewee]",
            "Do you still sell at the market? [Interviewer → Interviewee]",
        ])
    }

    func testQAndAAloneOnTheirLines() throws {
        // `Q.` on a line of its own, the question below; `A.` likewise.
        let d = try Fixture.document("wild-q-and-a-alone.txt")
        XCTAssertEqual(Fixture.outline(d), [
            "Where were you born? [Q → A]",
            "What do you remember of your school? [Q → A]",
            "When did you leave? [Q → A]",
        ])
    }

    func testAMeetingsSavedTranscriptWithTheTimeAfterTheBracketedName() throws {
        // `[Tom Reyes] 10:05:47` alone on its line: the time is the turn's, the words below.
        let d = try Fixture.document("wild-meeting-saved.txt")
        XCTAssertEqual(Fixture.outline(d), [
            "Tom, why is the budget late this year? [Jane Doe → Tom Reyes]",
            "Will services be cut? [Jane Doe → Tom Reyes]",
        ])
        XCTAssertEqual(d.blocks.first { $0.text.hasPrefix("Because the revenue") }?.time, "10:05:47")
    }

    func testPrimeMinistersQuestionsWhoseFirstQuestionIsAFormula() throws {
        // `Q1. [902145] Jane Hollis (Leith North) (Lab): If he will list his official
        // engagements…` asks by its number, with no question mark; `The Prime Minister (Rishi
        // Sunak):` is `The Prime Minister:` after.
        let d = try Fixture.document("wild-prime-ministers-questions.txt")
        let outline = Fixture.outline(d)
        XCTAssertEqual(outline.count, 5)
        XCTAssertEqual(outline.first, "If he will list his official engagements for Wednesday 6… [Jane Hollis → The Prime Minister]")
        XCTAssertEqual(outline.last, "Does my right hon. Friend agree that the new railway line… [Tom Reyes → The Prime Minister]")
    }

    func testANewsPageWithABylineAPullQuoteAndFurniture() throws {
        let d = try Fixture.document("wild-news-page.txt")
        // `Skip to main content` and the sections before the headline; `By Hannah Price` is a
        // byline, not the asker's fuller name; the pull quote repeats the headline's words.
        XCTAssertEqual(d.title, "'We cannot wait for the next flood': the mayor of Rivermouth on rebuilding")
        XCTAssertEqual(Fixture.outline(d), [
            "How far along is the rebuilding? [Hannah Price → Carla Nunes]",
            "Why has the bridge taken so long? [Hannah Price → Carla Nunes]",
            "Will some streets never be rebuilt? [Hannah Price → Carla Nunes]",
        ])
        XCTAssertEqual(d.blocks.first { $0.text.hasPrefix("\"We cannot wait") }?.kind, .caption)
        XCTAssertEqual(d.blocks.first { $0.text.hasPrefix("Yes. We are buying") }?.kind, .answer)
    }

    func testSpeechInQuotationMarksThatRepeatsNothingIsSpeech() {
        let d = TranscriptParser.parse("""
            Host: What did your father tell you when you left?

            Guest: He said one thing, and I wrote it down that night.

            "Whatever you build, build it so that someone else can mend it."

            Host: Did you follow that advice?

            Guest: Mostly. It is why everything I designed came with its drawings.
            """, name: "quoted")
        XCTAssertEqual(d.blocks.first { $0.text.hasPrefix("\"Whatever") }?.kind, .answer)
    }
}
