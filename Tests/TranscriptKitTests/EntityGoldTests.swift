import XCTest
@testable import TranscriptKit

/// People and key terms against the hand-labelled gold in EntityGold/ (`colloquy entity-report`):
/// the embedded interview always, the corpus transcripts when ../shared/corpus is beside the clone.
final class EntityGoldTests: XCTestCase {
    static let gold = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("EntityGold").path
    static let corpus = CorpusGoldTests.corpus.path

    private func score(_ gold: EntityGold) throws -> EntityScore? {
        let document: Document
        if gold.file == EmbeddedInterview.name {
            document = Document.embeddedInterview()
        } else {
            guard FileManager.default.fileExists(atPath: Self.corpus) else { return nil }
            document = try Document.load(path: Self.corpus + "/" + gold.file)
        }
        let entities = EntityIndex(document: document)
        return EntityScore(document: document, people: entities.people, keyTerms: entities.keyTerms, gold: gold)
    }

    func testTheEmbeddedInterviewsPeopleAndKeyTerms() throws {
        let golds = try EntityGold.golds(in: Self.gold).filter { $0.file == EmbeddedInterview.name }
        XCTAssertEqual(golds.count, 1)
        let s = try XCTUnwrap(try score(golds[0]))
        XCTAssertGreaterThanOrEqual(s.f1, 0.92, "\(s.wrongPeople + s.missedPeople)")
        XCTAssertGreaterThanOrEqual(s.termPrecision, 0.85, "\(s.wrongTerms)")
    }

    func testTheCorpusGoldAsAWhole() throws {
        // Where the corpus is absent (a plain clone), say so and pass, as CorpusGoldTests does;
        // the embedded interview's gold above runs everywhere.
        guard FileManager.default.fileExists(atPath: Self.corpus) else {
            print("entity gold: \(Self.corpus) is absent (a plain clone); the corpus transcripts are not scored")
            return
        }
        var total = EntityScore.Total()
        for gold in try EntityGold.golds(in: Self.gold) {
            guard let s = try score(gold) else { continue }
            total.add(s)
            if s.scoresPeople { XCTAssertGreaterThanOrEqual(s.f1, 0.85, "\(gold.file): \(s.wrongPeople + s.missedPeople)") }
        }
        XCTAssertGreaterThanOrEqual(total.f1, 0.92)
        XCTAssertGreaterThanOrEqual(total.precision, 0.93)
        XCTAssertGreaterThanOrEqual(total.termPrecision, 0.85)
    }

    func testTheUntouchedGoldAsAWhole() throws {
        // Kept apart from the rules' development (README): only its totals are read, and held here.
        guard FileManager.default.fileExists(atPath: Self.corpus) else { return }
        var total = EntityScore.Total()
        for gold in try EntityGold.golds(in: Self.gold + "/untouched") {
            guard let s = try score(gold) else { continue }
            total.add(s)
        }
        XCTAssertGreaterThanOrEqual(total.f1, 0.97)
        XCTAssertGreaterThanOrEqual(total.precision, 0.98)
        XCTAssertGreaterThanOrEqual(total.termPrecision, 0.73)
    }

    func testTheScorerCountsPairsAndSlotsAsDocumented() throws {
        let document = TranscriptParser.parse("Host: Why?\n\nGuest: Alexei Navalny and Navalny.\n\nHost: And?\n\nGuest: Merkel.\n")
        let json = """
            {"file": "x", "people": {"Alexei Navalny": [3], "Angela Merkel": [7], "Nobody": [99]},
             "key_terms": [{"line": 1, "terms": [["syria", "syrian"], ["libya"]]}]}
            """
        let gold = try EntityGold(json: Data(json.utf8))
        let people = PeopleIndex.build(document, PeopleFinder(countries: CountryMatcher(), organisations: CountryMatcher()))
        let s = EntityScore(document: document, people: people, keyTerms: [1: ["Syrian", "syria", "Libya", "told"]], gold: gold)
        XCTAssertEqual(s.truePositives, 2)   // Navalny in block 1 (once, though named twice), Merkel in block 3
        XCTAssertEqual(s.falseNegatives, 1)  // line 99 is in no paragraph
        XCTAssertEqual(s.falsePositives, 0)
        XCTAssertEqual(s.termHits, 2)        // `syria` after `Syrian` and `told` are misses
        XCTAssertEqual(s.termSlots, 4)
    }

    func testALabelledPartOfATranscriptIsAllThatIsScored() throws {
        // Merkel (line 7) is found but lies outside the labelled lines; Navalny inside is found wrongly.
        let document = TranscriptParser.parse("Host: Why?\n\nGuest: Alexei Navalny said so.\n\nHost: And?\n\nGuest: Merkel.\n")
        let gold = try EntityGold(json: Data(#"{"file": "x", "lines": [1, 4], "people": {"Someone Else": [3]}}"#.utf8))
        let people = PeopleIndex.build(document, PeopleFinder(countries: CountryMatcher(), organisations: CountryMatcher()))
        let s = EntityScore(document: document, people: people, keyTerms: [:], gold: gold)
        XCTAssertEqual(s.falsePositives, 1)  // Navalny, in the labelled part
        XCTAssertEqual(s.falseNegatives, 1)  // Someone Else
        XCTAssertEqual(s.truePositives, 0)   // Merkel, outside, counts neither way
        XCTAssertThrowsError(try EntityGold(json: Data(#"{"file": "x", "lines": [4, 1]}"#.utf8)))
    }
}
