import Dispatch
import Foundation
import ReaderCore
import TranscriptKit

/// Runs the library's `/` off the drawing path: every document parsed and searched on every
/// core, its count and first passages handed back as they come; a newer search makes an older
/// one stop (between documents, and inside one between blocks). A second one finds the
/// passages of an entity chosen across the library (`p`), in the documents that mention it.
final class LibrarySearcher: @unchecked Sendable {
    struct Found {
        var generation: Int
        var index: Int
        var hits: Int
        var passages: DocumentPassages
    }

    private let lock = NSLock()
    private var latest = 0
    private var ready: [Found] = []
    private var paths: [String]
    private let flags: SpeakerOverrides

    init(paths: [String], flags: SpeakerOverrides) {
        self.paths = paths
        self.flags = flags
    }

    /// Files added to the library while it is open (searched by the next search).
    func add(_ added: [String]) { lock.withLock { paths += added } }

    private func path(_ index: Int) -> String { lock.withLock { paths[index] } }

    private func isStale(_ generation: Int) -> Bool { lock.withLock { latest != generation } }

    func start(_ query: SearchQuery, generation: Int) {
        run(generation, Array(lock.withLock { paths.indices }), screen: TextScreen(query)) { document in
            let result = SearchIndex(document: document).search(query, isCancelled: { self.isStale(generation) })
            return (result.hits.count, DocumentPassages(hits: result.hits, in: document, query: query))
        }
    }

    /// The passages of one entity in `documents`.
    func start(passagesOf chosen: LibraryState.Chosen, in documents: [Int], generation: Int) {
        run(generation, documents, screen: nil) { document in
            let index = EntityIndex.build(chosen.kind, document)
            return (index.entity(chosen.code)?.mentions ?? 0, DocumentPassages(mentioning: chosen.code, in: index, document: document))
        }
    }

    private func run(_ generation: Int, _ documents: [Int], screen: TextScreen?,
                     _ find: @escaping @Sendable (Document) -> (hits: Int, passages: DocumentPassages)) {
        lock.withLock { latest = generation }
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            Library.inOrder(documents.count, work: { at -> Found? in
                let index = documents[at]
                if self.isStale(generation) { return nil }
                guard case .parsed(let document, _) = Library.read(self.path(index), flags: self.flags, hashing: false, screen: screen) else {
                    return Found(generation: generation, index: index, hits: 0, passages: DocumentPassages(count: 0, first: []))
                }
                let (hits, passages) = find(document)
                return self.isStale(generation) ? nil : Found(generation: generation, index: index, hits: hits, passages: passages)
            }, deliver: { _, found in
                guard let found else { return }
                self.lock.withLock { self.ready.append(found) }
            })
        }
    }

    /// What came back since the last call.
    func take() -> [Found] {
        lock.withLock {
            defer { ready.removeAll() }
            return ready
        }
    }
}
