import Foundation
import XCTest
import TestSupport

/// `&` in the reader and `--filter` on `outline` and `export`, driven as a user would.
final class FilterEndToEndTests: XCTestCase {
    private var session: TmuxSession?

    override func tearDown() {
        session?.close()
        session = nil
    }

    private static let briefing = Repository.root().appendingPathComponent("Tests/ReaderCoreTests/Fixtures/briefing.txt").path

    private func run(_ arguments: String...) -> Spawn.Result {
        Spawn.run([Spawn.colloquy] + arguments, environment: Spawn.environmentWithoutSettings)
    }

    /// Exchange numbers of an outline's lines.
    private func numbers(_ outline: String) -> [String] {
        outline.split(separator: "\n").dropFirst().compactMap { $0.split(separator: " ").first.map(String.init) }
    }

    func testOutlineAndExportFilterByCountryAndSpeaker() throws {
        let libya = run("outline", "--filter", "country:LY")
        XCTAssertEqual(libya.status, 0, libya.error)
        XCTAssertEqual(numbers(libya.output), ["9"])
        XCTAssertEqual(libya.error, "colloquy: filter: Libya — 1 of 9 exchanges\n")

        // The briefing by reading: Baker asks on lines 17, 21 and 37; Libya is asked about on 9, 29, 37.
        let all = run("outline", Self.briefing).output
        func exchange(holding line: Int) -> String? {
            all.split(separator: "\n").dropFirst().first { row in
                guard let range = row.range(of: "lines ") else { return false }
                let bounds = row[range.upperBound...].split(separator: "–").compactMap { Int($0) }
                return bounds.count == 2 && (bounds[0]...bounds[1]).contains(line)
            }.flatMap { $0.split(separator: " ").first.map(String.init) }
        }
        let baker = run("outline", "--filter", "speaker:baker", Self.briefing)
        XCTAssertEqual(numbers(baker.output), Array(Set([17, 21, 37].compactMap(exchange))).sorted { Int($0)! < Int($1)! })
        let country = run("outline", "--filter", "country Libya", Self.briefing)
        XCTAssertEqual(numbers(country.output), Array(Set([9, 29, 37].compactMap(exchange))).sorted { Int($0)! < Int($1)! })

        let json = run("export", "--format", "json", "--filter", "country:LY")
        let object = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any]
        let exchanges = object?["exchanges"] as? [[String: Any]]
        XCTAssertEqual(exchanges?.count, 1)
        XCTAssertEqual(exchanges?.first?["number"] as? Int, 9)

        let bad = run("outline", "--filter", "country:Atlantis")
        XCTAssertEqual(bad.status, 1)
        XCTAssertEqual(bad.error, "colloquy: no country called Atlantis in this document\n")
        XCTAssertEqual(bad.output, "")
    }

    func testTheReaderFiltersByCountryThenBySpeaker() throws {
        let s = try TmuxSession(width: 120, height: 40, command: "'\(Spawn.colloquy)'")
        session = s
        s.waitFor("Question 1 · Sputnik")
        s.send("&")
        s.send("country LY", literal: true)
        s.send("Enter")
        s.waitForAll(["filter: Libya — 1 of 9 exchanges", "Question 9 · Sputnik", "▸ 9  "])
        XCTAssertFalse(s.screen().contains("  1  "), "exchange 1 is not listed: \(s.screen())")
        s.send("Escape")
        s.waitFor("filter lifted")
        s.waitFor("  1  ")
    }

    func testTheReaderFiltersABriefingToOneReporter() throws {
        let s = try TmuxSession(width: 120, height: 40, command: "'\(Spawn.colloquy)' '\(Self.briefing)'")
        session = s
        s.waitFor("Question 1 · Q")
        s.send("&")
        s.send("speaker baker", literal: true)
        s.send("Enter")
        s.waitForAll(["filter: BAKER — 3 of", "· BAKER ─"])
        s.send("]")
        s.send("]")
        s.send("]")
        s.waitFor("already at the last exchange the filter keeps")
        XCTAssertTrue(s.screen().contains("· BAKER ─"), s.screen())
    }
}
