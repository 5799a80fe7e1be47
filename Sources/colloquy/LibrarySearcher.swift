import Dispatch
import Foundation
import TranscriptKit

/// Runs the library's `/` off the drawing path: every document parsed and searched on every
/// core, its count handed back as it comes; a newer search makes an older one stop (between
/// documents, and inside one between blocks).
final class LibrarySearcher: @unchecked Sendable {
    private let lock = NSLock()
    private var latest = 0
    private var ready: [(generation: Int, index: Int, hits: Int)] = []
    private let paths: [String]
    private let flags: SpeakerOverrides

    init(paths: [String], flags: SpeakerOverrides) {
        self.paths = paths
        self.flags = flags
    }

    private func isStale(_ generation: Int) -> Bool { lock.withLock { latest != generation } }

    func start(_ query: SearchQuery, generation: Int) {
        lock.withLock { latest = generation }
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            let screen = TextScreen(query)
            Library.inOrder(paths.count, work: { index -> Int? in
                if self.isStale(generation) { return nil }
                guard case .parsed(let document, _) = Library.read(self.paths[index], flags: self.flags, hashing: false, screen: screen) else { return 0 }
                let result = SearchIndex(document: document).search(query, isCancelled: { self.isStale(generation) })
                return self.isStale(generation) ? nil : result.hits.count
            }, deliver: { index, hits in
                guard let hits else { return }
                self.lock.withLock { self.ready.append((generation, index, hits)) }
            })
        }
    }

    /// Counts that came back since the last call.
    func take() -> [(generation: Int, index: Int, hits: Int)] {
        lock.withLock {
            defer { ready.removeAll() }
            return ready
        }
    }
}
