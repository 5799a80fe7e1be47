/// Country names, aliases, demonyms and places, with the phrases that block them.
///
/// Read from the TSV format of docs/gazetteer.md: `CODE<TAB>KIND<TAB>NAME` per line.
public struct Gazetteer: Sendable {
    public enum Kind: String, Sendable { case name, demonym, place, acronym, block }

    public struct Entry: Sendable {
        public var code: String   // "-" for a blocking phrase
        public var kind: Kind
        public var name: String
        /// The code's number, in order of first appearance in the file.
        var entity: Int32
    }

    public private(set) var displayNames: [String: String] = [:]
    /// Entries by the hash of their first token, longest first.
    private(set) var firstWords = FirstWordTable()
    public private(set) var entryCount = 0
    private var namesByCode: [String: [String]] = [:]
    /// Codes by number (`Entry.entity`, `PackedMention.code`).
    private(set) var codes: [String] = []

    public struct Failure: Error, Equatable, Sendable {
        public var line: Int
        public var reason: String
    }

    /// Lexicons of topics match lower-case words too; the gazetteer needs capitals.
    public private(set) var caseless = false

    /// - Parameters:
    ///   - isoCodes: codes must be ISO 3166-1 alpha-2 (the gazetteer); other lexicons use any id.
    ///   - caseless: match regardless of capitals (topics).
    public init(tsv: String, isoCodes: Bool = true, caseless: Bool = false) throws(Failure) {
        self.caseless = caseless
        // Split on bytes: a Character-wise `split` of the 46 KB file cost more than the rest.
        let bytes = Array(tsv.utf8)
        var byFirstToken: [UInt64: [FirstWordTable.Spelled]] = [:]
        var numbers: [String: Int32] = [:]
        var number = 0
        var lineStart = 0
        while lineStart <= bytes.count {
            let lineEnd = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.count
            defer { lineStart = lineEnd + 1 }
            number += 1
            let raw = bytes[lineStart..<lineEnd]
            if raw.isEmpty || raw.first == UInt8(ascii: "#") { continue }
            let columns = raw.split(separator: 0x09, omittingEmptySubsequences: false)
            guard columns.count == 3 else { throw Failure(line: number, reason: "expected CODE<TAB>KIND<TAB>NAME") }
            let fields = columns.map { String(decoding: $0, as: UTF8.self) }
            let code = fields[0]
            if fields[1] == "display" {
                displayNames[code] = fields[2]
                continue
            }
            guard let kind = Kind(rawValue: fields[1]) else {
                throw Failure(line: number, reason: "unknown kind '\(fields[1])'")
            }
            guard code == "-" || !isoCodes || (code.utf8.count == 2 && code.utf8.allSatisfy { $0 >= 0x41 && $0 <= 0x5A }) else {
                throw Failure(line: number, reason: "'\(code)' is not an ISO 3166-1 alpha-2 code")
            }
            for name in columns[2].split(separator: UInt8(ascii: "|")).map({ String(decoding: $0, as: UTF8.self) }) {
                // "the United States": the article is not part of what must be matched.
                let tokens = Tokens(name)
                var list = tokens.list
                if list.count > 1, tokens.folded(list[0], exact: false) == Array("the".utf8) { list.removeFirst() }
                guard !list.isEmpty else { continue }
                let exact = kind == .acronym
                let entity = numbers[code] ?? Int32(codes.count)
                if entity == codes.count { numbers[code] = entity; codes.append(code) }
                let spelled = FirstWordTable.Spelled(entry: Entry(code: code, kind: kind, name: name, entity: entity),
                                                     words: list.map { tokens.folded($0, exact: exact) },
                                                     capitalised: list.map { $0.isCapitalised && !caseless })
                byFirstToken[Tokens.hash(spelled.words[0]), default: []].append(spelled)
                entryCount += 1
                if kind != .place && kind != .block { namesByCode[code, default: []].append(name) }
            }
        }
        firstWords = FirstWordTable(byFirstToken)
    }

    /// The gazetteer compiled into the binary.
    public static let standard: Gazetteer = (try? Gazetteer(tsv: EmbeddedGazetteer.text)) ?? Gazetteer.empty

    static let empty = Gazetteer()
    private init() {}

    public func displayName(_ code: String) -> String { displayNames[code] ?? code }

    /// Whether `phrase`, the text a mention covers, is spelled as one of `code`'s entries of
    /// `kind`: what the matcher claims when it reports the mention. For checks.
    public func hasEntry(_ code: String, kind: Kind, spelled phrase: String) -> Bool {
        let tokens = Tokens(phrase)
        guard let first = tokens.list.first else { return false }
        let table = firstWords
        let groups = [tokens.hash(first, exact: false), tokens.hash(first, exact: true)].compactMap(table.group)
        return groups.flatMap(table.members).contains { c in
            let candidate = table.candidates[c], entry = table.entries[Int(candidate.entry)]
            return entry.code == code && entry.kind == kind && Int(candidate.wordCount) == tokens.list.count
                && tokens.list.indices.allSatisfy {
                    tokens.equals(tokens.list[$0], table.spellings, table.spelling(candidate, word: $0), exact: kind == .acronym)
                }
        }
    }

    /// Every name, alias and demonym of a country (for pickers that accept any of them).
    public func names(of code: String) -> [String] { namesByCode[code] ?? [] }
}

