import XCTest
@testable import TranscriptKit

final class EntityTests: XCTestCase {
    let entities = EntityIndex(document: Document.embeddedInterview())

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
