import Foundation

/// A passage a reader marked, with an optional note. Anchored by its quote, so it can be
/// found again when the document changes; never silently dropped.
public struct Bookmark: Codable, Equatable, Sendable, Identifiable {
    public var id: String
    /// The marked text, as it stood when marked.
    public var quote: String
    public var exchange: Int?
    /// Index of the block (paragraph) in the document.
    public var block: Int
    /// Character offsets of the quote inside the block's text.
    public var start: Int
    public var end: Int
    /// 1-based source line the block starts on.
    public var line: Int
    public var speaker: String?
    public var note: String
    public var created: Date
    public var updated: Date
    /// Bumped by every change: two copies of one bookmark are told apart by it, since file
    /// timestamps are only precise to the second.
    public var revision: Int
    /// Set when the document changed and the quote could not be found again.
    public var orphaned: Bool
    /// A deletion, kept so that another reader's copy cannot bring it back; `u` undoes it.
    public var deleted: Bool
    /// Set by an undo (`u`): the revision of the deletion it undid. A deletion wins over every
    /// copy that did not know of it, however often that copy was edited since (a reader opened
    /// before the deletion, say); only an undo of that deletion or a later one brings it back.
    /// Absent from files written before it existed, and from bookmarks never undeleted.
    public var restores: Int?

    public init(id: String = UUID().uuidString, quote: String, exchange: Int?, block: Int, start: Int, end: Int,
                line: Int, speaker: String?, note: String = "", created: Date = Date(), updated: Date? = nil,
                orphaned: Bool = false, deleted: Bool = false) {
        self.id = id
        self.quote = quote
        self.exchange = exchange
        self.block = block
        self.start = start
        self.end = end
        self.line = line
        self.speaker = speaker
        self.note = note
        self.created = created
        self.updated = updated ?? created
        self.revision = 1
        self.orphaned = orphaned
        self.deleted = deleted
    }

    /// A bookmark on a whole paragraph of `document`.
    public static func paragraph(_ index: Int, in document: Document, now: Date = Date()) -> Bookmark {
        let block = document.blocks[index]
        return Bookmark(quote: block.text, exchange: block.exchange, block: index, start: 0, end: block.text.count,
                        line: block.lines.lowerBound, speaker: document.speakerName(of: block), created: now)
    }
}

extension Bookmark {
    /// Where a bookmark comes in reading order: by place in the document, orphans last.
    @inlinable public var readingKey: (Int, Int, Int) { (orphaned ? 1 : 0, block, start) }

    /// The live bookmarks of a list in reading order.
    public static func live(_ list: [Bookmark]) -> [Bookmark] {
        list.filter { !$0.deleted }.sorted { $0.readingKey < $1.readingKey }
    }

    /// Two lists of bookmarks as one, by id: a deletion wins over a live copy unless that copy
    /// undid it; otherwise the more revised copy wins, then the more recently updated, then the
    /// one in `mine`. A live copy that wins keeps the latest undo either copy knew of.
    public static func merge(_ mine: [Bookmark], _ theirs: [Bookmark]) -> [Bookmark] {
        var byID: [String: Bookmark] = [:]
        byID.reserveCapacity(mine.count + theirs.count)
        for b in mine + theirs {
            guard let existing = byID[b.id] else { byID[b.id] = b; continue }
            let (winner, loser) = b.supersedes(existing) ? (b, existing) : (existing, b)
            byID[b.id] = winner.keepingUndo(of: loser)
        }
        return byID.values.sorted { ($0.block, $0.start, $0.created, $0.id) < ($1.block, $1.start, $1.created, $1.id) }
    }
}

extension Bookmark {
    /// Whether this copy replaces `other` (a copy of the same bookmark) in a merge.
    func supersedes(_ other: Bookmark) -> Bool {
        if deleted != other.deleted {
            let (deletion, live) = deleted ? (self, other) : (other, self)
            let undone = (live.restores ?? 0) >= deletion.revision
            return deleted ? !undone : undone
        }
        return (revision, updated) > (other.revision, other.updated)
    }

    /// A live copy that won a merge, knowing of the latest undo the other copy knew of: a stale
    /// deletion met later must still find it undone.
    func keepingUndo(of other: Bookmark) -> Bookmark {
        guard !deleted, let theirs = other.restores, theirs > (restores ?? 0) else { return self }
        var copy = self
        copy.restores = theirs
        return copy
    }
}

/// Where the reader was in a document, restored when it is opened again.
public struct ReadingPosition: Codable, Equatable, Sendable {
    /// Exchange number, 0 for the introduction, -1 for the end matter.
    public var exchange: Int
    /// The block at the top of the answer pane and the row inside it.
    public var block: Int
    public var row: Int
    public var focus: String
    public var sidebarTab: String
    /// The theme the reader last chose (`T`); nil in files written before it was kept.
    public var theme: String?
    public var saved: Date

    public init(exchange: Int, block: Int, row: Int, focus: String, sidebarTab: String, theme: String? = nil,
                saved: Date = Date()) {
        self.exchange = exchange
        self.block = block
        self.row = row
        self.focus = focus
        self.sidebarTab = sidebarTab
        self.theme = theme
        self.saved = saved
    }
}

/// One document's bookmarks file: `$XDG_DATA_HOME/colloquy/<sha256>.json`.
public struct BookmarkFile: Codable, Equatable, Sendable {
    public static let currentFormat = 1

    public struct DocumentInfo: Codable, Equatable, Sendable {
        public var sha256: String
        public var name: String
        /// Absolute path when the document came from a file: how an edited copy is recognised.
        public var path: String?
        public var title: String?
    }

    public var format: Int
    public var document: DocumentInfo
    public var bookmarks: [Bookmark]
    public var position: ReadingPosition?

    public init(document: DocumentInfo, bookmarks: [Bookmark] = [], position: ReadingPosition? = nil) {
        format = Self.currentFormat
        self.document = document
        self.bookmarks = bookmarks
        self.position = position
    }

    /// Live bookmarks in reading order.
    public var visible: [Bookmark] { Bookmark.live(bookmarks) }

    /// Both files' bookmarks, by id; where both have one, the more revised wins, then the
    /// more recently updated, then this file's.
    /// The position is the more recently saved.
    public func merged(with other: BookmarkFile) -> BookmarkFile {
        var result = self
        result.bookmarks = Bookmark.merge(bookmarks, other.bookmarks)
        if let theirs = other.position, (position?.saved ?? .distantPast) < theirs.saved { result.position = theirs }
        return result
    }
}
