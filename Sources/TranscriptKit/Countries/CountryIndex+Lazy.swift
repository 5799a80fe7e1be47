import Foundation

/// The entity indexes, each built once — on first use, or ahead of time on a background queue —
/// and shared by every copy of the reader's state. Kinds are built separately, so countries are
/// ready as soon as they are done, without waiting for the slower people finder.
public final class LazyEntityIndex: @unchecked Sendable {
    private let document: Document
    private let lock = NSLock()
    private var built: [EntityKind: CountryIndex] = [:]

    public init(document: Document) { self.document = document }

    public func index(_ kind: EntityKind) -> CountryIndex {
        lock.lock()
        defer { lock.unlock() }
        if let index = built[kind] { return index }
        let index = EntityIndex.build(kind, document)
        built[kind] = index
        return index
    }

    /// Builds every kind now, countries first (call from a background queue).
    public func warm() { for kind in EntityKind.allCases { _ = index(kind) } }
}
