import Foundation

/// The entity indexes, each built once — on first use, or ahead of time on a background queue —
/// and shared by every copy of the reader's state. Each kind has its own lock, so countries are
/// ready as soon as they are done, without waiting for the slower people finder.
///
/// Once `buildInBackground` is called (the live reader), `ready` never builds on the caller's
/// thread: a kind still being built answers nil, so drawing and keys never wait for an index.
public final class LazyEntityIndex: @unchecked Sendable {
    private let document: Document
    private let build: @Sendable (EntityKind, Document) -> MentionIndex
    // Per kind, at `kind.slot`: arrays, not dictionaries keyed by the kind (the first dictionary
    // or set of a new key type costs the Swift runtime a search of all the binary's conformance
    // records, a third of a million instructions, and this is made before the first frame).
    private let locks = EntityKind.allCases.map { _ in NSLock() }
    private var built = [MentionIndex?](repeating: nil, count: EntityKind.allCases.count)
    private var topicLabels: [Int: [String]]?
    private var labelling = false
    private var inBackground = false
    private var requested = [Bool](repeating: false, count: EntityKind.allCases.count)
    private var speakers: SpeakerStatistics?
    private var countingSpeakers = false
    private let table = NSLock()

    public convenience init(document: Document) { self.init(document: document, build: EntityIndex.build) }

    /// - Parameter build: how one kind is built (tests slow it down).
    init(document: Document, build: @escaping @Sendable (EntityKind, Document) -> MentionIndex) {
        self.document = document
        self.build = build
    }

    /// The index of `kind`, built now if need be (waiting for a builder already at work).
    public func index(_ kind: EntityKind) -> MentionIndex {
        if let ready = table.withLock({ built[kind.slot] }) { return ready }
        let lock = locks[kind.slot]
        lock.lock()   // one builder per kind; others wait for it rather than build twice
        defer { lock.unlock() }
        if let ready = table.withLock({ built[kind.slot] }) { return ready }
        let index = build(kind, document)
        table.withLock { built[kind.slot] = index }
        return index
    }

    /// The index of `kind` if it can be had without waiting for a background build: nil while
    /// one is under way (and the kind asked for is then built next, alongside the others).
    public func ready(_ kind: EntityKind) -> MentionIndex? {
        let (index, wait, first) = table.withLock { () -> (MentionIndex?, Bool, Bool) in
            defer { requested[kind.slot] = true }
            return (built[kind.slot], inBackground, !requested[kind.slot])
        }
        if let index { return index }
        guard wait else { return self.index(kind) }
        if first { DispatchQueue.global(qos: .userInitiated).async { _ = self.index(kind) } }
        return nil
    }

    /// From now on every kind is built on a background thread of lower priority
    /// (`BackgroundWork`), countries first, and `ready` answers nil until each is done.
    public func buildInBackground() {
        buildOnlyInBackground()
        BackgroundWork.start { self.warm() }
    }

    /// From now on nothing is built on the caller's thread (`ready` and `exchangeTopics` answer
    /// nil), without starting any build yet: the live reader's first frame comes first.
    public func buildOnlyInBackground() { table.withLock { inBackground = true } }

    /// The two key terms that lead each exchange's line in the sidebar (`KeyTerms`). In the live
    /// reader, nil until every kind is built (asking builds nothing), then worked out on a
    /// background thread of lower priority, so that drawing never waits for them. Elsewhere (`colloquy render`,
    /// tests) every kind is built now, so that a frame drawn there is the live reader's once its
    /// indexes are done.
    public func exchangeTopics() -> [Int: [String]]? {
        if !table.withLock({ inBackground }) {
            for kind in EntityKind.allCases { _ = index(kind) }
        }
        let (labels, background, indexes) = table.withLock { () -> ([Int: [String]]?, Bool, [MentionIndex]?) in
            let indexes = EntityKind.allCases.compactMap { built[$0.slot] }
            guard topicLabels == nil, !labelling, indexes.count == EntityKind.allCases.count else { return (topicLabels, inBackground, nil) }
            if inBackground { labelling = true }
            return (nil, inBackground, indexes)
        }
        if let labels { return labels }
        guard let indexes else { return nil }
        let work: @Sendable () -> Void = {
            let terms = KeyTerms.perExchange(self.document, entities: indexes).mapValues { Array($0.prefix(2)) }
            self.table.withLock { self.topicLabels = terms }
        }
        guard background else { work(); return table.withLock { topicLabels } }
        BackgroundWork.start(work)
        return nil
    }

    /// Builds every kind now, countries first (call from a background queue).
    public func warm() { for kind in EntityKind.allCases { _ = index(kind) } }

    /// Who speaks how much (the Speakers tab): in the live reader nil until worked out on a
    /// background queue, which the first call starts (a second or so of a 200 MB transcript's
    /// speech to count); elsewhere worked out now.
    public func speakerStatistics() -> SpeakerStatistics? {
        let (done, background, start) = table.withLock { () -> (SpeakerStatistics?, Bool, Bool) in
            let start = speakers == nil && !countingSpeakers && inBackground
            if start { countingSpeakers = true }
            return (speakers, inBackground, start)
        }
        if let done { return done }
        if !background {
            let counted = SpeakerStatistics(document: document)
            table.withLock { speakers = counted }
            return counted
        }
        if start {
            DispatchQueue.global(qos: .userInitiated).async {
                let counted = SpeakerStatistics(document: self.document)
                self.table.withLock { self.speakers = counted }
            }
        }
        return nil
    }
}

private extension EntityKind {
    /// Its place in `allCases`, where the index keeps its tables for it.
    var slot: Int {
        switch self {
        case .countries: return 0
        case .people: return 1
        case .organisations: return 2
        case .topics: return 3
        }
    }
}
