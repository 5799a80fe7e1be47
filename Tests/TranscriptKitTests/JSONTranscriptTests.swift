import XCTest
@testable import TranscriptKit

/// Transcripts saved as JSON by speech-to-text services, in the shapes they come in (made up
/// here in our own words): utterances with a speaker's letter and times in milliseconds, a
/// list of words with punctuation apart, parts that carry their own spaces with a list of
/// speakers' names, segments with no speakers at all, and JSON that is no transcript.
final class JSONTranscriptTests: XCTestCase {
    private func speakers(_ d: Document) -> [String?] { d.blocks.filter(\.kind.isSpeech).map { d.speakerName(of: $0) } }

    func testUtterancesAreTurnsAndTheirWordsAreLeftOut() throws {
        let json = """
        {"text": "Why the harbour? Because I grew up there. And now? Now it is too shallow.",
         "words": [{"text": "Why", "start": 1000, "end": 1200, "speaker": "A"}, {"text": "the", "start": 1200, "end": 1300, "speaker": "A"},
                   {"text": "harbour?", "start": 1300, "end": 1900, "speaker": "A"}, {"text": "Because", "start": 2500, "end": 2900, "speaker": "B"},
                   {"text": "I", "start": 2900, "end": 3000, "speaker": "B"}, {"text": "grew", "start": 3000, "end": 3300, "speaker": "B"},
                   {"text": "up", "start": 3300, "end": 3500, "speaker": "B"}, {"text": "there.", "start": 3500, "end": 4000, "speaker": "B"},
                   {"text": "And", "start": 4600, "end": 4800, "speaker": "A"}, {"text": "now?", "start": 4800, "end": 5200, "speaker": "A"},
                   {"text": "Now", "start": 65000, "end": 65300, "speaker": "B"}, {"text": "it", "start": 65300, "end": 65400, "speaker": "B"},
                   {"text": "is", "start": 65400, "end": 65500, "speaker": "B"}, {"text": "too", "start": 65500, "end": 65800, "speaker": "B"},
                   {"text": "shallow.", "start": 65800, "end": 66500, "speaker": "B"}],
         "utterances": [{"speaker": "A", "start": 1000, "end": 1900, "text": "Why the harbour?"},
                        {"speaker": "B", "start": 2500, "end": 9000, "text": "Because I grew up there, between the cranes and the ferries, and my father piloted ships in at night."},
                        {"speaker": "A", "start": 9600, "end": 12200, "text": "And what has become of it now?"},
                        {"speaker": "B", "start": 65000, "end": 72500, "text": "Now it is too shallow for the ships that matter, and nobody wants to pay for the dredging it needs."}]}
        """
        let d = TranscriptParser.parse(json, name: "talk.json")
        XCTAssertEqual(d.source.format, .json)
        XCTAssertEqual(d.exchanges.count, 2)
        XCTAssertEqual(speakers(d), ["Speaker A", "Speaker B", "Speaker A", "Speaker B"])
        let last = try XCTUnwrap(d.blocks.lastIndex { $0.text.hasPrefix("Now it is too shallow") })
        XCTAssertEqual(d.time(at: last)?.text, "00:01:05")
    }

    func testWordsWithPunctuationApartAreRunTogetherByVoice() {
        let json = """
        {"results": [
          {"type": "word", "start_time": 0.5, "alternatives": [{"content": "Why", "speaker": "S1"}]},
          {"type": "word", "start_time": 0.8, "alternatives": [{"content": "now", "speaker": "S1"}]},
          {"type": "punctuation", "start_time": 1.0, "alternatives": [{"content": "?", "speaker": "S1"}]},
          {"type": "word", "start_time": 1.5, "alternatives": [{"content": "Because", "speaker": "S2"}]},
          {"type": "punctuation", "start_time": 1.9, "alternatives": [{"content": ",", "speaker": "S2"}]},
          {"type": "word", "start_time": 2.0, "alternatives": [{"content": "finally", "speaker": "S2"}]},
          {"type": "punctuation", "start_time": 2.4, "alternatives": [{"content": ".", "speaker": "S2"}]}]}
        """
        let d = TranscriptParser.parse(json)
        XCTAssertEqual(d.blocks.filter(\.kind.isSpeech).map(\.text), ["Why now?", "Because, finally."])
        XCTAssertEqual(speakers(d), ["Speaker S1", "Speaker S2"])
    }

    func testPartsCarryingTheirSpacesAndAListOfNames() {
        let json = """
        {"speakers": [{"id": 0, "name": "Jane Doe"}, {"id": 1, "name": "Omar Ali"}],
         "monologues": [
          {"speaker": 0, "elements": [{"type": "text", "value": "Is", "ts": 0.1}, {"type": "punct", "value": " "},
                                      {"type": "text", "value": "it", "ts": 0.3}, {"type": "punct", "value": " "},
                                      {"type": "text", "value": "safe", "ts": 0.5}, {"type": "punct", "value": "?"}]},
          {"speaker": 1, "elements": [{"type": "text", "value": "At", "ts": 1.2}, {"type": "punct", "value": " "},
                                      {"type": "text", "value": "high", "ts": 1.4}, {"type": "punct", "value": " "},
                                      {"type": "text", "value": "tide", "ts": 1.6}, {"type": "punct", "value": ","},
                                      {"type": "punct", "value": " "}, {"type": "text", "value": "and", "ts": 1.8},
                                      {"type": "punct", "value": " "}, {"type": "text", "value": "only", "ts": 2.0},
                                      {"type": "punct", "value": " "}, {"type": "text", "value": "for", "ts": 2.2},
                                      {"type": "punct", "value": " "}, {"type": "text", "value": "small", "ts": 2.4},
                                      {"type": "punct", "value": " "}, {"type": "text", "value": "boats", "ts": 2.6},
                                      {"type": "punct", "value": " "}, {"type": "text", "value": "with", "ts": 2.8},
                                      {"type": "punct", "value": " "}, {"type": "text", "value": "local", "ts": 3.0},
                                      {"type": "punct", "value": " "}, {"type": "text", "value": "pilots", "ts": 3.2},
                                      {"type": "punct", "value": "."}]}]}
        """
        let d = TranscriptParser.parse(json)
        XCTAssertEqual(speakers(d), ["Jane Doe", "Omar Ali"])
        XCTAssertEqual(d.blocks.filter(\.kind.isSpeech).map(\.text), ["Is it safe?", "At high tide, and only for small boats with local pilots."])
        XCTAssertEqual(d.exchanges.count, 1)
    }

    func testSegmentsWithNoSpeakerAreTimedParagraphsBrokenAtPauses() {
        let json = """
        {"title": "The harbour at dawn", "language": "en", "segments": [
          {"id": 0, "start": 0.0, "end": 2.0, "text": " The boats come in before the sun.", "tokens": [1, 2]},
          {"id": 1, "start": 2.0, "end": 4.5, "text": " Gulls follow every one of them.", "tokens": [3]},
          {"id": 2, "start": 9.0, "end": 11.0, "text": " By seven the quay is empty again.", "tokens": [4]}]}
        """
        let d = TranscriptParser.parse(json)
        XCTAssertEqual(d.title, "The harbour at dawn")
        XCTAssertEqual(d.blocks.map(\.text).filter { $0.hasPrefix("The boats") || $0.hasPrefix("By seven") },
                       ["The boats come in before the sun. Gulls follow every one of them.", "By seven the quay is empty again."])
    }

    func testAFileOfSegmentsWithSpeakersAndATitle() throws {
        let d = try Fixture.document("service-segments.json")
        XCTAssertEqual(d.title, "Field Notes 12")
        XCTAssertEqual(Fixture.outline(d), [
            "What first drew you to the ice? [Jane Doe → Omar Ali]",
            "How fast are the glaciers retreating? [Jane Doe → Omar Ali]",
            "What does a day on the ice look like? [Jane Doe → Omar Ali]",
        ])
        let last = try XCTUnwrap(d.blocks.lastIndex { $0.text.hasPrefix("Long.") })
        XCTAssertEqual(d.time(at: last)?.text, "00:00:25")
    }

    func testJSONThatIsNoTranscriptIsReadAsText() {
        for json in ["{\"name\": \"colloquy\", \"version\": \"1.0\"}", "[1, 2, 3]", "{\"broken\": ", "[" + String(repeating: "[", count: 100_000)] {
            let d = TranscriptParser.parse(json)
            XCTAssertEqual(d.source.format, .text, String(json.prefix(20)))
            XCTAssertFalse(d.blocks.isEmpty)
        }
    }

    func testTheForcedFormatReadsJSONWhereverItStarts() {
        let json = "\u{FEFF}  [{\"speaker\": \"Host\", \"text\": \"Ready?\"}, {\"speaker\": \"Guest\", \"text\": \"Always ready, "
            + "as my mother was before me and as her mother was before her.\"}]"
        let d = TranscriptParser.parse(utf8: Array(json.utf8), name: "x", format: .json)
        XCTAssertEqual(speakers(d), ["Host", "Guest"])
        XCTAssertEqual(d.exchanges.count, 1)
    }
}
