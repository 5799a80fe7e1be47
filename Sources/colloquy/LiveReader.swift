import Foundation
import ReaderCore
import TerminalBackend
import TranscriptKit

/// The interactive run loop: draw, wait for a key, update, perform effects.
enum LiveReader {
    static func run(_ document: Document, _ arguments: Arguments) -> Int32 {
        DisplayWidth.prepare()
        let settings = Config.settings(arguments)
        let terminal: Terminal
        do {
            terminal = try Terminal(keysFromTTY: !StandardInput.isTerminal)
        } catch {
            Output.error("colloquy: \(error.description)")
            return 1
        }
        // Only what the first frame shows comes before it: the bookmarks (marks in the gutter)
        // and where the reader left off, with the theme chosen there (unless the environment
        // or a flag asks for another).
        let marks = BookmarkSession(document: document, path: BookmarkSession.documentPath(arguments.file))
        let resume = arguments.resume ? marks.position : nil
        let request = settings.themeIsExplicit || resume?.theme == nil ? settings.themeRequest : nil
        let themes = Themes.choose(request, remembered: resume?.theme)
        let (catalog, startTheme, _) = themes
        var state = ReaderLaunch.startState(document, width: terminal.size.width, height: terminal.size.height,
                                            themes: themes, settings)
        state.replaceBookmarks(marks.bookmarks)
        if let resume { state.resume(at: resume) }
        if let note = marks.notes.last { state.notify(note) }
        state.entityIndex.buildOnlyInBackground()
        let noColour = Themes.noColour
        func draw() {
            let theme = catalog.theme(named: state.themeName) ?? startTheme
            terminal.draw(state.render(), theme: noColour ? theme.withoutColour : theme)
        }
        draw()
        // The rest waits until the first frame is on screen: the search history, folding the
        // text for search, and the entity indexes (whose topics the sidebar shows when ready).
        // A Ctrl-Z typed meanwhile is taken once this is done.
        let searches = terminal.holdingSuspend { () -> SearchWorker in
            state.remember(SearchHistory.load())
            return SearchWorker(index: state.searchIndex, countries: state.entityIndex)
        }
        // A signal while the loop is busy: every acknowledged bookmark is on disk already; let a
        // save in progress finish, since the process ends as soon as this returns.
        terminal.whenBusyAtSignal { _ in marks.waitForSaves() }
        var status: Int32 = 0
        loop: while true {
            if let sig = terminal.pendingQuit() {
                status = 128 + sig
                _ = marks.persistAndWait(state)   // keep the reading position and any unsaved change
                break
            }
            for (result, generation) in searches.collect() { state.receive(result, generation: generation) }
            marks.collect(into: &state)
            draw()
            // Poll quickly while a search, a save being acknowledged or an index on screen is
            // under way, so that its outcome shows as soon as it exists.
            terminal.keyTimeout = state.search?.isPending == true || state.isAwaitingSave ? 15 : state.isWaitingForIndex ? 50 : 200
            guard let key = terminal.nextKey() else { continue }
            if key.label == TestHooks.busyKey { while true { sched_yield() } }
            for effect in state.handle(key) {
                switch effect {
                case .quit:
                    if let problem = marks.persistAndWait(state) {
                        terminal.stop()
                        Output.error("colloquy: \(problem)")
                        return 1
                    }
                    break loop
                case .redraw: terminal.redrawAll()
                case .suspend: terminal.suspend()
                case .search(let query, let generation): searches.start(query, generation: generation)
                case .saveHistory(let entries): SearchHistory.save(entries)
                case .persist: marks.persist(state)
                case .exportBookmarks: state.notify(marks.export(document, state: state))
                case .copy(let text): state.notify(Clipboard.copy(text, terminal: terminal, command: settings.copyCommand))
                case .play(let seconds, let time):
                    state.notify(Playback.play(seconds: seconds, time: time, settings: settings, arguments: arguments, terminal: terminal))
                }
            }
        }
        terminal.stop()
        return status
    }
}
