import Foundation
import ReaderCore
import TranscriptKit

/// The live reader's bookmarks file: opened once, saved on every change and on the way out.
final class BookmarkSession {
    let store: BookmarkStore
    private(set) var file: BookmarkFile
    let notes: [String]

    init(document: Document, path: String?) {
        store = BookmarkStore(folder: BookmarkStore.standardFolder())
        (file, notes) = store.open(document, path: path)
    }

    /// Saves what the reader holds, merged with the disk; returns a message when saving failed
    /// (the bookmarks then stay in memory and the next change tries again).
    func persist(_ state: inout ReaderState) -> String? {
        var current = file
        current.bookmarks = state.allBookmarks
        current.position = state.readingPosition
        do {
            file = try store.save(current)
            state.replaceBookmarks(file.bookmarks)
            return nil
        } catch {
            file = current
            return "bookmarks kept in memory only: \(error.description)"
        }
    }

    /// Writes the Markdown export next to the document (or in the data folder) and says where.
    func export(_ document: Document, state: ReaderState) -> String {
        var current = file
        current.bookmarks = state.allBookmarks
        let base = (file.document.path.map { URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent }
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
