import XCTest
@testable import TranscriptKit

/// Shapes from sources the corpus does not draw on, each written in our own words after how
/// such transcripts are laid out: a cable news rush transcript, a radio programme, a foreign
/// ministry's briefing, a deposition, a literary magazine's interview, a department briefing,
/// a meeting's captions, a magazine Q&A, a meeting export, a courtroom, a central bank's press
/// conference, and a parliamentary committee's evidence.
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
            "Mr. Chairman, is a July hike a live option? [STEVE LIESMAN → CHAIR POWELL]",
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
            "Counsel, suppose the district had banned all pumping. [JUSTICE KAGAN → MS. GRANT]",
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
}
