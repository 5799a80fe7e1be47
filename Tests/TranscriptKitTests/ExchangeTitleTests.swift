import XCTest
@testable import TranscriptKit

/// A title says what the question is about: not the nod to the last answer, not who is asking.
final class ExchangeTitleTests: XCTestCase {
    private func title(_ question: String) -> String { ExchangeTitle.make(from: Array(question.utf8)) }

    func testANodToTheLastAnswerIsPassedOver() {
        XCTAssertEqual(title("Yeah, that's so interesting. What did the court decide in the end?"),
                       "What did the court decide in the end?")
        XCTAssertEqual(title("No. That's very important. The tariffs hit the farmers first, didn't they?"),
                       "The tariffs hit the farmers first, didn't they?")
        // Longer than a nod: it is the point.
        XCTAssertEqual(title("That's good, but next year is a big year for the harvest."),
                       "That's good, but next year is a big year for the harvest.")
    }

    func testAQuestionAnnouncedIsTheTitleNotItsAnnouncement() {
        XCTAssertEqual(title("Another question on trade. Will tariffs on fish imports be lowered this year?"),
                       "Will tariffs on fish imports be lowered this year?")
        XCTAssertEqual(title("Two quick follow-ups. The first on the harbour. Why did the dredging stop?"),
                       "Why did the dredging stop?")
        // `The question is…` is itself the point.
        XCTAssertEqual(title("The question is whether the bridge stays open."), "The question is whether the bridge stays open.")
    }

    func testAReporterSayingWhoTheyAreIsPassedOver() {
        XCTAssertEqual(title("Ksenia Sokolova, Snob magazine. Why was the law passed so quickly?"),
                       "Why was the law passed so quickly?")
        XCTAssertEqual(title("Oleg Kashtanov, from the newspaper Izvestiya. I have a question from the farmers."),
                       "I have a question from the farmers.")
        XCTAssertEqual(title("Mr President, I am Alexander Kolesnichenko from Argumenty. I am a parent myself."),
                       "I am a parent myself.")
        XCTAssertEqual(title("Oksana Panarina, columnist for the Kuzbass newspaper. Will you visit us in December?"),
                       "Will you visit us in December?")
        // An address is no introduction.
        XCTAssertEqual(title("Mr President, the bridge has taken six years to build."), "The bridge has taken six years to build.")
        XCTAssertEqual(title("This is Helen Ford, and I'm talking with Walter Brandt. Where were you born?"), "Where were you born?")
        XCTAssertEqual(title("Welcome back. My guest studies glaciers. What first drew you to the ice?"), "What first drew you to the ice?")
        // An oral history's recorded preamble: who, when and where, then the first question.
        XCTAssertEqual(title("This is Ann Voss, and today is May 2nd, 2009. I'm here in Tromsø with Lars Berg. Lars, when did you first fish?"),
                       "Lars, when did you first fish?")
        XCTAssertEqual(title("Welcome back to Field Notes. Today I'm with the birder Sam Okoro. Sam, how did you start?"),
                       "Sam, how did you start?")
        // A sound or a note in brackets before the question says nothing of its subject.
        XCTAssertEqual(title("(Inaudible.) Can you explain how the new rules will work?"), "Can you explain how the new rules will work?")
        XCTAssertEqual(title("[laughs] You say that you knew very early on?"), "You say that you knew very early on?")
    }
}
