import TranscriptKit

/// Saving bookmarks: what the reader says about a change is said once the change is on disk.
extension ReaderState {
    struct Acknowledgement: Equatable, Sendable {
        var text: String
        /// The save request that must be on disk first.
        var request: Int
        /// The bookmark the change was made to, when another reader's deletion can undo it.
        var bookmark: String?
    }

    static let savingMessage = "saving…"

    /// The status bar says `saving…` for a change not yet on disk.
    public var isAwaitingSave: Bool { pendingAcknowledgement != nil }

    /// A change to save: the run loop saves the state as it then stands, tagged with this request.
    mutating func requestSave() -> [Effect] {
        saveRequests += 1
        return [.persist]
    }

    /// Says `text` once every change made so far is on disk, and `saving…` until then: an
    /// acknowledgement on screen means that killing the reader now loses nothing.
    mutating func acknowledge(_ text: String, bookmark: String? = nil) {
        pendingAcknowledgement = nil
        guard savedRequest < saveRequests else { message = text; return }
        message = Self.savingMessage
        pendingAcknowledgement = Acknowledgement(text: text, request: saveRequests, bookmark: bookmark)
    }

    /// A save finished: `merged` is what the file now holds (other readers' changes included),
    /// as of save request `request`.
    public mutating func bookmarksSaved(_ merged: [Bookmark], request: Int) {
        savedRequest = max(savedRequest, request)
        // Nothing changed here since that save started: what it wrote is what the state holds.
        // Otherwise a save of the newer changes is queued, and its result will bring what other
        // readers wrote; merging this one meanwhile took seconds with 100,000 bookmarks.
        if request == saveRequests { replaceBookmarks(merged) }
        guard let waiting = pendingAcknowledgement, savedRequest >= waiting.request else { return }
        pendingAcknowledgement = nil
        guard message == Self.savingMessage || message == nil else { return }   // the reader has moved on
        if let id = waiting.bookmark, merged.first(where: { $0.id == id })?.deleted == true {
            message = "that bookmark was deleted in another window: the change was not kept"
        } else {
            message = waiting.text
        }
    }

    /// A save failed: nothing waiting for it will be acknowledged.
    public mutating func bookmarksNotSaved(_ problem: String) {
        pendingAcknowledgement = nil
        message = "bookmarks kept in memory only: \(problem)"
    }

    /// Bookmarks as saved (merged with other readers'): replaces what the state holds.
    public mutating func replaceBookmarks(_ merged: [Bookmark]) {
        allBookmarks = merged
        sidebarSelection = min(sidebarSelection, max(0, sidebarCount - 1))
    }

    /// Bookmarks that came back from a save in the background: changes made since then win.
    public mutating func mergeSaved(_ saved: [Bookmark]) {
        replaceBookmarks(Bookmark.merge(allBookmarks, saved))
    }
}
