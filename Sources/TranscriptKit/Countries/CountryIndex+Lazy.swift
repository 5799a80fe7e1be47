import Foundation

/// The entity index, built once, on first use or ahead of time on a background queue, and
/// shared by every copy of the reader's state.
public final class LazyEntityIndex: @unchecked Sendable {
    private let document: Document
    private let lock = NSLock()
    private var built: EntityIndex?

    public init(document: Document) { self.document = document }

    public var entities: EntityIndex {
        lock.lock()
        defer { lock.unlock() }
        if let built { return built }
        let index = EntityIndex(document: document)
        built = index
        return index
    }

    /// Builds the index now (call from a background queue to have it ready).
    public func warm() { _ = entities }
}
