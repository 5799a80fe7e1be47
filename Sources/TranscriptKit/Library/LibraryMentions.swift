/// One kind of entity (countries) merged over a library: for each, the documents that mention
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

    public init() {}

    /// A document's entities (from its `MentionIndex`), added once.
    public mutating func add(document: Int, _ entities: [(code: String, name: String, mentions: Int)]) {
        for e in entities {
            let slot = byCode[e.code] ?? all.count
            if slot == all.count {
                byCode[e.code] = slot
                all.append(Entity(code: e.code, name: e.name, mentions: 0, documents: []))
            }
            all[slot].mentions += e.mentions
            all[slot].documents.append((document, e.mentions))
        }
    }

    /// Everything mentioned, most mentions first (ties by name); each entity's documents in
    /// the order they were added.
    public var entities: [Entity] {
        all.sorted { ($0.mentions, $1.name) > ($1.mentions, $0.name) }
    }

    /// One entity, its documents by mentions (ties in the order they were added).
    public func entity(_ code: String) -> Entity? {
        byCode[code].map { slot in
            var e = all[slot]
            e.documents = e.documents.enumerated().sorted { ($0.element.mentions, $1.offset) > ($1.element.mentions, $0.offset) }.map(\.element)
            return e
        }
    }

    /// A document's entity summary, as `add` takes it.
    public static func summary(_ index: MentionIndex) -> [(code: String, name: String, mentions: Int)] {
        index.entities.map { ($0.code, $0.name, $0.mentions) }
    }
}
