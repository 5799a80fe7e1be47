/// A mention of a country in a block: which country, and where (scalar offsets in the text).
public struct Mention: Equatable, Sendable {
    public var code: String
    public var range: Range<Int>
    public var kind: Gazetteer.Kind
}

/// A mention as an index keeps a million of them: 16 bytes where a `Mention` takes 40, its code
/// by number (the gazetteer's, or the index's own list) and its range in 32-bit scalar offsets.
struct PackedMention: Sendable {
    var start: Int32, end: Int32
    var code: Int32
    var kind: Gazetteer.Kind

    init(code: Int32, range: Range<Int>, kind: Gazetteer.Kind) {
        (start, end) = (Int32(truncatingIfNeeded: range.lowerBound), Int32(truncatingIfNeeded: range.upperBound))
        self.code = code
        self.kind = kind
    }

    func unpacked(codes: [String]) -> Mention { Mention(code: codes[Int(code)], range: Int(start)..<Int(end), kind: kind) }
}

/// Finds country mentions in one pass over a text: at each word a name can start with (found by
/// `Tokens.skim`), the gazetteer's entries starting with that word are tried longest first
/// (`Papua New Guinea` before `Guinea`); blocking phrases (`Persian Gulf`) consume their words
/// without a mention.
public struct CountryMatcher: Sendable {
    public let gazetteer: Gazetteer

    public init(gazetteer: Gazetteer = .standard) { self.gazetteer = gazetteer }

    public func mentions(in text: String) -> [Mention] { mentions(in: text, includingBlocks: false) }

    /// With `includingBlocks`, blocking phrases are returned too (code `-`): words that are taken.
    public func mentions(in text: String, includingBlocks: Bool) -> [Mention] {
        var tokens = Tokens(), found: [PackedMention] = []
        append(mentionsIn: text, includingBlocks: includingBlocks, to: &found, reusing: &tokens)
        return found.map { $0.unpacked(codes: gazetteer.codes) }
    }

    /// Appends the mentions in `text` to `mentions`, coded by the gazetteer's numbers (an index
    /// keeps a whole document's in one array), tokenizing into `tokens`, whose storage serves
    /// paragraph after paragraph.
    func append(mentionsIn text: String, includingBlocks: Bool = false, to mentions: inout [PackedMention], reusing tokens: inout Tokens) {
        tokens.load(text)
        var position = Tokens.Position()
        var previousIsAllCaps = false
        // Every gazetteer entry starts with a capitalised word or an acronym (any word in a
        // caseless lexicon): `skim` passes over the others, and only where a first word is
        // known is the text tokenized, as far as the entries starting with it need.
        while let word = tokens.skim(from: &position, caseless: gazetteer.caseless, previousIsAllCaps: &previousIsAllCaps) {
            let before = previousIsAllCaps
            previousIsAllCaps = word.isAllCaps
            let groups = candidates(tokens, from: word.start, to: word.end, isAllCaps: word.isAllCaps, foldedHash: word.foldedHash)
            guard groups.folded != nil || groups.exact != nil else { continue }
            // Most names are one word, told from the skimmed word alone; the others are matched
            // on tokens read from it (`window`).
            let first = Tokens.Token(word)
            var windowed = false
            var found = oneWordMatch(tokens, first, among: groups)
            if found == nil {
                tokens.window(at: word)
                windowed = true
                found = longestMatch(&tokens, at: 0, among: groups, wordBeforeIsAllCaps: before)
            }
            guard let found else { continue }
            let table = gazetteer.firstWords, match = table.candidates[found.candidate], length = Int(match.wordCount)
            // The words of the match are taken, whatever comes of it.
            let last = windowed ? tokens.list[length - 1] : first
            position = Tokens.Position(byte: last.end, scalar: last.scalarEnd)
            if windowed { previousIsAllCaps = tokens.list[..<length].last(where: \.isWord)?.isAllCaps ?? false }
            let range = word.scalarStart..<last.scalarEnd
            if match.isBlock {
                if includingBlocks { mentions.append(PackedMention(code: match.entity, range: range, kind: .block)) }
                continue
            }
            // `City, Country`: a place followed by another country's name belongs to that one.
            if match.kind == .place, tokens.mayBeComma(after: last.end) {
                if !windowed { tokens.window(at: word) }
                if tokens.ensure(length + 2), tokens.list[length].mark == UInt8(ascii: ","),
                   let next = longestMatch(&tokens, at: length + 1, wordBeforeIsAllCaps: before).map({ table.candidates[$0.candidate] }),
                   next.entity != match.entity, !next.isBlock {
                    continue
                }
            }
            mentions.append(PackedMention(code: match.entity, range: range, kind: match.kind))
        }
    }

    /// The groups of entries a word could start: by its folded form, and as written for acronyms
    /// (only short or all-capital words can be one).
    private func candidates(_ tokens: Tokens, from start: Int, to end: Int, isAllCaps: Bool,
                            foldedHash: UInt64? = nil) -> (folded: Int?, exact: Int?) {
        let table = gazetteer.firstWords
        let folded = table.group(foldedHash ?? tokens.hash(from: start, to: end, exact: false))
        guard isAllCaps || end - start <= 3 else { return (folded, nil) }
        return (folded, table.group(tokens.hash(from: start, to: end, exact: true)))
    }

    /// The longest entry matching at token `i`, as its index in the table's candidates.
    private typealias Match = (candidate: Int, length: Int)

    /// The entry a word is on its own, when every entry it starts is that one word and none is
    /// an acronym (which looks at the words around it): most names. Nil when tokens must decide.
    private func oneWordMatch(_ tokens: Tokens, _ first: Tokens.Token, among groups: (folded: Int?, exact: Int?)) -> Match? {
        guard groups.exact == nil, let group = groups.folded else { return nil }
        let table = gazetteer.firstWords
        for c in table.members(group) {
            let candidate = table.candidates[c]
            guard candidate.wordCount == 1, candidate.kind != .acronym else { return nil }
            if tokens.equals(first, table.spellings, table.spelling(candidate, word: 0), exact: false)
                && (candidate.capitalised & 1 == 0 || first.isCapitalised) {
                return (c, 1)
            }
        }
        return nil
    }

    private func longestMatch(_ tokens: inout Tokens, at i: Int, wordBeforeIsAllCaps before: Bool) -> Match? {
        let first = tokens.list[i]
        guard first.isWord else { return nil }
        return longestMatch(&tokens, at: i, among: candidates(tokens, from: first.start, to: first.end, isAllCaps: first.isAllCaps),
                            wordBeforeIsAllCaps: before)
    }

    private func longestMatch(_ tokens: inout Tokens, at i: Int, among groups: (folded: Int?, exact: Int?),
                              wordBeforeIsAllCaps before: Bool) -> Match? {
        let table = gazetteer.firstWords
        var best: Match?
        // Entries in a group are sorted longest first: the first that matches is the longest.
        for pass in 0..<2 {
            guard let group = pass == 0 ? groups.folded : groups.exact, pass == 0 || group != groups.folded else { continue }
            for c in table.members(group) {
                let length = Int(table.candidates[c].wordCount)
                if length <= best?.length ?? 0 { break }
                if tokens.ensure(i + length) && matches(table.candidates[c], in: table, &tokens, i, wordBeforeIsAllCaps: before) {
                    best = (c, length)
                    break
                }
            }
        }
        return best
    }

    private func matches(_ candidate: FirstWordTable.Candidate, in table: FirstWordTable, _ tokens: inout Tokens, _ i: Int,
                         wordBeforeIsAllCaps before: Bool) -> Bool {
        let exact = candidate.kind == .acronym
        for k in 0..<Int(candidate.wordCount) {
            let token = tokens.list[i + k]
            guard tokens.equals(token, table.spellings, table.spelling(candidate, word: k), exact: exact) else { return false }
            if !exact && k < 64 && candidate.capitalised & (1 << UInt64(k)) != 0 && token.isWord && !token.isCapitalised { return false }
        }
        // An acronym in shouting text (`CONTACT US`) is just a word in capitals.
        if exact && shouting(&tokens, around: i, length: Int(candidate.wordCount), wordBeforeIsAllCaps: before) { return false }
        return true
    }

    /// Whether the word before `i` (in the tokens read, else `before`) or the word after the
    /// `length` tokens from `i` is in capitals.
    private func shouting(_ tokens: inout Tokens, around i: Int, length: Int, wordBeforeIsAllCaps before: Bool) -> Bool {
        if tokens.list[..<i].last(where: \.isWord)?.isAllCaps ?? before { return true }
        var k = i + length
        while tokens.ensure(k + 1) {
            if tokens.list[k].isWord { return tokens.list[k].isAllCaps }
            k += 1
        }
        return false
    }
}
