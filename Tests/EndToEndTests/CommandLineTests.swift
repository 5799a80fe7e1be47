import Foundation
import XCTest
import TestSupport

/// The non-interactive commands, run as a user would run them.
final class CommandLineTests: XCTestCase {
    private func colloquy(_ arguments: String...) -> Spawn.Result { colloquy(arguments) }

    private func colloquy(_ arguments: [String]) -> Spawn.Result {
        Spawn.run([Spawn.colloquy] + arguments, environment: Spawn.environmentWithoutSettings)
    }

    private let fixtures = Repository.root().appendingPathComponent("Tests/TranscriptKitTests/Fixtures")

    func testHelpAndVersion() {
        let help = colloquy("--help")
        XCTAssertEqual(help.status, 0)
        XCTAssertTrue(help.output.contains("colloquy outline [FILE]"))
        XCTAssertTrue(colloquy("--version").output.hasPrefix("colloquy "))
    }

    /// `--measure` narrows the text; `--sidebar-width` fixes the sidebar; nonsense is a usage error.
    func testMeasureAndSidebarWidthFlags() {
        func rows(_ arguments: String...) -> [Substring] {
            colloquy(["render", "--size", "160x50"] + arguments).output.split(separator: "\n")
        }
        let standard = rows(), narrow = rows("--measure", "60"), fixed = rows("--sidebar-width", "30")
        XCTAssertEqual(standard[1].firstIndex(of: "│").map { standard[1].distance(from: standard[1].startIndex, to: $0) }, 59)
        XCTAssertEqual(fixed[1].firstIndex(of: "│").map { fixed[1].distance(from: fixed[1].startIndex, to: $0) }, 30)
        let longest = { (lines: [Substring]) in lines.map { $0.split(separator: "│").last.map { $0.trimmingCharacters(in: .whitespaces).count } ?? 0 }.max() ?? 0 }
        XCTAssertLessThanOrEqual(longest(narrow), 60)
        XCTAssertGreaterThan(longest(standard), 60)
        XCTAssertEqual(colloquy("render", "--measure", "5").status, 2)
        XCTAssertEqual(colloquy("render", "--sidebar-width", "x").status, 2)
    }

    func testExplainSpeakerFlagsAndTheSidecar() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("colloquy-sidecar-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("talk.txt")
        // Statements both ways, so that either speaker's turns can be the questions.
        let ask = "Tell me about the harbour, which closed after two hundred years of trade along this coast, and what it meant for the town."
        let answer = "The ships got too big for it, and nobody would pay to dredge it deeper, so the trade went elsewhere, first to the railway and then to the big container ports in the south."
        try "Ana Ruiz: \(ask)\n\nBo Li: \(answer)\n\nAna Ruiz: \(ask)\n\nBo Li: \(answer)\n"
            .write(to: file, atomically: true, encoding: .utf8)
        let explained = colloquy("outline", "--explain", file.path)
        XCTAssertTrue(explained.output.contains("why: label Ana Ruiz: believed, recurs 2 times"), explained.output)
        XCTAssertTrue(explained.output.contains("starts exchange 1"), explained.output)
        XCTAssertTrue(colloquy("outline", file.path).output.contains("[Ana Ruiz → Bo Li]"))
        let flipped = colloquy("outline", file.path, "--speaker", "Bo Li=interviewer", "--speaker", "Ana Ruiz=interviewee")
        XCTAssertTrue(flipped.output.contains("[Bo Li → Ana Ruiz]"), flipped.output)
        try "# who is who\nBo Li = interviewer\nAna Ruiz = interviewee\n".write(to: URL(fileURLWithPath: file.path + ".speakers"), atomically: true, encoding: .utf8)
        XCTAssertTrue(colloquy("outline", file.path).output.contains("[Bo Li → Ana Ruiz]"))
        XCTAssertTrue(colloquy("outline", file.path, "--speaker", "Ana Ruiz=interviewer", "--speaker", "Bo Li=interviewee")
            .output.contains("[Ana Ruiz → Bo Li]"), "flags win over the sidecar")
        try "Bo Li = spokesman\n".write(to: URL(fileURLWithPath: file.path + ".speakers"), atomically: true, encoding: .utf8)
        let bad = colloquy("outline", file.path)
        XCTAssertEqual(bad.status, 2)
        XCTAssertTrue(bad.error.contains("talk.txt.speakers:1"), bad.error)
    }

    func testUsageErrorsExitTwo() {
        for args in [["--bogus"], ["export", "--format", "yaml"], ["render", "--size", "80"], ["render", "a.txt", "b.txt"],
                     ["grep", "--explain", "x"], ["completions", "tcsh"]] {
            let r = Spawn.run([Spawn.colloquy] + args)
            XCTAssertEqual(r.status, 2, "\(args)")
            XCTAssertTrue(r.error.hasPrefix("colloquy: "), r.error)
            XCTAssertEqual(r.output, "")
        }
        XCTAssertTrue(Spawn.run([Spawn.colloquy, "grep", "--explain", "x"]).error.hasPrefix("colloquy: unknown option '--explain' for grep"),
                      "an option of another command is refused by name")
    }

    func testUnreadableInputExitsOneWithOneLine() throws {
        let missing = colloquy("outline", "/nonexistent/file.txt")
        XCTAssertEqual(missing.status, 1)
        XCTAssertEqual(missing.error, "colloquy: /nonexistent/file.txt: no such file\n")
        // A folder is a library: one with no transcript in it is an error of one line.
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("colloquy-empty-\(getpid())")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        let dir = colloquy("outline", empty.path)
        XCTAssertEqual(dir.status, 1)
        XCTAssertEqual(dir.error, "colloquy: \(empty.path): no readable transcript\n")
        let binary = colloquy("export", "/bin/sh")
        XCTAssertEqual(binary.status, 1)
        XCTAssertTrue(binary.error.contains("binary"), binary.error)
        XCTAssertEqual(binary.error.split(separator: "\n").count, 1)
    }

    func testOutlineOfTheEmbeddedInterview() {
        let r = colloquy("outline")
        XCTAssertEqual(r.status, 0)
        let lines = r.output.split(separator: "\n")
        XCTAssertEqual(lines.filter { $0.contains("[Sputnik → Sergei Lavrov]") }.count, 9)
        XCTAssertTrue(r.output.contains("   9  The Russian embassy in Libya"))
    }

    func testReaderPrintsTheOutlineWhenOutputIsNotATerminal() {
        XCTAssertEqual(colloquy().output, colloquy("outline").output)
    }

    func testExportFormats() throws {
        let file = fixtures.appendingPathComponent("press-briefing.txt").path
        let json = colloquy("export", file)
        let object = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any]
        XCTAssertEqual(object?["schema"] as? String, "colloquy.document/1")
        XCTAssertEqual((object?["exchanges"] as? [Any])?.count, 4)
        XCTAssertTrue(colloquy("export", file, "--format", "markdown").output.contains("## 1. On the grain corridor"))
        XCTAssertTrue(colloquy("export", file, "--format", "text").output.contains("MR. KIRBY: The guarantees"))
    }

    func testStandardInputWithDash() {
        let file = fixtures.appendingPathComponent("qa-dotted.txt").path
        let r = Spawn.run([Spawn.colloquy, "outline", "-"], input: file)
        XCTAssertEqual(r.status, 0)
        XCTAssertTrue(r.output.contains("What brought you to chess?"))
    }

    func testRenderIsTheReaderHeadless() {
        let r = colloquy("render", "--size", "100x30", "--keys", ":9<Enter>")
        XCTAssertEqual(r.status, 0)
        XCTAssertTrue(r.output.contains("Question 9 · Sputnik"))
        XCTAssertEqual(r.output.split(separator: "\n", omittingEmptySubsequences: false).count, 31)
        let ansi = colloquy("render", "--size", "80x24", "--ansi")
        XCTAssertTrue(ansi.output.contains("\u{1B}[0;"), "styled output")
        XCTAssertEqual(colloquy("render", "--keys", "<Nope>").status, 2)
    }

    func testGrep() {
        let idlib = colloquy("grep", "idlib")
        XCTAssertEqual(idlib.status, 0)
        XCTAssertEqual(idlib.output.split(separator: "\n").map { $0.prefix(8) }, ["7:128: …", "7:131: …"])
        XCTAssertEqual(colloquy("grep", "-c", "Novichok").output, "6\n")
        XCTAssertEqual(colloquy("grep", "-c", "-e", "sanction(s|ed)?\\b").output, colloquy("grep", "-c", "sanction").output)
        let none = colloquy("grep", "no such words here")
        XCTAssertEqual(none.status, 1)
        XCTAssertEqual(none.output, "")
        XCTAssertEqual(colloquy("grep", "-e", "(unclosed").status, 2)
        XCTAssertEqual(Spawn.run([Spawn.colloquy, "grep"]).status, 2)
    }

    func testPrintedTextNeverCarriesTheDocumentsEscapes() {
        let hostile = Repository.root().appendingPathComponent("Tests/ReaderCoreTests/Fixtures/hostile-escapes.txt").path
        for args in [["grep", "pwned", hostile], ["outline", hostile]] {
            let r = colloquy(args[0], args[1], args.count > 2 ? args[2] : "")
            XCTAssertFalse(r.output.contains("\u{1B}"), "\(args): \(r.output)")
        }
    }

    func testCountriesAndExportFillCountries() throws {
        let r = colloquy("countries")
        XCTAssertEqual(r.status, 0)
        XCTAssertTrue(r.output.contains("LY  Libya  32  exchanges: 9\n"), r.output)
        let json = try JSONSerialization.jsonObject(with: Data(colloquy("export").output.utf8)) as? [String: Any]
        let exchanges = json?["exchanges"] as? [[String: Any]]
        XCTAssertTrue((exchanges?[8]["countries"] as? [String])?.contains("LY") == true)
    }

    /// A country named only before the first exchange is listed as in the introduction.
    func testCountriesNameTheIntroduction() throws {
        let file = NSTemporaryDirectory() + "colloquy-intro-\(getpid()).txt"
        defer { unlink(file) }
        try """
        Talks in Oslo

        Norway hosted the talks this week, a reporter writes.

        Q: What did the ministers agree on trade this week?
        A: They agreed on tariffs with Canada and on a timetable for the next round of talks, which will follow in the spring.

        Q: And what comes next for the negotiations after that?
        A: The next round will take place in Ottawa, Canada, in the spring, and the ministers expect a text by then.

        """.write(toFile: file, atomically: true, encoding: .utf8)
        let out = colloquy("countries", file).output
        XCTAssertTrue(out.contains("NO  Norway  2  exchanges: introduction\n"), out)
        XCTAssertTrue(out.contains("CA  Canada  3  exchanges: 1,2\n"), out)
    }

    func testTopicsPeopleAndOrganisations() {
        let topics = colloquy("topics").output
        XCTAssertTrue(topics.contains("sanctions  21  exchanges: 1,2,5,7,8\n"), topics)
        XCTAssertTrue(topics.contains("Key terms by exchange:\n1  "))
        XCTAssertTrue(colloquy("people").output.contains("Sergei Lavrov  "))
        XCTAssertTrue(colloquy("organisations").output.contains("NATO  NATO  "))
    }

    func testListThemes() {
        let names = colloquy("--list-themes").output.split(separator: "\n")
        XCTAssertEqual(names.first, "default")
        XCTAssertTrue(Set(names).isSuperset(of: ["light", "dark", "solarized-dark", "high-contrast", "mono"]))
    }
}
