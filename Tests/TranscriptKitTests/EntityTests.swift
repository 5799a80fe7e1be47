import XCTest
@testable import TranscriptKit

final class EntityTests: XCTestCase {
    let entities = EntityIndex(document: Document.embeddedInterview())

    func testExchangeTopicsSayWhatEachExchangeIsAbout() {
        let d = Document.embeddedInterview()
        let labels = ExchangeTopics.labels(d, countries: entities.countries, topics: entities.topics)
        XCTAssertEqual(labels[9]?.first, "Libya")
        XCTAssertTrue(labels[7]?.contains("Syria") == true, "\(labels[7] ?? [])")
        XCTAssertTrue(labels.values.allSatisfy { (1...2).contains($0.count) })
        let none = TranscriptParser.parse("Host: Why?\n\nGuest: Because.\n\nHost: And?\n\nGuest: So.\n")
        let empty = EntityIndex(document: none)
        XCTAssertEqual(ExchangeTopics.labels(none, countries: empty.countries, topics: empty.topics), [:])
    }

    func testPeopleWithTitlesAndMergedSurnames() {
        let text = "Russian Foreign Minister Sergei Lavrov met President Putin and Mr. Saleh in Moscow. Vladimir Putin spoke."
        let d = TranscriptParser.parse("Host: What happened?\n\nGuest: " + text)
        let people = EntityIndex(document: d).people.entities.map(\.name)
        XCTAssertEqual(Set(people), ["Sergei Lavrov", "Vladimir Putin", "Saleh"])
        XCTAssertEqual(EntityIndex(document: d).people.entity("Vladimir Putin")?.mentions, 2, "Putin alone is Vladimir Putin")
    }

    func testPeopleAreNotCountriesOrCaptionsInCapitals() {
        let names = Set(entities.people.entities.map(\.name))
        XCTAssertTrue(names.isSuperset(of: ["Sergei Lavrov", "Vladimir Putin", "Emmanuel Macron", "Antonio Guterres", "Rex Tillerson"]))
        XCTAssertFalse(names.contains("Persian Gulf"))
        XCTAssertFalse(names.contains { $0 == $0.uppercased() }, "credits in capitals are not people")
    }

    func testOrganisationsMergeLongFormsWithAcronyms() {
        let d = TranscriptParser.parse("Host: And the UN?\n\nGuest: The United Nations, the EU and the European Union, NATO and the OPCW.")
        let orgs = EntityIndex(document: d).organisations
        XCTAssertEqual(orgs.entity("UN")?.mentions, 2)
        XCTAssertEqual(orgs.entity("EU")?.mentions, 2)
        XCTAssertEqual(Set(orgs.entities.map(\.code)), ["UN", "EU", "NATO", "OPCW"])
    }

    func testCrossCuttingTopicsListEveryExchange() {
        XCTAssertEqual(entities.topics.entity("SANCTIONS")?.exchanges, [1, 2, 5, 7, 8])
        XCTAssertEqual(entities.topics.entity("CHEMWEAP")?.exchanges, [2])
    }

    func testKeyTermsSetExchangesApart() {
        XCTAssertTrue(entities.keyTerms[9]?.contains("libya") == true, "\(entities.keyTerms[9] ?? [])")
        XCTAssertTrue(entities.keyTerms[2]?.contains("novichok") == true)
        XCTAssertEqual(entities.keyTerms.count, 9)
    }

    func testKeyTermsCountASCIITextOnItsBytesAsOnItsCharacters() {
        // Two ways to split words, one for ASCII paragraphs (fast) and one for the rest: on ASCII
        // text they must count the same words the same number of times.
        let pieces = ["Sanctions", "sanctions", "SANCTIONS", "arms-control", "-", "--", "UN", "1990s", "it's", "they're",
                      "abc", "abcd", " ", "  ", ",", ".", "\n", "\t", "Libya", "x-ray", "Don't", "(talks)", "ab1cd", "what"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<2000 {
            var text = ""
            for _ in 0..<Int(state % 40) {
                state ^= state << 13; state ^= state >> 7; state ^= state << 17
                text += pieces[Int(state % UInt64(pieces.count))]
            }
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            var bytewise: [String: Int] = [:], characterwise: [String: Int] = [:]
            XCTAssertTrue(KeyTerms.countASCIIWords(text, into: &bytewise))
            KeyTerms.countWords(text, into: &characterwise)
            XCTAssertEqual(bytewise, characterwise, text.debugDescription)
        }
        var counts: [String: Int] = [:]
        XCTAssertFalse(KeyTerms.countASCIIWords("Türkiye sanctions", into: &counts), "not ASCII: left to the other path")
        XCTAssertEqual(counts, [:])
    }

    func testWordsInsideAnyClaimedMentionAreMarkedEvenWhereClaimsOverlap() {
        // "Aa Bb Cc Dd": one claim covers the first three words, another (starting later,
        // ending sooner) the second; the third is still inside the first.
        let tokens = Tokens("Aa Bb Cc Dd")
        var claims = [PackedMention(code: 1, range: 3..<5, kind: .name), PackedMention(code: 0, range: 0..<8, kind: .block)]
        var claimed: [Bool] = []
        PeopleFinder.mark(tokens.list, inside: &claims, into: &claimed)
        XCTAssertEqual(claimed, [true, true, true, false])
        claims = []
        PeopleFinder.mark(tokens.list, inside: &claims, into: &claimed)
        XCTAssertEqual(claimed, [false, false, false, false], "the marks of the paragraph before are gone")
    }

    func testExportCarriesEntities() throws {
        let d = Document.embeddedInterview()
        let object = try JSONSerialization.jsonObject(with: Data(d.json(entities: entities))) as? [String: Any]
        let e = try XCTUnwrap(object?["entities"] as? [String: Any])
        let topics = try XCTUnwrap(e["topics"] as? [[String: Any]])
        XCTAssertEqual(topics.first { $0["id"] as? String == "SANCTIONS" }?["mentions"] as? Int, 21)
        XCTAssertNotNil(e["people"] as? [[String: Any]])
        XCTAssertNotNil(e["key_terms"] as? [String: [String]])
    }
}
