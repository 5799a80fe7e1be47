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
        **Sara Holm:** Welcome to the closing session. We spent three days arguing about the future \
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
}
