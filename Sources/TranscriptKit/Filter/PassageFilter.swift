/// What `&` in the reader and `--filter` on the command line keep: the exchanges (or, in the
/// reader, only the paragraphs) where one speaker speaks, one country, topic, person or
/// organisation is mentioned, or a search pattern matches.
///
/// Written `field value` or `field:value` (`speaker Kirby`, `country:LY`); text with no field
/// is a search pattern, as `/` would take it.
public struct PassageFilter: Sendable, Equatable {
    public enum Field: String, Sendable, CaseIterable {
        case speaker, country, topic, person, organisation, pattern, regex

        /// The entity list a field looks names up in, if it is one.
        var entityKind: EntityKind? {
            switch self {
            case .country: return .countries
            case .topic: return .topics
            case .person: return .people
            case .organisation: return .organisations
            case .speaker, .pattern, .regex: return nil
            }
        }

        /// Spellings a reader may type for the field.
        static func named(_ word: String) -> Field? {
            switch word.lowercased() {
            case "speaker", "who", "by": return .speaker
            case "country", "countries": return .country
            case "topic", "topics": return .topic
            case "person", "people": return .person
            case "organisation", "organization", "org", "orgs": return .organisation
            case "pattern", "text", "search": return .pattern
            case "regex", "re": return .regex
            default: return nil
            }
        }
    }

    public var field: Field
    public var value: String

    /// Why a filter cannot be had: said in a sentence, for the status bar or standard error.
    public struct Invalid: Error, Equatable, CustomStringConvertible {
        public var description: String
    }

    public init(field: Field, value: String) {
        self.field = field
        self.value = value
    }

    /// `speaker Kirby`, `country:LY`, `topic sanctions`, `libya` (a pattern).
    public init(parsing text: String) throws(Invalid) {
        let trimmed = Self.trimmed(Substring(text))
        guard !trimmed.isEmpty else { throw Invalid(description: "an empty filter") }
        if let split = trimmed.firstIndex(where: { $0 == ":" || $0 == " " }),
           let field = Field.named(String(trimmed[..<split])) {
            let value = Self.trimmed(trimmed[trimmed.index(after: split)...])
            guard !value.isEmpty else { throw Invalid(description: "\(field.rawValue) of what? (\(field.rawValue) NAME)") }
            self.init(field: field, value: value)
        } else {
            self.init(field: .pattern, value: trimmed)
        }
    }

    /// What a filter keeps in one document.
    public struct Match: Sendable, Equatable {
        /// `Libya`, `MS. PSAKI`, `“ceasefire”`: what the status bar calls the filter.
        public var name: String
        /// Matching blocks, ascending.
        public var blocks: [Int]
        /// Exchanges with a matching block, ascending.
        public var exchanges: [Int]
    }

    /// The blocks and exchanges this filter keeps, or why it keeps nothing it could name.
    /// - Parameter entities: an entity index by kind (the reader's are built lazily).
    public func match(in document: Document, entities: (EntityKind) -> MentionIndex,
                      search: @autoclosure () -> SearchIndex) throws(Invalid) -> Match {
        let name: String
        var blocks: [Int]
        switch field {
        case .speaker:
            let speakers = Self.closest(value, among: document.participants.map(\.name))
            guard !speakers.isEmpty else {
                let names = document.participants.map(\.name).prefix(6).joined(separator: ", ")
                throw Invalid(description: "nobody called \(value) speaks here (\(names.isEmpty ? "no speakers" : names))")
            }
            let wanted = Set(speakers)
            name = speakers.map { document.participants[$0].name }.joined(separator: ", ")
            blocks = document.blocks.indices.filter { i in
                document.blocks[i].kind.isSpeech && document.blocks[i].speaker.map(wanted.contains) == true
            }
        case .country, .topic, .person, .organisation:
            let index = entities(field.entityKind ?? .countries)
            let list = index.entities
            // A code (`LY`) first, then the names.
            let found = list.firstIndex { $0.code.lowercased() == value.lowercased() }
                ?? Self.closest(value, among: list.map(\.name)).first
            guard let found else { throw Invalid(description: "no \(field.rawValue) called \(value) in this document") }
            name = list[found].name
            blocks = Array(Set(list[found].blocks)).sorted()
        case .pattern, .regex:
            let query = SearchQuery(value, isRegex: field == .regex)
            let result = search().search(query)
            if let error = result.error { throw Invalid(description: "invalid pattern: \(error)") }
            name = "“\(value)”"
            blocks = Array(Set(result.hits.map(\.block))).sorted()
        }
        var exchanges: [Int] = []
        for b in blocks { if let n = document.blocks[b].exchange, exchanges.last != n { exchanges.append(n) } }
        return Match(name: name, blocks: blocks, exchanges: Array(Set(exchanges)).sorted())
    }

    /// Indices of the names that best fit what was typed: those equal to it (case and accents
    /// folded), else those starting with it, else those holding it (`Kirby` is `MR. KIRBY`).
    static func closest(_ typed: String, among names: [String]) -> [Int] {
        let key = fold(typed)
        let folded = names.map(fold)
        for test in [{ (n: String) in n == key }, { $0.hasPrefix(key) }, { $0.contains(key) }] {
            let hits = folded.indices.filter { test(folded[$0]) }
            if !hits.isEmpty { return hits }
        }
        return []
    }

    private static func trimmed(_ s: Substring) -> String {
        String(s.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }

    private static func fold(_ s: String) -> String {
        String(decoding: Folding.fold(s, ignoringCase: true), as: UTF8.self)
    }
}

extension PassageFilter.Match {
    /// `Libya — 3 of 9 exchanges`
    public func summary(of document: Document) -> String {
        let total = document.exchanges.count
        return "\(name) — \(exchanges.count) of \(total) exchange\(total == 1 ? "" : "s")"
    }
}
