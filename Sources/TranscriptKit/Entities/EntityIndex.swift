import Foundation

/// What the reader can follow through a transcript.
public enum EntityKind: String, CaseIterable, Sendable {
    case countries, people, organisations, topics

    public var title: String {
        switch self {
        case .countries: return "Countries"
        case .people: return "People"
        case .organisations: return "Organisations"
        case .topics: return "Topics"
        }
    }
}

/// Countries, people, organisations and topics of a document, each with its mentions.
public struct EntityIndex: Sendable {
    public let countries: MentionIndex
    public let people: MentionIndex
    public let organisations: MentionIndex
    public let topics: MentionIndex
    /// Four key terms per exchange (by number): named things and phrases first (`KeyTerms`).
    public let keyTerms: [Int: [String]]

    public func index(_ kind: EntityKind) -> MentionIndex {
        switch kind {
        case .countries: return countries
        case .people: return people
        case .organisations: return organisations
        case .topics: return topics
        }
    }

    public static let organisationLexicon = (try? Gazetteer(tsv: EmbeddedOrganisations.text, isoCodes: false)) ?? .standard
    public static let topicLexicon = (try? Gazetteer(tsv: EmbeddedTopics.text, isoCodes: false, caseless: true)) ?? .standard

    public init(document: Document) {
        countries = Self.build(.countries, document)
        organisations = Self.build(.organisations, document)
        topics = Self.build(.topics, document)
        people = Self.build(.people, document)
        keyTerms = KeyTerms.perExchange(document, entities: [countries, people, organisations, topics])
    }

    /// One kind's index.
    public static func build(_ kind: EntityKind, _ document: Document) -> MentionIndex {
        switch kind {
        case .countries: return MentionIndex(document: document, matcher: CountryMatcher())
        case .organisations: return MentionIndex(document: document, matcher: CountryMatcher(gazetteer: organisationLexicon))
        case .topics: return MentionIndex(document: document, matcher: CountryMatcher(gazetteer: topicLexicon))
        case .people:
            return PeopleIndex.build(document, PeopleFinder(countries: CountryMatcher(), organisations: CountryMatcher(gazetteer: organisationLexicon)))
        }
    }
}
