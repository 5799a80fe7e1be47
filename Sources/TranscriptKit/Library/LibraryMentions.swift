/// One kind of entity (countries, people, organisations or topics) merged over a library: for each, the documents that mention
/// it and how often. Built as documents are indexed, one at a time; a picker's list and a
/// country's documents are read from it without touching a parse.
public struct LibraryMentions: Sendable {
    public struct Entity: Equatable, Sendable {
        public var code: String
        public var name: String
        public var mentions: Int
        /// Documents (indices into the library) with their mentions, most first.
        public var documents: [(document: Int, mentions: Int)]

        public static func == (a: Entity, b: Entity) -> Bool {
            a.code == b.code && a.mentions == b.mentions && a.documents.elementsEqual(b.documents) { $0 == $1 }
        }
    }

    private var byCode: [String: Int] = [:]
    private var all: [Entity] = []
    /// For each document added, the slots of its entities in `all`.
    private var slotsOf: [Int: [Int]] = [:]

    public init() {}

    /// A document's entities (from its `MentionIndex`); a document added again replaces itself.
    public mutating func add(document: Int, _ entities: [(code: String, name: String, mentions: Int)]) {
        remove(document: document)
        var slots: [Int] = []
        defer { slotsOf[document] = slots }
        for e in entities {
            let slot = byCode[e.code] ?? all.count
            if slot == all.count {
                byCode[e.code] = slot
                all.append(Entity(code: e.code, name: e.name, mentions: 0, documents: []))
            }
            all[slot].mentions += e.mentions
            all[slot].documents.append((document, e.mentions))
            slots.append(slot)
        }
    }

    /// A document's entities taken out again (its file changed, or vanished).
    public mutating func remove(document: Int) {
        guard let slots = slotsOf.removeValue(forKey: document) else { return }
        for slot in slots {
            guard let at = all[slot].documents.firstIndex(where: { $0.document == document }) else { continue }
            all[slot].mentions -= all[slot].documents[at].mentions
            all[slot].documents.remove(at: at)
        }
    }

    /// Everything mentioned, most mentions first (ties by name); each entity's documents in
    /// the order they were added.
    public var entities: [Entity] {
        all.filter { !$0.documents.isEmpty }.sorted { ($0.mentions, $1.name) > ($1.mentions, $0.name) }
    }

    /// One entity, its documents by mentions (ties in the order they were added).
    public func entity(_ code: String) -> Entity? {
        byCode[code].flatMap { slot in
            guard !all[slot].documents.isEmpty else { return nil }
            var e = all[slot]
            e.documents = e.documents.enumerated().sorted { ($0.element.mentions, $1.offset) > ($1.element.mentions, $0.offset) }.map(\.element)
            return e as Entity?
        }
    }

    /// A document's entity summary, as `add` takes it.
    public static func summary(_ index: MentionIndex) -> [(code: String, name: String, mentions: Int)] {
        index.entities.map { ($0.code, $0.name, $0.mentions) }
    }
}
