/// Country names, aliases, demonyms and places, with the phrases that block them.
///
/// Read from the TSV format of docs/gazetteer.md: `CODE<TAB>KIND<TAB>NAME` per line.
public struct Gazetteer: Sendable {
    public enum Kind: String, Sendable { case name, demonym, place, acronym, block }

    public struct Entry: Sendable {
        public var code: String   // "-" for a blocking phrase
        public var kind: Kind
        public var name: String
        /// The entry as tokens (folded, except acronyms).
        var tokens: [String]
        /// Which tokens must be capitalised in the text.
        var capitalised: [Bool]
    }

    public private(set) var displayNames: [String: String] = [:]
    /// Entries by their first token, longest first.
    private(set) var byFirstToken: [String: [Entry]] = [:]
    public private(set) var entryCount = 0

    public struct Failure: Error, Equatable, Sendable {
        public var line: Int
        public var reason: String
    }

    public init(tsv: String) throws(Failure) {
        var number = 0
        for raw in tsv.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            if raw.isEmpty || raw.hasPrefix("#") { continue }
            let fields = raw.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 3 else { throw Failure(line: number, reason: "expected CODE<TAB>KIND<TAB>NAME") }
            let code = String(fields[0]), name = String(fields[2])
            if fields[1] == "display" {
                displayNames[code] = name
                continue
            }
            guard let kind = Kind(rawValue: String(fields[1])) else {
                throw Failure(line: number, reason: "unknown kind '\(fields[1])'")
            }
            guard code == "-" || (code.count == 2 && code.allSatisfy { $0.isASCII && $0.isUppercase }) else {
                throw Failure(line: number, reason: "'\(code)' is not an ISO 3166-1 alpha-2 code")
            }
            // "the United States": the article is not part of what must be matched.
            var tokens = Tokenizer.tokens(of: name)
            if tokens.count > 1, tokens[0].folded == "the" { tokens.removeFirst() }
            guard let first = tokens.first else { continue }
            let entry = Entry(code: code, kind: kind, name: name,
                              tokens: tokens.map { kind == .acronym ? $0.text : $0.folded },
                              capitalised: tokens.map { $0.isCapitalised })
            byFirstToken[entry.tokens[0] == first.text && kind == .acronym ? first.text : first.folded, default: []].append(entry)
            entryCount += 1
        }
        for key in byFirstToken.keys { byFirstToken[key]?.sort { $0.tokens.count > $1.tokens.count } }
    }

    /// The gazetteer compiled into the binary.
    public static let standard: Gazetteer = (try? Gazetteer(tsv: EmbeddedGazetteer.text)) ?? Gazetteer.empty

    static let empty = Gazetteer()
    private init() {}

    public func displayName(_ code: String) -> String { displayNames[code] ?? code }
}

/// Words and the punctuation that names contain (`-`, `'`, `.`, `,`), with scalar offsets.
enum Tokenizer {
    struct Token {
        var text: String
        var folded: String
        var range: Range<Int>
        var isCapitalised: Bool
        var isAllCaps: Bool
        var isWord: Bool
    }

    static func tokens(of text: String) -> [Token] {
        var tokens: [Token] = []
        var current = String.UnicodeScalarView()
        var start = 0
        var index = 0
        func flush() {
            guard !current.isEmpty else { return }
            let word = String(current)
            let letters = word.filter(\.isLetter)
            tokens.append(Token(text: word, folded: fold(word), range: start..<index,
                                isCapitalised: word.first?.isUppercase == true,
                                isAllCaps: letters.count >= 2 && letters.allSatisfy(\.isUppercase), isWord: true))
            current = String.UnicodeScalarView()
        }
        for scalar in text.unicodeScalars {
            let p = scalar.properties
            if p.isAlphabetic || p.numericType != nil || Folding.isCombiningMark(scalar.value) {
                if current.isEmpty { start = index }
                current.append(scalar)
            } else {
                flush()
                var mark: String?
                switch scalar {
                case "-", "\u{2010}", "\u{2011}": mark = "-"
                case "'", "\u{2019}", "\u{2018}": mark = "'"
                case ".": mark = "."
                case ",": mark = ","
                case "[", "]": mark = nil   // editors' insertions: "[Democratic Republic of the] Congo"
                default: mark = scalar.properties.isWhitespace ? nil : "|"   // other punctuation stops names
                }
                if let mark {
                    tokens.append(Token(text: mark, folded: mark, range: index..<(index + 1), isCapitalised: false,
                                        isAllCaps: false, isWord: false))
                }
            }
            index += 1
        }
        flush()
        return tokens
    }

    static func fold(_ word: String) -> String {
        String(decoding: Folding.fold(word, ignoringCase: true), as: UTF8.self)
    }
}
