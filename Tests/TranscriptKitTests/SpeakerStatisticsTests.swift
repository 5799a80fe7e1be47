import Foundation
import XCTest
@testable import TranscriptKit

/// Speaker statistics against figures counted by hand: each speaker's paragraphs read off the
/// source, captions and furniture struck out by reading, words counted as space-separated runs
/// holding a letter or digit (`awk`, with the non-breaking spaces the files use between words
/// made spaces), a turn as one speaker's consecutive paragraphs.
final class SpeakerStatisticsTests: XCTestCase {
    func testTheEmbeddedInterview() throws {
        // Lines 11–175 of Data/lavrov-sputnik-2020-09-17.txt; captions struck out by reading:
        // lines 17, 24, 36, 42, 49, 51, 63, 77, 79, 109, 119, 128, 158, 165 (the kicker).
        let stats = SpeakerStatistics(document: Document.embeddedInterview())
        XCTAssertEqual(stats.speakers.map(\.name), ["Sergei Lavrov", "Sputnik"])
        let lavrov = stats.speakers[0], sputnik = stats.speakers[1]
        XCTAssertEqual(lavrov.role, .interviewee)
        XCTAssertEqual(sputnik.role, .interviewer)
        XCTAssertEqual([lavrov.turns, sputnik.turns], [9, 9])
        XCTAssertEqual([lavrov.words, sputnik.words], [6254, 643])
        XCTAssertEqual(stats.words, 6897)
        // Every Sputnik question ends on `?`; Lavrov asks once, in his second answer (lines 46, 53).
        XCTAssertEqual([lavrov.questions, sputnik.questions], [1, 9])
        XCTAssertEqual(lavrov.averageAnswer, 695)   // 6254 / 9 = 694.9
        XCTAssertNil(sputnik.averageAnswer)
        XCTAssertEqual(lavrov.exchanges, Array(1...9))
        XCTAssertEqual(SpeakerStatistics.percent(stats.share(lavrov)), "91%")
    }

    func testAPressGaggleWithItsReporters() throws {
        // Psaki's gaggle: every `MS. PSAKI:` and `Q` (also `Q:`) paragraph from line 13 to the
        // closing time stamp; consecutive `Q` paragraphs (lines 288/290, 328/330) are one turn,
        // since nothing tells one reporter from the next.
        guard let document = try Self.corpusDocument("03-wh-2022-psaki-gaggle-en-route-atlanta.md") else { return }
        let stats = SpeakerStatistics(document: document)
        XCTAssertEqual(stats.speakers.map(\.name), ["MS. PSAKI", "Q"])
        let psaki = stats.speakers[0], q = stats.speakers[1]
        XCTAssertEqual([psaki.turns, q.turns], [50, 49])
        XCTAssertEqual([psaki.words, q.words], [3665, 1746])
        XCTAssertEqual([psaki.questions, q.questions], [7, 43])
        // Her 350-word opening statement answers nothing: (3665 − 350) / 49 = 67.7.
        XCTAssertEqual(psaki.averageAnswer, 68)
    }

    func testAPodcastWithTwoHosts() throws {
        // Python Bytes 9, labels `Michael KENNEDY:` then `KENNEDY:`, `OKKEN:`; line 200 is the
        // show's sign-off, not speech; a time inside his words (`[11:20]`) is not a word of his.
        guard let document = try Self.corpusDocument("25-podcast-python-bytes-009-surname-labels.txt") else { return }
        let stats = SpeakerStatistics(document: document)
        XCTAssertEqual(stats.speakers.map(\.name), ["Michael KENNEDY", "Brian OKKEN"])
        XCTAssertEqual(stats.speakers.map(\.turns), [38, 37])
        XCTAssertEqual(stats.speakers.map(\.words), [2752, 1110])
        XCTAssertEqual(stats.speakers.map(\.questions), [14, 8])
        XCTAssertEqual(SpeakerStatistics.percent(stats.share(stats.speakers[0])), "71%")
    }

    func testWordsAndQuestions() {
        XCTAssertEqual(SpeakerStatistics.words("He’s not the — or she’s not").count, 6)
        XCTAssertEqual(SpeakerStatistics.words("Brégançon, 1980-90s: Москва?").count, 3)
        XCTAssertTrue(SpeakerStatistics.words("Москва?").asks)
        XCTAssertEqual(SpeakerStatistics.words("數位部長，你好").count, 6)
        XCTAssertTrue(SpeakerStatistics.words("你好嗎？").asks)
        XCTAssertFalse(SpeakerStatistics.words("Yes. — Right.").asks)
        XCTAssertEqual(SpeakerStatistics.words("").count, 0)
    }

    func testTurnsAreRunsOfOneSpeakerAcrossCaptions() {
        let doc = TranscriptParser.parse("Q: Why now?\n\nA: Because.\n\n(Photo: AP)\n\nIt was time.\n\nQ: And?\n\nA: Done.\n", name: "t")
        let stats = SpeakerStatistics(document: doc)
        let a = stats.speakers.first { $0.name == "A" }
        XCTAssertEqual(a?.turns, 2)
        XCTAssertEqual(a?.words, 5)
        XCTAssertEqual(stats.speakers.first { $0.name == "Q" }?.questions, 2)
    }

    func testTheTableReadsAsColumns() {
        let stats = SpeakerStatistics(document: Document.embeddedInterview())
        let lines = stats.table(title: "T").split(separator: "\n").map(String.init)
        XCTAssertEqual(lines[0], "T — 2 speakers, 6897 words in 18 turns")
        XCTAssertTrue(lines[2].hasPrefix("Sergei Lavrov  interviewee      9   6254   91% ██████████████▌"), lines[2])
        XCTAssertTrue(lines[2].hasSuffix("      1         695  1–9"), lines[2])
        XCTAssertTrue(lines[3].hasSuffix("      9           —  1–9"), lines[3])
        XCTAssertEqual(SpeakerStatistics.ranges([1, 2, 3, 7, 9, 10]), "1–3,7,9–10")
        XCTAssertEqual(SpeakerStatistics.bar(0.001, width: 16), "▏")
        XCTAssertEqual(SpeakerStatistics.bar(1, width: 4), "████")
    }

    static func corpusDocument(_ name: String) throws -> Document? {
        let path = CorpusGoldTests.corpus.appendingPathComponent(name).path
        guard FileManager.default.fileExists(atPath: path) else {
            print("corpus: \(path) is absent (a plain clone); its speaker figures are not checked")
            return nil
        }
        return try Document.load(path: path)
    }

    /// The live reader never counts on the drawing thread: the first ask starts the count and
    /// answers nil (the tab says `indexing…`); a later ask has the figures.
    func testInTheLiveReaderTheyAreCountedInTheBackground() {
        let document = Document.embeddedInterview()
        let index = LazyEntityIndex(document: document)
        index.buildOnlyInBackground()
        XCTAssertNil(index.speakerStatistics())
        var stats = index.speakerStatistics()
        let deadline = Date().addingTimeInterval(20)
        while stats == nil, Date() < deadline {
            Thread.sleep(forTimeInterval: 0.01)
            stats = index.speakerStatistics()
        }
        XCTAssertEqual(stats, SpeakerStatistics(document: document))
    }
}
