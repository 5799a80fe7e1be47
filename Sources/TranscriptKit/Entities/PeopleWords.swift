/// The word lists that tell a person's name from other capitalised words (Data/first-names.txt,
/// common-words.txt, person-titles.txt, person-words.tsv; made by Scripts/make-people-names and
/// by hand, compiled in).
struct PeopleWords: Sendable {
    /// Given names as written (`Vladimir`, `Zeinab`, `Xi`).
    var given: Set<String> = []
    /// Lower case: a title vouches for the name after it (`chancellor`), a modifier is only
    /// dropped from a name's front (`national`, `financial`).
    var titles: Set<String> = [], modifiers: Set<String> = []
    /// English words in lower case, base forms (`forces` is found as `force`).
    var common: Set<String> = []
    /// Lower case words after a name: `the Obama administration`, `Hitler said`, `… Party`.
    var nouns: Set<String> = [], verbs: Set<String> = [], heads: Set<String> = []
    /// Places that are no country, as written (`Utah`): never a person alone.
    var places: Set<String> = []
    /// Surname (as `PeopleIndex.key` folds it) → the full name of someone well enough known to be
    /// named by it alone (`merkel` → `Angela Merkel`); empty when two such people share it.
    var wellKnown: [String: String] = [:]

    static let standard = PeopleWords(
        given: EmbeddedPeopleWords.firstNames, common: EmbeddedPeopleWords.commonWords,
        titles: EmbeddedPeopleWords.titles, words: EmbeddedPeopleWords.words, wellKnown: EmbeddedPeopleWords.wellKnown)

    init(given: String, common: String, titles: String, words: String, wellKnown: String) {
        for line in Self.lines(wellKnown) {
            let parts = line.split(separator: "|")
            let name = String(parts[0])
            guard let surname = parts.count > 1 ? parts[1] : name.split(separator: " ").last else { continue }
            var keys = [PeopleIndex.key([String(surname)])]
            // `al-Assad` is also `Assad`.
            let halves = surname.split(separator: "-", maxSplits: 1)
            if halves.count == 2, PeopleFinder.particles.contains(String(halves[0])) { keys.append(PeopleIndex.key([String(halves[1])])) }
            for key in keys { self.wellKnown[key] = self.wellKnown[key] == nil ? name : "" }
        }
        self.given = Set(Self.lines(given))
        self.common = Set(Self.lines(common))
        for line in Self.lines(titles) {
            let parts = line.split(separator: "\t")
            guard parts.count == 2 else { continue }
            if parts[0] == "modifier" { modifiers.insert(String(parts[1])) } else { self.titles.insert(String(parts[1])) }
        }
        for line in Self.lines(words) {
            let parts = line.split(separator: "\t")
            guard parts.count == 2 else { continue }
            let list = parts[1].split(separator: "|").map(String.init)
            switch parts[0] {
            case "noun": nouns.formUnion(list)
            case "verb": verbs.formUnion(list)
            case "head": heads.formUnion(list)
            case "place": places.formUnion(list)
            default: continue
            }
        }
    }

    /// Whether a lower-case word is an English word, its plural, -ed, -ing or -ly forms included.
    func isCommon(_ lower: String) -> Bool {
        if common.contains(lower) { return true }
        for (ending, replacement) in Self.endings where lower.hasSuffix(ending) && lower.count > ending.count + 2 {
            if common.contains(String(lower.dropLast(ending.count)) + replacement) { return true }
        }
        return false
    }

    private static let endings: [(String, String)] = [
        ("s", ""), ("es", ""), ("ies", "y"), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"), ("ly", ""),
    ]

    /// The lines of a list, comments and blank lines left out; split on bytes (65,000 lines are
    /// read when the finder is first used, and Foundation's trimming took a quarter of a second).
    private static func lines(_ text: String) -> [String] {
        text.utf8.split(separator: UInt8(ascii: "\n")).compactMap { line in
            guard let first = line.first, first != UInt8(ascii: "#") else { return nil }
            let end = line.last == UInt8(ascii: "\r") ? line.index(before: line.endIndex) : line.endIndex
            return String(decoding: line[..<end], as: UTF8.self)
        }
    }
}
