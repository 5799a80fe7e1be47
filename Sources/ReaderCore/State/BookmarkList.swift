import TranscriptKit

/// What drawing needs of the bookmarks, derived once each time they change: with 100,000 of
/// them, filtering and sorting for every entry drawn made each key take seconds.
struct BookmarkList: Sendable {
    /// Live bookmarks in reading order (orphans last).
    let live: [Bookmark]
    /// Blocks carrying a live bookmark: the gutter marks.
    let markedBlocks: Set<Int>

    init(_ all: [Bookmark]) {
        live = Bookmark.live(all)
        markedBlocks = Set(live.lazy.filter { !$0.orphaned }.map(\.block))
    }
}
