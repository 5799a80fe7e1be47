import XCTest
@testable import TranscriptKit

/// A legislature's floor session, in our own words after the shape of real ones: a presiding
/// officer who gives the word between nearly every turn, a clerk who reads each bill when told
/// to, sponsors who yield and answer, and a member who questions them.
final class FloorSessionShapesTests: XCTestCase {
    private func role(_ d: Document, _ name: String) -> Participant.Role? {
        d.participants.first { $0.name == name }?.role
    }

    /// Six bills: the clerk reads each, its sponsor yields to Senator Moss's questions and answers.
    static var session: String {
        let sponsors = ["BRANDT", "OKAFOR", "LINDQVIST", "HAYES", "MORENO", "TANAKA"]
        let subjects = ["the ferry tolls", "school buses", "river dredging", "night trains", "library hours", "snow clearing"]
        var text = """
        THE PRESIDENT:  The Senate will come to order.

        SENATOR PAGE:  Mr. President, might I suggest that every member be put on the resolution honouring the \
        lifeboat crews? Wouldn't you agree, Senator Ruiz?

        ACTING PRESIDENT ROWE:  Without objection, so ordered. Senator Quist, why do you rise?

        SENATOR QUIST:  Mr. President, on the resolution for the harbour pilots, I would like to open it to every \
        member of the chamber, since so many of us have pilots in our districts and asked to join it.

        ACTING PRESIDENT ROWE:  The Secretary will read the first bill.


        """
        for (n, (sponsor, subject)) in zip(sponsors, subjects).enumerated() {
            text += """
            THE SECRETARY:  Calendar Number \(n + 10), by Senator \(sponsor.capitalized), an act to amend the transport law \
            in relation to \(subject).

            ACTING PRESIDENT ROWE:  Senator Moss.

            SENATOR MOSS:  Would the sponsor yield for a question?

            ACTING PRESIDENT ROWE:  Senator \(sponsor.capitalized), do you yield?

            SENATOR \(sponsor):  Yes.

            ACTING PRESIDENT ROWE:  The sponsor yields.

            SENATOR MOSS:  Senator, who pays for \(subject) under this bill, the state or the towns?

            SENATOR \(sponsor):  The state pays the first three years in full, and the towns take over a share \
            after that, on a scale the comptroller sets each spring from their own revenue.

            ACTING PRESIDENT ROWE:  Senator Moss.

            SENATOR MOSS:  And what happens to a town that cannot pay its share when the time comes?

            SENATOR \(sponsor):  It can ask the state for a hardship waiver, which the bill allows for two \
            years at a time, renewable once, and the comptroller reports every such waiver to us.

            ACTING PRESIDENT ROWE:  Read the last section.

            THE SECRETARY:  This act shall take effect immediately.

            ACTING PRESIDENT ROWE:  Call the roll.

            THE SECRETARY:  Ayes 51.

            ACTING PRESIDENT ROWE:  The bill is passed.


            """
        }
        return text
    }

    func testThePresidingOfficerAndTheClerkAskAndAnswerNothing() {
        let d = TranscriptParser.parse(Self.session)
        XCTAssertEqual(role(d, "ACTING PRESIDENT ROWE"), .moderator)
        XCTAssertEqual(role(d, "THE SECRETARY"), .other)
        XCTAssertEqual(role(d, "SENATOR MOSS"), .interviewer)
        XCTAssertEqual(role(d, "SENATOR BRANDT"), .interviewee)
        // Two questions to each of six sponsors; the clerk's readings answer none of them.
        XCTAssertEqual(d.exchanges.count, 12)
        XCTAssertFalse(d.exchanges.contains { d.participants[$0.answerSpeaker ?? 0].name == "THE SECRETARY" })
    }

    func testAMemberGivenTheFloorAnswersNoQuestionLeftOpen() {
        // Senator Page's suggestion is passed over when the chair asks Senator Quist why he rises:
        // his words are a motion of his own, and the first exchange is the first bill's.
        let d = TranscriptParser.parse(Self.session)
        let first = d.exchanges.first.map { e in e.blocks.map { d.blocks[$0] }.first { $0.kind == .question }?.text ?? "" }
        XCTAssertTrue(first?.contains("who pays for the ferry tolls") == true, first ?? "no exchange")
    }

    func testAnInterviewersBriefQuestionsAreNoPresiding() {
        // A rapid interview: one asker, many brief turns, always answered by the same guest.
        var text = ""
        for n in 1...30 {
            text += "HOST:  And question \(n), briefly?\n\nGUEST NAME:  Answer \(n) is short but it is an answer all the same.\n\n"
        }
        let d = TranscriptParser.parse(text)
        XCTAssertEqual(role(d, "HOST"), .interviewer)
        XCTAssertEqual(d.exchanges.count, 30)
    }

    func testAMembersStatementAndTheWitnessGivenTheFloorAreNoExchange() {
        // A committee hearing: the ranking member's opening statement asks nothing; the chair then
        // gives the witness the floor under a long heading, and the witness's statement answers
        // nobody. The first exchange is the chair's first question.
        let text = """
        Ms. MARSH. The subcommittee will come to order. I now recognize the ranking member, Mr. Okafor, for his opening statement.

        Mr. OKAFOR. Thank you, Madam Chair. Small ports are the backbone of coastal towns, and many of them are one bad winter away from closing.

        Ms. MARSH. Thank you. Our first witness is Captain Ines Koval, harbor master of Brindle Bay. Captain Koval, you are recognized for five minutes.

        STATEMENT OF CAPTAIN INES KOVAL, HARBOR MASTER, BRINDLE BAY

        Captain KOVAL. Thank you, Chairwoman Marsh. Small ports need three things: shared dredging, help keeping pilots, and grants for equipment sized to small ports.

        Ms. MARSH. Captain Koval, how often does your channel need dredging, and who pays for it today?

        Captain KOVAL. Every three to four years, Madam Chair. Today the town pays for all of it, about two million dollars each time.

        Mr. OKAFOR. Why are your pilots leaving?

        Captain KOVAL. Pay, mostly. A pilot in a big port earns twice what we can pay, and the training is the same.
        """
        let d = TranscriptParser.parse(text)
        XCTAssertEqual(d.exchanges.count, 2)
        XCTAssertEqual(d.blocks.first { $0.text.hasPrefix("STATEMENT OF") }?.kind, .caption)
        let first = d.exchanges.first.map { e in e.blocks.map { d.blocks[$0] }.first { $0.kind == .question }?.text ?? "" }
        XCTAssertTrue(first?.contains("how often does your channel need dredging") == true, first ?? "no exchange")
    }
}
