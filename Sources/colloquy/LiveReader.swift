import ReaderCore
import TerminalBackend
import TranscriptKit

/// The interactive run loop: draw, wait for a key, update, perform effects.
enum LiveReader {
    static func run(_ document: Document, _ arguments: Arguments) -> Int32 {
        DisplayWidth.prepare()
        let (catalog, startTheme, problem) = Themes.choose(arguments.theme)
        let terminal: Terminal
        do {
            terminal = try Terminal(keysFromTTY: !StandardInput.isTerminal)
        } catch {
            Output.error("colloquy: \(error.description)")
            return 1
        }
        var state = ReaderState(document: document, width: terminal.size.width, height: terminal.size.height,
                                themeNames: catalog.names,
                                themeIndex: catalog.names.firstIndex(of: startTheme.name) ?? 0)
        if let problem { state.notify(problem) } else if let warning = document.warnings.first { state.notify(warning) }
        let noColour = Themes.noColour
        var status: Int32 = 0
        loop: while true {
            let theme = catalog.theme(named: state.themeName) ?? startTheme
            terminal.draw(state.render(), theme: noColour ? theme.withoutColour : theme)
            if let sig = terminal.quitSignal {
                status = 128 + sig
                break
            }
            guard let key = terminal.nextKey() else { continue }
            for effect in state.handle(key) {
                switch effect {
                case .quit: break loop
                case .redraw: terminal.redrawAll()
                case .suspend: terminal.suspend()
                }
            }
        }
        terminal.stop()
        return status
    }
}
