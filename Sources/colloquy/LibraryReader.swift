import Foundation
import ReaderCore
import TerminalBackend
import TranscriptKit

/// The library view's run loop: the list drawn at once from the file system, filled in as the
/// background parses come back; Enter reads a document (`LiveReader.session`) and `q` or
/// Ctrl-O there comes back to the list where it was.
enum LibraryReader {
    static func run(_ files: LibraryFiles, _ arguments: Arguments, flags: SpeakerOverrides) -> Int32 {
        guard let terminal = LiveReader.openTerminal() else { return 1 }
        let settings = Config.settings(arguments)
        var library = LibraryState(entries: files.paths.map(LibraryEntry.init(path:)),
                                   width: terminal.size.width, height: terminal.size.height)
        library.keyMap = settings.keyMap().map
        library.plain = settings.plain
        var skipped = files.skipped
        library.message = LibraryFiles.summary(skipped)
        let (_, theme, _) = Themes.choose(settings.themeRequest)
        let noColour = Themes.noColour
        func draw() {
            terminal.draw(library.render(), theme: noColour ? theme.withoutColour : theme)
        }
        draw()
        let indexer = LibraryIndexer(paths: files.paths, flags: flags,
                                     cache: cacheVersion.map { LibraryCache(folder: LibraryCache.standardFolder(environment: Environment.folders), version: $0) })
        indexer.start()
        let searcher = LibrarySearcher(paths: files.paths, flags: flags)
        let passageFinder = LibrarySearcher(paths: files.paths, flags: flags)
        /// People, organisations, topics: indexed when their picker is first opened.
        var entityPasses: [LibraryIndexer] = []
        var watch = LibraryWatch(paths: files.paths, walking: files.given)
        /// Every document's path, files added while open at the end.
        var paths = files.paths
        /// Summaries of documents read again because their files changed.
        var rereads: [LibraryIndexer] = []
        var unsaved: String?
        var status: Int32 = 0
        loop: while true {
            if let sig = terminal.pendingQuit() {
                status = 128 + sig
                break
            }
            for outcome in indexer.take() {
                if let entry = outcome.entry { library.receive(entry, at: outcome.index, countries: outcome.entities) }
                if let why = outcome.skipped {
                    // Found binary by its parse: counted with the rest, not announced one by one.
                    skipped.append((library.entries[outcome.index].path, why))
                    library.drop(outcome.index, because: nil)
                    library.message = LibraryFiles.summary(skipped)
                }
            }
            for pass in rereads {
                for outcome in pass.take() {
                    let isNew = !library.indexed[outcome.index]
                    if let entry = outcome.entry {
                        if isNew { library.receive(entry, at: outcome.index, countries: outcome.entities) }
                        else { library.changed(entry, at: outcome.index, countries: outcome.entities) }
                    } else if isNew, let why = outcome.skipped {
                        skipped.append((library.entries[outcome.index].path, why))
                        library.drop(outcome.index, because: nil)
                        library.message = LibraryFiles.summary(skipped)
                    } else {
                        library.drop(outcome.index, because: "no longer a readable transcript")
                    }
                }
            }
            // Files that changed or vanished since the last look: read again, or dropped.
            let (changed, vanished, added) = watch.look()
            for index in vanished { library.drop(index, because: "no longer there") }
            if !added.isEmpty {
                library.add(added)
                paths += added
                searcher.add(added)
                passageFinder.add(added)
            }
            // New files are read as changed ones are: summarised, and indexed for each kind asked for.
            let reread = changed + (paths.count - added.count..<paths.count)
            if !reread.isEmpty {
                let pass = LibraryIndexer(paths: paths, only: reread, flags: flags, cache: indexer.cache)
                rereads.append(pass)
                pass.start()
                for kind in library.requestedKinds {
                    let again = LibraryIndexer(paths: paths, only: reread, flags: flags, kind: kind, cache: indexer.cache)
                    entityPasses.append(again)
                    again.start()
                }
            }
            for pass in entityPasses {
                for outcome in pass.take() { library.receiveEntities(pass.kind ?? .countries, at: outcome.index, outcome.entities) }
            }
            for found in searcher.take() { library.receiveHits(found.hits, at: found.index, generation: found.generation, passages: found.passages) }
            for found in passageFinder.take() { library.receivePassages(found.passages, at: found.index, generation: found.generation) }
            draw()
            let searching = library.textSearch.map { $0.searched < $0.documents } ?? false
                || library.entityPassages.map { $0.searched < $0.documents } ?? false
            let indexing = library.isIndexing || entityPasses.contains { library.indexedCount($0.kind ?? .countries) < library.entries.count }
            terminal.keyTimeout = searching ? 30 : indexing ? 100 : 200
            guard let key = terminal.nextKey() else { continue }
            for effect in library.handle(key) {
                switch effect {
                case .quit: break loop
                case .redraw: terminal.redrawAll()
                case .suspend: terminal.suspend()
                case .search(let query, let generation): searcher.start(query, generation: generation)
                case .findPassages(let chosen, let documents, let generation): passageFinder.start(passagesOf: chosen, in: documents, generation: generation)
                case .indexEntities(let kind):
                    let pass = LibraryIndexer(paths: paths, flags: flags, kind: kind, cache: indexer.cache)
                    entityPasses.append(pass)
                    pass.start()
                case .loadBookmarks:
                    // Read here and now: the bookmark files are small, and the list shows them next.
                    let byPath = Dictionary(library.entries.indices.compactMap { i in
                        BookmarkSession.documentPath(library.entries[i].path).map { ($0, i) } }, uniquingKeysWith: { a, _ in a })
                    let found = BookmarkStore(folder: BookmarkStore.standardFolder(environment: Environment.folders)).bookmarks(forPaths: Set(byPath.keys))
                    library.showBookmarks(found.flatMap { path, marks in marks.map { LibraryState.Mark(document: byPath[path]!, bookmark: $0) } })
                case .open(let index), .openAt(let index, _), .openAtPassage(let index, _):
                    // With a search or an entity chosen, `n` past its last hit or mention goes on into
                    // the next document of the list; from the bookmarks, the document opens at one.
                    var bookmark: String?
                    if case .openAt(_, let id) = effect { bookmark = id }
                    var atBlock: Int?
                    if case .openAtPassage(_, let block) = effect { atBlock = block }
                    var next: (index: Int, fromLast: Bool)? = (index, false)
                    while let (index, fromLast) = next {
                        next = nil
                        // Parsed now, whether or not its turn in the background has come.
                        let path = library.entries[index].path
                        guard case .parsed(let document, let entry) = Library.read(path, flags: flags) else {
                            library.drop(index, because: "no longer a readable transcript")
                            break
                        }
                        library.receive(entry, at: index)
                        let following = bookmark == nil && library.textSearch == nil ? library.chosen.map { ($0, fromLast) } : nil
                        let ending = LiveReader.session(document, arguments, path: BookmarkSession.documentPath(path), on: terminal, inLibrary: true,
                                                        searching: bookmark == nil ? library.textSearch.map { ($0.query, fromLast) } : nil,
                                                        following: following, atBookmark: bookmark, atBlock: atBlock)
                        bookmark = nil
                        atBlock = nil
                        if let signal = ending.signal {
                            status = 128 + signal
                            break loop
                        }
                        if let problem = ending.problem {
                            unsaved = problem
                            library.message = problem
                        }
                        _ = library.handle(.resize(width: terminal.size.width, height: terminal.size.height))
                        if let forward = ending.leaving {
                            if let neighbour = library.neighbour(of: index, forward: forward) {
                                library.select(neighbour)
                                next = (neighbour, !forward)
                            } else {
                                let what = library.textSearch.map { "“\($0.query.text)”" }
                                    ?? library.chosen.map { library.mentions($0.kind).entity($0.code)?.name ?? $0.code } ?? ""
                                library.message = "\(what): no \(forward ? "later" : "earlier") document in the list"
                            }
                        }
                    }
                }
            }
        }
        terminal.stop()
        if let unsaved, status == 0 {
            Output.error("colloquy: \(unsaved)")
            return 1
        }
        return status
    }

    /// The cache's version: this build of the program, by its executable's size and time, so
    /// that a rebuilt parser never reads summaries an older one wrote. Nil (no cache) when the
    /// executable cannot be found.
    static var cacheVersion: String? {
        var info = stat()
        guard stat("/proc/self/exe", &info) == 0 else { return nil }
        return "\(info.st_size)-\(info.st_mtim.tv_sec)-\(info.st_mtim.tv_nsec)"
    }
}
