import XCTest
@testable import TranscriptKit

/// A conversation with a guest on a video call and a room of people who each ask once, in our
/// own words after shapes seen in real transcripts: the sound check and chat before the host
/// presents the guest, people from the room named once, and the goodbyes at the end.
final class ConversationShapesTests: XCTestCase {
    private func firstQuestion(_ d: Document) -> String? {
        d.exchanges.first.flatMap { e in e.blocks.lazy.map { d.blocks[$0] }.first { $0.kind == .question }?.text }
    }

    func testTheHostPresentingTheGuestEndsTheSettingUp() {
        let d = TranscriptParser.parse(Self.call)
        XCTAssertTrue(firstQuestion(d)?.hasPrefix("Lovely. Tonight we talk about") == true, firstQuestion(d) ?? "none")
        XCTAssertEqual(d.exchanges.count, 3)
    }

    func testAGuestNamedOnlyInPassingIsNoPresentation() {
        // The same talk, but the host's long turn addresses the guest instead of presenting her:
        // the sound check stays an exchange of its own.
        let addressed = Self.call.replacingOccurrences(of: "Mira Holt is the harbour master of Brindle Bay",
                                                        with: "Mira, you are the harbour master of Brindle Bay")
        let d = TranscriptParser.parse(addressed)
        XCTAssertEqual(d.exchanges.count, 4)
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
