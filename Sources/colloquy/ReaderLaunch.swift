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

    /// `colloquy render`: the same state and render code as the live reader, printed once.
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
        let (catalog, theme, problem) = Themes.choose(settings.themeRequest)
        if let problem { Output.error("colloquy: \(problem)") }
        var state = ReaderState(document: document, width: size.width, height: size.height,
                                themeNames: catalog.names, themeIndex: catalog.names.firstIndex(of: theme.name) ?? 0)
        state.keyMap = settings.keyMap().map
        state.plain = settings.plain
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
