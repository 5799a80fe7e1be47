import Foundation
import XCTest
import TestSupport

/// The config file as a user writes it, read by the built binary.
final class ConfigEndToEndTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("colloquy-config-\(getpid())-\(name.hashValue)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("colloquy"), withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: folder) }

    private var configPath: String { folder.appendingPathComponent("colloquy/config").path }

    private func colloquy(_ arguments: [String], config: String?, environment extra: [String: String] = [:]) throws -> Spawn.Result {
        if let config { try config.write(toFile: configPath, atomically: true, encoding: .utf8) }
        var env = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("COLLOQUY_") }
        env["XDG_CONFIG_HOME"] = folder.path
        env["SWIFT_BACKTRACE"] = "enable=no"
        env.merge(extra) { $1 }
        return Spawn.run([Spawn.colloquy] + arguments, environment: env, timeout: 60)
    }

    func testConfigShowsEachSettingAndWhereItCameFrom() throws {
        let r = try colloquy(["config", "--theme", "mono"], config: "theme = dark\nkeys = less\nmeasure = 72\n",
                             environment: ["COLLOQUY_MEASURE": "90", "COLLOQUY_SIDEBAR_WIDTH": "28"])
        XCTAssertEqual(r.status, 0, r.error)
        let lines = r.output.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ") }
        XCTAssertTrue(lines.contains("theme mono flag --theme"), r.output)
        XCTAssertTrue(lines.contains("keys less file \(configPath):2"), r.output)
        XCTAssertTrue(lines.contains("measure 90 environment COLLOQUY_MEASURE"), r.output)
        XCTAssertTrue(lines.contains("sidebar-width 28 environment COLLOQUY_SIDEBAR_WIDTH"), r.output)
        XCTAssertTrue(lines.contains("copy-command none default"), r.output)
        XCTAssertEqual(r.error, "")
    }

    func testABadLineIsOneMessageAndTheRestOfTheFileApplies() throws {
        let r = try colloquy(["config"], config: "theme = dark\nbind = j\nkeys = emacs\n")
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(r.error.split(separator: "\n").count, 1, r.error)
        XCTAssertTrue(r.error.hasPrefix("colloquy: \(configPath):2: bind takes a key and an action"), r.error)
        XCTAssertTrue(r.output.contains("keys           emacs"), r.output)
        // The reader's own commands go on with the rest of the file.
        let frame = try colloquy(["render", "--size", "80x24", "--keys", "?"], config: nil)
        XCTAssertEqual(frame.status, 0)
        XCTAssertTrue(frame.error.contains("config:2"), frame.error)
        XCTAssertTrue(frame.output.contains("Ctrl-N ↓"), "the emacs preset is in force:\n\(frame.output)")
    }

    func testARebindingShowsInTheHelpOverlayAndActs() throws {
        let config = "bind = x next-exchange\n"
        let help = try colloquy(["render", "--size", "80x24", "--keys", "?"], config: config)
        XCTAssertTrue(help.output.contains("] x "), help.output)
        let moved = try colloquy(["render", "--size", "80x24", "--keys", "xx"], config: config).output
        let plain = try colloquy(["render", "--size", "80x24", "--keys", "]]"], config: "").output
        XCTAssertEqual(moved, plain)
        XCTAssertTrue(try colloquy(["keys"], config: config).output.contains("] x"))
    }

    /// docs/colloquy.1's key table is what `colloquy keys --man` prints for the default bindings.
    func testTheManPageKeyTableIsCurrent() throws {
        let generated = try colloquy(["keys", "--man"], config: nil).output
        let page = try String(contentsOf: Repository.root().appendingPathComponent("docs/colloquy.1"), encoding: .utf8)
        XCTAssertTrue(generated.hasPrefix(".\\\" keys: generated"), generated)
        XCTAssertTrue(page.contains(generated), "docs/colloquy.1's KEYS section is stale: paste in 'colloquy keys --man'")
    }
}
