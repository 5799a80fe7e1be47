import XCTest
import TranscriptKit
@testable import ReaderCore

/// The config file, the environment and flags; key presets and rebinding.
final class SettingsTests: XCTestCase {
    private let path = "/home/ana/.config/colloquy/config"

    func testLaterSourcesWinAndEachSettingRemembersWhereItCameFrom() {
        var settings = Settings()
        settings.read(file: "# mine\ntheme = dark\nmeasure = 72\nkeys = less\n", path: path)
        settings.read(environment: ["COLLOQUY_THEME": "light", "COLLOQUY_KEYS": "", "HOME": "/home/ana"])
        XCTAssertNil(settings.set("theme", "mono", from: .flag("--theme")))
        XCTAssertEqual(settings.values["theme"], .init(text: "mono", origin: .flag("--theme")))
        XCTAssertEqual(settings.values["measure"], .init(text: "72", origin: .file(path: path, line: 3)))
        XCTAssertEqual(settings.values["keys"], .init(text: "less", origin: .file(path: path, line: 4)), "an empty variable is unset")
        XCTAssertEqual(settings.values["sidebar-width"], .init(text: "auto", origin: .standard))
        XCTAssertEqual(settings.measure, 72)
        XCTAssertNil(settings.sidebarWidth)
        XCTAssertNil(settings.copyCommand)
        XCTAssertEqual(settings.theme, "mono")
        XCTAssertEqual(settings.values["theme"]?.origin.description, "flag --theme")
        XCTAssertEqual(settings.values["measure"]?.origin.description, "file \(path):3")
        XCTAssertTrue(settings.problems.isEmpty, "\(settings.problems)")

        var fromEnvironment = Settings()
        fromEnvironment.read(file: "theme = dark\n", path: path)
        fromEnvironment.read(environment: ["COLLOQUY_THEME": "light", "COLLOQUY_PLAIN": "1"])
        XCTAssertEqual(fromEnvironment.values["theme"], .init(text: "light", origin: .environment("COLLOQUY_THEME")))
        XCTAssertTrue(fromEnvironment.plain)
    }

    func testEachBadLineIsOneProblemNamingFileAndLineAndTheRestApplies() {
        var settings = Settings()
        settings.read(file: """
            colour = red
            theme = dark
            measure = wide
            just words
            keys = less
            bind = j
            bind = j fly
            sidebar-width = 30
            """, path: path)
        XCTAssertEqual(settings.problems.count, 5, settings.problems.joined(separator: "\n"))
        for (problem, line) in zip(settings.problems, [1, 3, 4, 6, 7]) {
            XCTAssertTrue(problem.hasPrefix("\(path):\(line): "), problem)
        }
        XCTAssertTrue(settings.problems[0].contains("unknown setting 'colour'"), settings.problems[0])
        XCTAssertTrue(settings.problems[1].contains("from 20 to 1000"), settings.problems[1])
        XCTAssertTrue(settings.problems[4].contains("no action named 'fly'"), settings.problems[4])
        XCTAssertEqual(settings.theme, "dark")
        XCTAssertEqual(settings.preset, "less")
        XCTAssertEqual(settings.sidebarWidth, 30)
        XCTAssertNil(settings.measure)
    }

    func testAKeyBoundTwiceIsAConflictReportedWithBothPlaces() {
        var settings = Settings()
        settings.read(file: "bind = x half-page-down\nbind = x quit\nbind = x half-page-down\n", path: path)
        XCTAssertEqual(settings.problems, [
            "\(path):2: conflict: x is already bound to half-page-down by file \(path):1; this line is ignored",
        ])
        XCTAssertEqual(settings.keyMap().map.action(for: .char("x")), .halfPageDown)
    }

    func testRebindingMovesTheKeyAndSaysSo() {
        var settings = Settings()
        settings.read(file: "bind = C-d next-exchange\nbind = J down\nunbind = q\n", path: path)
        let (map, notes) = settings.keyMap()
        XCTAssertEqual(map.action(for: .ctrl("d")), .nextSection)
        XCTAssertEqual(map.action(for: .char("J")), .lineDown)
        XCTAssertEqual(map.action(for: .char("j")), .lineDown, "the preset's key stays")
        XCTAssertNil(map.action(for: .char("q")))
        XCTAssertEqual(notes, [
            "C-d now does next-exchange, no longer half-page-down (file \(path):1)",
            "q no longer does quit (file \(path):3)",
            "quit has no key",
        ])
        XCTAssertTrue(map.conflicts.isEmpty)
    }

    func testThePresetsAreWholeAndDiffer() throws {
        for name in KeyMap.presetNames {
            let map = try XCTUnwrap(KeyMap.preset(name))
            XCTAssertTrue(map.conflicts.isEmpty, "\(name): \(map.conflicts)")
            for action in Action.allCases {
                XCTAssertFalse(map.keys(for: action).isEmpty, "\(name): \(action.name) has no key")
                XCTAssertEqual(map.bindings.filter { $0.action == action }.count, 1, "\(name): \(action.name)")
            }
        }
        let vim = try XCTUnwrap(KeyMap.preset("vim")), less = try XCTUnwrap(KeyMap.preset("less"))
        let emacs = try XCTUnwrap(KeyMap.preset("emacs"))
        XCTAssertEqual(vim.action(for: .char("j")), .lineDown)
        XCTAssertEqual(vim.action(for: .char("h")), .previousTab)
        XCTAssertEqual(less.action(for: .char("e")), .lineDown)
        XCTAssertEqual(less.action(for: .char("h")), .help)
        XCTAssertEqual(less.action(for: .char(">")), .bottom)
        XCTAssertEqual(emacs.action(for: .ctrl("n")), .lineDown)
        XCTAssertEqual(emacs.action(for: .ctrl("t")), .jumpForward)
        XCTAssertEqual(emacs.action(for: .ctrl("g")), .cancel)
        XCTAssertNil(emacs.action(for: .char("j")))
        XCTAssertEqual(emacs.action(for: .char("]")), .nextSection, "the reader's own keys are the same in every preset")
    }

    func testEveryActionNameAndKeyNameReadsBack() {
        XCTAssertEqual(Set(Action.allCases.map(\.name)).count, Action.allCases.count)
        for action in Action.allCases { XCTAssertEqual(Action(name: action.name), action) }
        for binding in KeyMap.standard.bindings {
            for key in binding.keys { XCTAssertEqual(KeyNotation.key(named: KeyNotation.name(of: key)), key) }
        }
        XCTAssertEqual(KeyNotation.key(named: "Ctrl-D"), .ctrl("d"))
        XCTAssertEqual(KeyNotation.key(named: "<PgDn>"), .pageDown)
        XCTAssertNil(KeyNotation.key(named: "Hyper-x"))
    }

    func testTheHelpOverlayShowsTheBindingsInForce() throws {
        var settings = Settings()
        settings.read(file: "bind = J down\nbind = C-d next-exchange\n", path: path)
        var state = try ReaderFixture.state(80, 24)
        state.keyMap = settings.keyMap().map
        _ = state.handle(.char("?"))
        let help = state.render().text
        XCTAssertTrue(help.contains("j ↓ J "), help)
        XCTAssertTrue(help.contains("] Ctrl-D "), help)
        XCTAssertFalse(help.contains("d Ctrl-D"), "Ctrl-D left half-page-down:\n\(help)")
        _ = state.handle(.escape)
        let before = state.section
        _ = state.handle(.ctrl("d"))
        XCTAssertEqual(state.section, before + 1, "the rebound key acts")

        var emacs = try ReaderFixture.state(80, 24)
        emacs.keyMap = try XCTUnwrap(KeyMap.preset("emacs"))
        _ = emacs.handle(.char("?"))
        XCTAssertTrue(emacs.render().text.contains("Ctrl-N ↓ "), emacs.render().text)
        XCTAssertTrue(emacs.render().text.contains(" Ctrl-N/Ctrl-P scroll "), "the hint names the keys in force")
        XCTAssertTrue(emacs.render().text.contains(" Keys — Ctrl-G closes "), emacs.render().text)
        var less = try ReaderFixture.state(80, 24)
        less.keyMap = try XCTUnwrap(KeyMap.preset("less"))
        XCTAssertTrue(less.render().text.contains("│ h help"), less.render().text)
    }
}
