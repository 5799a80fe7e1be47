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

    public init(paths: [String], flags: SpeakerOverrides = SpeakerOverrides()) {
        self.paths = paths
        self.flags = flags
    }

    public func start() {
        DispatchQueue.global(qos: .utility).async { [self] in
            Library.inOrder(paths.count, work: { index -> Outcome in
                switch Library.read(self.paths[index], flags: self.flags) {
                case .parsed(let document, let entry):
                    return Outcome(index: index, entry: entry, countries: LibraryMentions.summary(MentionIndex(document: document)))
                case .skipped(let why): return Outcome(index: index, skipped: why)
                }
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
