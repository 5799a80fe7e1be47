import TranscriptKit

/// The active search: what was asked, what was found, which hit the reader is on.
public struct SearchState: Sendable {
    public var query: SearchQuery
    public var hits: [SearchHit] = []
    public var current: Int?
    public var error: String?
    public var isTruncated = false
    /// True while a newer query's results have not arrived yet.
    public var isPending = true
}

/// The sidebar's lists; exchanges always, search results once there is a search.
public enum SidebarTab: String, Equatable, Sendable, CaseIterable {
    case exchanges, search, bookmarks, countries, people, organisations, topics, speakers

    /// The entity list a tab shows, if it shows one.
    public var entityKind: EntityKind? {
        switch self {
        case .countries: return .countries
        case .people: return .people
        case .organisations: return .organisations
        case .topics: return .topics
        default: return nil
        }
    }

    public var title: String {
        switch self {
        case .exchanges: return "Exchanges"
        case .search: return "Search"
        case .bookmarks: return "Bookmarks"
        case .countries: return "Countries"
        case .people: return "People"
        case .organisations: return "Organisations"
        case .topics: return "Topics"
        case .speakers: return "Speakers"
        }
    }
}
