import Foundation
import ReaderCore
import TranscriptKit

/// Starting the reader, headless or live, with its themes.
enum ReaderLaunch {
    static func listThemes() -> Int32 {
        let catalog = Themes.catalog()
        for problem in catalog.problems { Output.error("colloquy: theme \(problem)") }
        Output.write(catalog.names.joined(separator: "\n") + "\n")
        return 0
    }

    /// The state the live reader and `colloquy render` both start from, so that the same keys
    /// give both the same frames: the keys, plain mode and layout the settings ask for, and a
    /// config or theme problem, or else the document's first warning, in the status bar.
    static func startState(_ document: Document, width: Int, height: Int, themes: (ThemeCatalog, Theme, String?),
                           _ settings: Settings) -> ReaderState {
        let (catalog, theme, problem) = themes
        var state = ReaderState(document: document, width: width, height: height, themeNames: catalog.names,
                                themeIndex: catalog.names.firstIndex(of: theme.name) ?? 0, settings: settings.layout)
        state.keyMap = settings.keyMap().map
        state.plain = settings.plain
        state.citationTemplate = settings.citation
        if let problem = settings.problems.first.map({ "config " + $0 }) ?? problem {
            state.notify(problem)
        } else if let warning = document.warnings.first {
            state.notify(warning)
        }
        return state
    }

    /// `colloquy render`: the same state and render code as the live reader, printed once.
    /// It starts as a first run does: no bookmarks, no remembered position or theme.
    static func render(_ document: Document, _ arguments: Arguments) -> Int32 {
        DisplayWidth.prepare()
        let size = arguments.size ?? (80, 24)
        let keys: [Key]
        do {
            keys = try KeyNotation.parse(arguments.keys)
        } catch {
            Output.error("colloquy: --keys: \(error.message)")
            return 2
        }
        let settings = Config.settings(arguments)
        for problem in settings.problems { Output.error("colloquy: \(problem)") }
        let themes = Themes.choose(settings.themeRequest)
        let (catalog, theme, problem) = themes
        if let problem { Output.error("colloquy: \(problem)") }
        var state = startState(document, width: size.width, height: size.height, themes: themes, settings)
        for key in keys {
            if state.handleSynchronously(key).contains(.quit) { break }
        }
        let frame = state.render()
        if arguments.ansi {
            let active = catalog.theme(named: state.themeName) ?? theme
            Output.write(frame.ansi(theme: Themes.noColour ? active.withoutColour : active, colours: Themes.noColour ? 0 : 256))
        } else {
            Output.write(frame.text)
        }
        return 0
    }

    static func read(_ document: Document, _ arguments: Arguments) -> Int32 {
        guard Output.isTerminal else {
            Output.write(Printable.sanitized(document.outline()))
            return 0
        }
        return LiveReader.run(document, arguments)
    }
}
