import Foundation
import XCTest
import TestSupport
@testable import ReaderCore

final class ThemeTests: XCTestCase {
    func testEveryShippedThemeParsesAndNamesEveryElement() throws {
        let folder = Repository.root().appendingPathComponent("Themes")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".theme") }
        XCTAssertGreaterThanOrEqual(files.count, 6)
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            let theme = try ThemeFile.parse(text, file: file)
            let named = Set(text.split(separator: "\n").compactMap { $0.split(separator: "=").first.map { String($0.trimmed) } })
            for element in Element.allCases {
                XCTAssertTrue(named.contains(element.name), "\(file) does not style \(element.name)")
            }
            XCTAssertEqual(theme.name + ".theme", file)
        }
    }

    /// Shipped themes are parsed when asked for, by name; a user's theme of the same name
    /// replaces one and may inherit from another.
    func testCatalogFindsEveryThemeByName() throws {
        let catalog = ThemeCatalog()
        XCTAssertEqual(catalog.names, ["default", "dark", "high-contrast", "light", "mono", "solarized-dark"])
        for name in catalog.names { XCTAssertEqual(catalog.theme(named: name)?.name, name) }
        XCTAssertNil(catalog.theme(named: "nope"))
        let mine = ThemeCatalog(userFiles: [(path: "/x/dark.theme", text: "name = dark\ninherit = mono\nspeaker = red\n")])
        XCTAssertEqual(mine.names.last, "dark")
        XCTAssertEqual(mine.names.count, 6)
        XCTAssertEqual(mine.theme(named: "dark")?.style(.caption), catalog.theme(named: "mono")?.style(.caption))
        XCTAssertNotEqual(mine.theme(named: "dark")?.style(.speaker), catalog.theme(named: "mono")?.style(.speaker))
    }

    /// Theme files name elements in kebab case: `paneTitleFocused` is `pane-title-focused`.
    func testElementNamesFollowTheCases() {
        XCTAssertEqual(Element.names.count, Element.allCases.count)
        for element in Element.allCases {
            let kebab = String(describing: element).map { $0.isUppercase ? "-" + $0.lowercased() : String($0) }.joined()
            XCTAssertEqual(element.name, kebab)
            XCTAssertEqual(Element(name: kebab), element)
        }
    }

    func testEmbeddedThemesMatchTheThemesFolder() throws {
        let folder = Repository.root().appendingPathComponent("Themes")
        for (name, text) in EmbeddedThemes.all {
            let onDisk = try String(contentsOf: folder.appendingPathComponent(name + ".theme"), encoding: .utf8)
            XCTAssertEqual(text, onDisk, "\(name) is stale: run Scripts/embed-resources")
        }
        XCTAssertEqual(ThemeCatalog().names.first, "default")
    }

    /// The themes built in as values are what their files parse to, so the files stay the one
    /// source (the values are generated from them); the default one is never parsed at start.
    func testReadyThemesAreTheirFilesParsed() throws {
        XCTAssertNotNil(EmbeddedThemes.ready(named: "default"))
        for (name, text) in EmbeddedThemes.all {
            guard let ready = EmbeddedThemes.ready(named: name) else { continue }
            XCTAssertEqual(ready, try ThemeFile.parse(text, file: name + ".theme"), "\(name) is stale: run Scripts/embed-resources")
        }
    }

    func testBrokenThemeNamesFileAndLine() {
        XCTAssertThrowsError(try ThemeFile.parse("name = x\nspeaker = yellow bold\nbogus = red\n", file: "my.theme")) { error in
            XCTAssertEqual((error as? ThemeFile.Failure)?.description.hasPrefix("my.theme:3: unknown element 'bogus'"), true)
        }
        XCTAssertThrowsError(try ThemeFile.parse("speaker = chartreuse", file: "t")) { error in
            XCTAssertEqual((error as? ThemeFile.Failure)?.description, "t:1: unknown colour or attribute 'chartreuse'")
        }
        var catalog = ThemeCatalog(userFiles: [(path: "/home/me/broken.theme", text: "status = on\n")])
        XCTAssertEqual(catalog.problems, ["/home/me/broken.theme:1: 'on' needs a background colour"])
        XCTAssertNil(catalog.addFile(path: "x.theme", text: "oops"))
    }

    func testStylesAndInheritanceAndComments() throws {
        let theme = try ThemeFile.parse("name = mine # my theme\ninherit = base\nspeaker = #ff0000 on 17 bold italic\n",
                                        file: "mine.theme", inherit: { $0 == "base" ? .fallback : nil })
        XCTAssertEqual(theme.name, "mine")
        XCTAssertEqual(theme.style(.speaker), Style(foreground: .rgb(255, 0, 0), background: .indexed(17), bold: true, italic: true))
        XCTAssertEqual(theme.style(.caption), Theme.fallback.style(.caption))
    }

    func testColoursMapDownToWhatTheTerminalHas() {
        XCTAssertEqual(Colour.rgb(255, 0, 0).index(for: 256), 196)
        XCTAssertEqual(Colour.rgb(255, 0, 0).index(for: 16), 9)
        XCTAssertEqual(Colour.rgb(255, 0, 0).index(for: 8), 1)
        XCTAssertEqual(Colour.indexed(234).index(for: 8), 0)
        XCTAssertEqual(Colour.ansi(12).index(for: 8), 4)
        XCTAssertNil(Theme.fallback.withoutColour.styles.values.first { $0.foreground != nil || $0.background != nil })
    }
}
