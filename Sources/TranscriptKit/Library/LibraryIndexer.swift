import Dispatch
import Foundation

/// Parses and country-indexes a library's documents in the background, on every core, and
/// hands each entry over as it comes back; the library view polls `take()` between keys, so its list is usable from
/// the first frame. Parses are let go once summarised.
public final class LibraryIndexer: @unchecked Sendable {
    public struct Outcome: Sendable {
        public var index: Int
        public var entry: LibraryEntry?
        public var skipped: LibraryFiles.Skip?
        /// Its countries, for the library's picker.
        public var countries: [(code: String, name: String, mentions: Int)] = []
    }

    private let lock = NSLock()
    private var ready: [Outcome] = []
    private let paths: [String]
    private let flags: SpeakerOverrides
    private let cache: LibraryCache?

    public init(paths: [String], flags: SpeakerOverrides = SpeakerOverrides(), cache: LibraryCache? = nil) {
        self.paths = paths
        self.flags = flags
        self.cache = cache
    }

    public func start() {
        DispatchQueue.global(qos: .utility).async { [self] in
            Library.inOrder(paths.count, work: { index -> Outcome in
                let found = Library.summarise(self.paths[index], flags: self.flags, cache: self.cache)
                return Outcome(index: index, entry: found.entry, skipped: found.skipped, countries: found.countries)
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
