import Foundation

/// The entity indexes, each built once — on first use, or ahead of time on a background queue —
/// and shared by every copy of the reader's state. Each kind has its own lock, so countries are
/// ready as soon as they are done, without waiting for the slower people finder.
public final class LazyEntityIndex: @unchecked Sendable {
    private let document: Document
    private var locks: [EntityKind: NSLock] = [:]
    private var built: [EntityKind: MentionIndex] = [:]
    private var topicLabels: [Int: [String]]?
    private let table = NSLock()

    public init(document: Document) {
        self.document = document
        for kind in EntityKind.allCases { locks[kind] = NSLock() }
    }

    public func index(_ kind: EntityKind) -> MentionIndex {
        if let ready = table.withLock({ built[kind] }) { return ready }
        guard let lock = locks[kind] else { return EntityIndex.build(kind, document) }
        lock.lock()   // one builder per kind; others wait for it rather than build twice
        defer { lock.unlock() }
        if let ready = table.withLock({ built[kind] }) { return ready }
        let index = EntityIndex.build(kind, document)
        table.withLock { built[kind] = index }
        return index
    }

    /// The words that say what each exchange is about (`ExchangeTopics`), once the countries and
    /// topics are built; nil until then, so that drawing never waits for them.
    public func exchangeTopics() -> [Int: [String]]? {
        table.withLock {
            if let topicLabels { return topicLabels }
            guard let countries = built[.countries], let topics = built[.topics] else { return nil }
            topicLabels = ExchangeTopics.labels(document, countries: countries, topics: topics)
            return topicLabels
        }
    }

    /// Builds every kind now, countries first (call from a background queue).
    public func warm() { for kind in EntityKind.allCases { _ = index(kind) } }
}
