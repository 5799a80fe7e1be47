import XCTest
@testable import TranscriptKit

/// Roles, exchanges, non-speech and formats.
final class StructureTests: XCTestCase {
    func testPressBriefingWithSeveralJournalistsAndAModerator() throws {
        let d = try Fixture.document("press-briefing.txt")
        let roles = Dictionary(uniqueKeysWithValues: d.participants.map { ($0.name, $0.role) })
        XCTAssertEqual(roles, ["MODERATOR": .moderator, "MR. KIRBY": .interviewee, "QUESTION": .interviewer, "FENZI": .interviewer])
        XCTAssertEqual(d.exchanges.count, 4)
        // Greetings, the opening statement and closing thanks are outside the exchanges or not questions.
        XCTAssertTrue(d.introduction.allSatisfy { d.blocks[$0].kind != .question && d.blocks[$0].kind != .answer })
        let last = try XCTUnwrap(d.exchanges.last)
        let closing = d.blocks[last.blocks].filter { $0.text.hasPrefix("Thank you, John") }
        XCTAssertEqual(closing.map(\.kind), [.moderator])
        XCTAssertEqual(d.blocks.last?.kind, .caption, "a stage direction in parentheses is not speech")
    }

    func testGreetingsAndThanksAreNotExchanges() throws {
        let d = try Fixture.document("markdown-interview.md")
        XCTAssertEqual(d.exchanges.count, 3)
        XCTAssertEqual(d.exchanges.map(\.title), ["The basics.", "What can a farmer actually do about it?", "Are you optimistic?"])
        XCTAssertTrue(d.blocks.filter { $0.text.contains("thank you so much") || $0.text == "My pleasure." }
            .allSatisfy { $0.kind == .moderator })
        XCTAssertEqual(d.blocks.first { $0.text.hasPrefix("Welcome to the show") }?.kind, .moderator)
    }

    func testMarkdownStructureIsNotSpeech() throws {
        let d = try Fixture.document("markdown-interview.md")
        XCTAssertEqual(d.title, "The Quiet Revolution in Coastal Farming")
        XCTAssertEqual(d.blocks.first { $0.text.hasPrefix("A salt-crusted field") }?.kind, .caption)
        XCTAssertEqual(d.blocks.first { $0.text == "Looking ahead" }?.kind, .caption)
        XCTAssertEqual(d.blocks.first { $0.text.hasPrefix("An interview with agronomist") }?.kind, .front)
        let quote = try XCTUnwrap(d.blocks.first { $0.text.hasPrefix("Then manage the water") })
        XCTAssertEqual(quote.kind, .answer)
    }

    func testExchangesPartitionTheBlocks() throws {
        for name in ["press-briefing.txt", "markdown-interview.md", "podcast.vtt", "subtitles.srt"] {
            let d = try Fixture.document(name)
            var next = d.introduction.upperBound
            for exchange in d.exchanges {
                XCTAssertEqual(exchange.blocks.lowerBound, next, name)
                XCTAssertEqual(d.blocks[exchange.blocks.lowerBound].kind, .question, name)
                XCTAssertTrue(exchange.blocks.allSatisfy { d.blocks[$0].exchange == exchange.number }, name)
                next = exchange.blocks.upperBound
            }
            XCTAssertEqual(next, d.backMatter.lowerBound, name)
            XCTAssertEqual(d.blocks.map(\.lines.lowerBound), d.blocks.map(\.lines.lowerBound).sorted(), name)
        }
    }

    func testWebVTTVoicesMergeAndKeepTimes() throws {
        let d = try Fixture.document("podcast.vtt")
        XCTAssertEqual(d.source.format, .webvtt)
        XCTAssertEqual(d.title, "Episode 12: Cities after cars")
        XCTAssertEqual(d.participants.map(\.name), ["Maya Chen", "Jonas Berg"])
        XCTAssertEqual(d.exchanges.count, 2)
        let first = d.blocks[0]
        XCTAssertEqual(first.text, "Welcome back to Street Level. Today I'm talking to a traffic engineer who tore out a motorway. Why did your city decide to remove it?")
        XCTAssertEqual(first.time, "00:00:01.000")
        // Entities decoded, markup gone, and a pause of four seconds starts a new paragraph.
        let answers = d.blocks.filter { $0.kind == .answer }.map(\.text)
        XCTAssertEqual(answers.last, "That is the part nobody believed at first.")
        XCTAssertTrue(answers.contains { $0.contains("disappeared & people") })
    }

    func testSRTWithNamePrefixes() throws {
        let d = try Fixture.document("subtitles.srt")
        XCTAssertEqual(d.source.format, .srt)
        XCTAssertEqual(d.exchanges.count, 2)
        XCTAssertEqual(d.blocks[1].text, "Thirty years, since my grandmother gave me her first hive. She kept them behind the orchard.")
        XCTAssertEqual(d.blocks[1].time, "00:00:02,400")
    }

    func testHardWrappedCRLFParagraphsAreJoined() throws {
        let d = try Fixture.document("hard-wrapped-crlf.txt")
        XCTAssertEqual(d.blocks.count, 4)
        XCTAssertEqual(d.blocks[0].text, "When did you first come to the island, and what did you expect to find when you arrived that spring?")
        XCTAssertEqual(d.blocks[1].lines, 4...8)
        XCTAssertTrue(d.blocks[1].text.hasSuffix("the arguing was the affection."))
    }

    func testTextWithoutLabelsIsOneIntroduction() throws {
        let d = try Fixture.document("no-labels.txt")
        XCTAssertEqual(d.exchanges.count, 0)
        XCTAssertEqual(d.title, "On Walking")
        XCTAssertEqual(d.blocks.count, 4)
        XCTAssertEqual(d.warnings.count, 1)
    }

    func testFormatOverride() throws {
        let d = try Fixture.document("markdown-interview.md", format: .text)
        XCTAssertEqual(d.source.format, .text)
        XCTAssertEqual(d.title, "# The Quiet Revolution in Coastal Farming")
    }

    func testEveryLineEndingCounts() {
        let d = TranscriptParser.parse("Host: a?\r\nGuest: b\rHost: c?\n\nGuest: d\r")
        XCTAssertEqual(d.blocks.map(\.text), ["a?", "b", "c?", "d"])
        XCTAssertEqual(d.blocks.map(\.lines.lowerBound), [1, 2, 3, 5])
    }

    func testLinesHoldingOnlyNonBreakingSpacesAreBlank() {
        let d = TranscriptParser.parse("Host: One?\n\u{00A0}\u{00A0}\nGuest: Two.\n\u{00A0}\nMore.")
        XCTAssertEqual(d.blocks.map(\.text), ["One?", "Two.", "More."])
    }
}
