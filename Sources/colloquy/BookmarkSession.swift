import Foundation
import ReaderCore
import TranscriptKit

/// The live reader's bookmarks file. Saves run on their own queue so that typing never waits
/// for a disk (an fsync can take tens of milliseconds); what they merged in from other readers
/// comes back through `collect`.
final class BookmarkSession: @unchecked Sendable {
    let store: BookmarkStore
    let notes: [String]
    private let queue = DispatchQueue(label: "colloquy.bookmarks")
    private let lock = NSLock()
    private var file: BookmarkFile
    private var stamp: BookmarkStore.Stamp?
    /// Outcomes of finished saves, each with the save request it carried.
    private var finished: [(Result<[Bookmark], BookmarkStore.Failure>, Int)] = []

    init(document: Document, path: String?) {
        var store = BookmarkStore(folder: BookmarkStore.standardFolder(environment: Environment.folders))
        store.delayBeforeRename = TestHooks.saveDelay
        self.store = store
        (file, notes) = store.open(document, path: path)
    }

    var bookmarks: [Bookmark] { lock.withLock { file.bookmarks } }
    var position: ReadingPosition? { lock.withLock { file.position } }

    /// Queues a save of what the reader holds now.
    func persist(_ state: ReaderState) {
        let bookmarks = state.allBookmarks, position = state.readingPosition, request = state.saveRequests
        queue.async { [self] in
            let outcome = save(bookmarks, position)
            lock.withLock { finished.append((outcome, request)) }
        }
    }

    /// Saves now and waits: on the way out.
    func persistAndWait(_ state: ReaderState) -> String? {
        waitForSaves()
        if case .failure(let failure) = save(state.allBookmarks, state.readingPosition) {
            return "bookmarks could not be saved: \(failure.description)"
        }
        return nil
    }

    /// Returns once the saves already queued are done.
    func waitForSaves() { queue.sync {} }

    /// Results of finished saves: merged bookmarks to fold into the state (which then
    /// acknowledges what was waiting for them), or a problem to show.
    func collect(into state: inout ReaderState) {
        let done = lock.withLock { () -> [(Result<[Bookmark], BookmarkStore.Failure>, Int)] in
            defer { finished.removeAll() }
            return finished
        }
        for (outcome, request) in done {
            switch outcome {
            case .success(let merged): state.bookmarksSaved(merged, request: request)
            case .failure(let failure): state.bookmarksNotSaved(failure.description)
            }
        }
    }

    private func save(_ bookmarks: [Bookmark], _ position: ReadingPosition) -> Result<[Bookmark], BookmarkStore.Failure> {
        var current = lock.withLock { file }
        current.bookmarks = Bookmark.merge(bookmarks, current.bookmarks)
        current.position = position
        do {
            let (saved, newStamp) = try store.save(current, unchangedSince: lock.withLock { stamp })
            lock.withLock {
                file = saved
                stamp = newStamp
            }
            return .success(saved.bookmarks)
        } catch {
            lock.withLock { file = current }
            return .failure(error)
        }
    }

    /// Writes the Markdown export next to where the reader was started (or in the data folder).
    func export(_ document: Document, state: ReaderState) -> String {
        var current = lock.withLock { file }
        current.bookmarks = state.allBookmarks
        let base = (current.document.path.map { URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent }
                    ?? URL(fileURLWithPath: document.source.name).deletingPathExtension().lastPathComponent)
        let name = base + "-bookmarks.md"
        let text = Data(current.markdown(document: document).utf8)
        for folder in [FileManager.default.currentDirectoryPath, store.folder.path] {
            let path = URL(fileURLWithPath: folder).appendingPathComponent(name).path
            if FileManager.default.createFile(atPath: path, contents: text) { return "bookmarks written to \(path)" }
        }
        return "cannot write \(name) here or in \(store.folder.path)"
    }

    /// The absolute path of a document read from a file; nil for standard input and the embedded interview.
    static func documentPath(_ file: String?) -> String? {
        guard let file, file != "-" else { return nil }
        return URL(fileURLWithPath: file).standardizedFileURL.path
    }
}
