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
    /// give both the same frames: the theme problem or the document's first warning in the
    /// status bar, the layout the flags ask for.
    static func startState(_ document: Document, width: Int, height: Int, themes: (ThemeCatalog, Theme, String?),
                           _ arguments: Arguments) -> ReaderState {
        let (catalog, theme, problem) = themes
        var state = ReaderState(document: document, width: width, height: height, themeNames: catalog.names,
                                themeIndex: catalog.names.firstIndex(of: theme.name) ?? 0, settings: arguments.layout)
        if let problem { state.notify(problem) } else if let warning = document.warnings.first { state.notify(warning) }
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
        let themes = Themes.choose(Themes.requested(arguments.theme))
        let (catalog, theme, problem) = themes
        if let problem { Output.error("colloquy: \(problem)") }
        var state = startState(document, width: size.width, height: size.height, themes: themes, arguments)
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
