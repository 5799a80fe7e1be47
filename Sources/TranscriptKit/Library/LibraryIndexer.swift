import Dispatch
import Foundation

/// Indexes a library's documents in the background, on every core, and hands each outcome over
/// as it comes back; the library view polls `take()` between keys, so its list is usable from
/// the first frame. Parses are let go once summarised.
///
/// Two passes: every document's summary (its entry and countries, from the cache when it has
/// them), started with the view; and one kind of entity (people, organisations, topics), started
/// when its picker is first opened.
public final class LibraryIndexer: @unchecked Sendable {
    public struct Outcome: Sendable {
        public var index: Int
        public var entry: LibraryEntry?
        public var skipped: LibraryFiles.Skip?
        /// Its entities of the pass's kind (countries for the summaries), for the library's picker.
        public var entities: [(code: String, name: String, mentions: Int)] = []
    }

    /// What this pass indexes: the summaries, or one kind of entity.
    public let kind: EntityKind?
    private let lock = NSLock()
    private var ready: [Outcome] = []
    private let paths: [String]
    /// The documents this pass reads (all, or those that changed), as indices into `paths`.
    private let indices: [Int]
    private let flags: SpeakerOverrides
    public let cache: LibraryCache?

    /// The summaries' pass, over every document or `only` these.
    public init(paths: [String], only: [Int]? = nil, flags: SpeakerOverrides = SpeakerOverrides(), cache: LibraryCache? = nil) {
        self.paths = paths
        indices = only ?? Array(paths.indices)
        self.flags = flags
        self.cache = cache
        kind = nil
    }

    /// One kind of entity's pass, over every document or `only` these.
    public init(paths: [String], only: [Int]? = nil, flags: SpeakerOverrides = SpeakerOverrides(), kind: EntityKind, cache: LibraryCache? = nil) {
        self.paths = paths
        indices = only ?? Array(paths.indices)
        self.flags = flags
        self.kind = kind
        self.cache = cache
    }

    public func start() {
        DispatchQueue.global(qos: .utility).async { [self] in
            Library.inOrder(indices.count, work: { at -> Outcome in
                let index = self.indices[at]
                guard let kind = self.kind else {
                    let found = Library.summarise(self.paths[index], flags: self.flags, cache: self.cache)
                    return Outcome(index: index, entry: found.entry, skipped: found.skipped, entities: found.countries)
                }
                return Outcome(index: index, entities: Library.entities(kind, self.paths[index], flags: self.flags, cache: self.cache) ?? [])
            }, deliver: { _, outcome in
                self.lock.lock()
                self.ready.append(outcome)
                self.lock.unlock()
            })
        }
    }

    /// What came back since the last call.
    public func take() -> [Outcome] {
        lock.lock()
        defer { lock.unlock() }
        let taken = ready
        ready.removeAll()
        return taken
    }
}
