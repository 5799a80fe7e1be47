import Foundation
import ReaderCore
import TerminalBackend
import TranscriptKit

/// The interactive run loop: draw, wait for a key, update, perform effects.
enum LiveReader {
    static func run(_ document: Document, _ arguments: Arguments) -> Int32 {
        guard let terminal = openTerminal() else { return 1 }
        let ending = session(document, arguments, path: BookmarkSession.documentPath(arguments.file), on: terminal)
        return finish(ending, terminal)
    }

    /// Gives the terminal back and says how reading ended: the exit status.
    static func finish(_ ending: Ending, _ terminal: Terminal) -> Int32 {
        terminal.stop()
        if let problem = ending.problem {
            Output.error("colloquy: \(problem)")
            return 1
        }
        return ending.signal.map { 128 + $0 } ?? 0
    }

    /// The terminal set up for the reader (or the library), or nil after saying why it could not be.
    static func openTerminal() -> Terminal? {
        DisplayWidth.prepare()
        do {
            let terminal = try Terminal(keysFromTTY: !StandardInput.isTerminal)
            if TestHooks.suspendsAtFirstFrame { terminal.afterFirstFrameWrite = TestHooks.suspendAtFirstFrame }
            return terminal
        } catch {
            Output.error("colloquy: \(error.description)")
            return nil
        }
    }

    /// How reading a document ended: by a signal, or with its bookmarks unsaved (and why).
    /// From a library: `leaving` is true when `n` left for the next document, false for `N`.
    struct Ending { var signal: Int32?; var problem: String?; var leaving: Bool? }

    /// Reads one document on a terminal already set up, until `q` (or, from a library, Ctrl-O
    /// with no earlier position) or a signal; the terminal is left running for the caller.
    static func session(_ document: Document, _ arguments: Arguments, path: String?, on terminal: Terminal,
                        inLibrary: Bool = false, searching: (query: SearchQuery, fromLast: Bool)? = nil,
                        following entity: (chosen: LibraryState.Chosen, fromLast: Bool)? = nil, atBookmark: String? = nil, atBlock: Int? = nil,
                        prepared: FirstScreen.Prepared? = nil) -> Ending {
        let settings = prepared?.settings ?? Config.settings(arguments)
        // Only what the first frame shows comes before it: the bookmarks (marks in the gutter)
        // and where the reader left off, with the theme chosen there (unless the environment
        // or a flag asks for another).
        let marks = BookmarkSession(document: document, path: path)
        let resume = arguments.resume ? marks.position : nil
        let request = settings.themeIsExplicit || resume?.theme == nil ? settings.themeRequest : nil
        let themes = Themes.choose(request, remembered: resume?.theme, from: prepared?.catalog)
        let (catalog, startTheme, _) = themes
        var state = ReaderLaunch.startState(document, width: terminal.size.width, height: terminal.size.height,
                                            themes: themes, settings)
        state.replaceBookmarks(marks.bookmarks)
        if let resume { state.resume(at: resume) }
        if let note = marks.notes.last { state.notify(note) }
        if inLibrary {
            state.inLibrary = true
            if marks.notes.isEmpty && document.warnings.isEmpty { state.notify("q or Ctrl-O returns to the library") }
            if let entity { state.followFromLibrary(entity.chosen.code, kind: entity.chosen.kind, fromLast: entity.fromLast, atBlock: atBlock) }
            if let searching { state.searchFromLibrary(searching.query, fromLast: searching.fromLast, atBlock: atBlock) }
            if let atBookmark { state.openBookmarkFromLibrary(atBookmark) }
        }
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
        let searches = Terminal.holdingSuspend { () -> SearchWorker in
            state.remember(SearchHistory.load())
            return SearchWorker(index: state.searchIndex, countries: state.entityIndex)
        }
        // A signal while the loop is busy: every acknowledged bookmark is on disk already; let a
        // save in progress finish, since the process ends as soon as this returns.
        terminal.whenBusyAtSignal { _ in marks.waitForSaves() }
        while true {
            if let sig = terminal.pendingQuit() {
                _ = marks.persistAndWait(state)   // keep the reading position and any unsaved change
                return Ending(signal: sig)
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
                case .quit: return Ending(problem: marks.persistAndWait(state), leaving: state.leaving)
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
    }
}
