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
    /// A few key terms per exchange (by number), from TF-IDF across the exchanges.
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
        keyTerms = KeyTerms.perExchange(document)
    }

    /// One kind's index.
    static func build(_ kind: EntityKind, _ document: Document) -> MentionIndex {
        switch kind {
        case .countries: return MentionIndex(document: document, matcher: CountryMatcher())
        case .organisations: return MentionIndex(document: document, matcher: CountryMatcher(gazetteer: organisationLexicon))
        case .topics: return MentionIndex(document: document, matcher: CountryMatcher(gazetteer: topicLexicon))
        case .people:
            return PeopleIndex.build(document, PeopleFinder(countries: CountryMatcher(), organisations: CountryMatcher(gazetteer: organisationLexicon)))
        }
    }
}

/// Terms that set one exchange apart from the others: TF-IDF over the exchanges' words, with
/// the transcript itself as the background (no outside frequency list needed).
enum KeyTerms {
    static func perExchange(_ document: Document, count: Int = 4) -> [Int: [String]] {
        guard document.exchanges.count > 1 else { return [:] }
        var termCounts: [[String: Int]] = []
        var documentFrequency: [String: Int] = [:]
        for exchange in document.exchanges {
            var counts: [String: Int] = [:]
            for index in exchange.blocks where document.blocks[index].kind.isSpeech {
                let text = document.blocks[index].text
                if !countASCIIWords(text, into: &counts) { countWords(text, into: &counts) }
            }
            for term in counts.keys { documentFrequency[term, default: 0] += 1 }
            termCounts.append(counts)
        }
        let n = Double(document.exchanges.count)
        var result: [Int: [String]] = [:]
        for (offset, counts) in termCounts.enumerated() {
            let scored = counts.filter { $0.value >= 2 }.map { term, tf -> (String, Double) in
                (term, Double(tf) * log(n / Double(documentFrequency[term] ?? 1)))
            }
            result[document.exchanges[offset].number] = scored.sorted { ($0.1, $1.0) > ($1.1, $0.0) }.prefix(count).map(\.0)
        }
        return result
    }

    private static func tally(_ word: String, length: Int, into counts: inout [String: Int]) {
        guard length >= 4, !stopWords.contains(word) else { return }
        counts[word, default: 0] += 1
    }

    /// Counts the words of `text` (runs of letters and hyphens) of four letters or more, folded
    /// to lower case, that are not stop words.
    static func countWords(_ text: String, into counts: inout [String: Int]) {
        for word in text.split(whereSeparator: { !$0.isLetter && $0 != "-" }) {
            let w = word.lowercased()
            tally(w, length: w.count, into: &counts)
        }
    }

    /// The words of an ASCII text counted as `countWords` counts them, on its bytes: splitting a
    /// `String` into `Character`s (grapheme breaking) took most of the time of a large export.
    /// False, and nothing counted, when the text is not ASCII.
    static func countASCIIWords(_ text: String, into counts: inout [String: Int]) -> Bool {
        var text = text
        return text.withUTF8 { bytes -> Bool in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return false }
            var start = 0
            var word: [UInt8] = []
            for i in 0...bytes.count {
                let b = i < bytes.count ? bytes[i] : 0
                let inWord = (b | 0x20 >= UInt8(ascii: "a") && b | 0x20 <= UInt8(ascii: "z")) || b == UInt8(ascii: "-")
                if inWord { continue }
                if i - start >= 4 {
                    word.removeAll(keepingCapacity: true)
                    for c in bytes[start..<i] { word.append(c >= 0x41 && c <= 0x5A ? c | 0x20 : c) }
                    tally(String(decoding: word, as: UTF8.self), length: i - start, into: &counts)
                }
                start = i + 1
            }
            return true
        }
    }

    static let stopWords: Set<String> = [
        "that", "this", "with", "have", "from", "they", "been", "were", "will", "would", "which", "their", "there", "what",
        "about", "when", "also", "some", "into", "than", "then", "them", "these", "those", "such", "only", "other", "more",
        "most", "very", "just", "like", "even", "being", "because", "while", "where", "after", "before", "should", "could",
        "does", "doing", "done", "said", "says", "very", "well", "many", "much", "make", "made", "take", "taken", "over",
        "under", "here", "each", "both", "through", "against", "between", "without", "within", "still", "already", "since",
        "think", "know", "want", "need", "must", "shall", "might", "your", "ours", "ourselves", "himself", "itself",
        "they're", "it's", "we're", "don't", "question", "course", "today", "year", "years", "time", "part", "fact",
        "view", "situation", "issue", "issues", "country", "countries", "state", "states", "people", "place", "taking",
        "being", "whole", "all", "any", "every", "another", "same", "different", "number", "level", "approach",
    ]
}
