import Foundation

/// Who a careful reader found named in each paragraph of one transcript, and which key terms
/// would say what each exchange is about, written by hand by reading the transcript
/// (`Tests/TranscriptKitTests/EntityGold`). Paragraphs are given by a source line inside them,
/// so the gold does not depend on how the parser numbers its blocks.
public struct EntityGold: Sendable {
    /// The transcript in the corpus, or the embedded interview's name.
    public var file: String
    /// Person (full name) → source lines of the paragraphs that mention them; nil for a file
    /// labelled for key terms only (its people are then not scored).
    public var people: [String: [Int]]?
    /// The source lines whose paragraphs were labelled for people, when only part of a long
    /// transcript was (`"lines": [from, to]`): a paragraph counts when its first line is in it.
    public var peopleLines: ClosedRange<Int>?
    /// Per exchange (by a line of its question), groups of acceptable terms: each group is one
    /// thing (`syria`, `syrian`), so a second term from a group already used is a miss.
    public var keyTerms: [(line: Int, groups: [[String]])]

    public struct Invalid: Error, CustomStringConvertible {
        public var description: String
    }

    public init(json: Data) throws(Invalid) {
        guard let object = try? JSONSerialization.jsonObject(with: json) as? [String: Any],
              let file = object["file"] as? String else {
            throw Invalid(description: "needs a JSON object with \"file\"")
        }
        self.file = file
        if let people = object["people"] {
            guard let people = people as? [String: [Int]] else { throw Invalid(description: "\"people\" must map names to line numbers") }
            self.people = people
        }
        if let lines = object["lines"] {
            guard let pair = lines as? [Int], pair.count == 2, pair[0] <= pair[1] else {
                throw Invalid(description: "\"lines\" must be [first, last] source lines")
            }
            peopleLines = pair[0]...pair[1]
        }
        var keyTerms: [(Int, [[String]])] = []
        for entry in object["key_terms"] as? [[String: Any]] ?? [] {
            guard let line = entry["line"] as? Int, let groups = entry["terms"] as? [[String]] else {
                throw Invalid(description: "each key_terms entry needs \"line\" and \"terms\" (lists of strings)")
            }
            keyTerms.append((line, groups))
        }
        self.keyTerms = keyTerms
    }

    /// The gold files of a folder, by name.
    public static func golds(in folder: String) throws(Invalid) -> [EntityGold] {
        let files: [(path: String, data: Data)]
        do { files = try GoldCorpus.jsonFiles(in: folder) } catch { throw Invalid(description: error.description) }
        var golds: [EntityGold] = []
        for (path, data) in files {
            do { golds.append(try EntityGold(json: data)) } catch { throw Invalid(description: "\(path): \(error.description)") }
        }
        return golds
    }
}
