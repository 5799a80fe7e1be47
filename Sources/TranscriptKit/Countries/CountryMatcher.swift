/// A mention of a country in a block: which country, and where (scalar offsets in the text).
public struct Mention: Equatable, Sendable {
    public var code: String
    public var range: Range<Int>
    public var kind: Gazetteer.Kind
}

/// Finds country mentions in one pass over a text's tokens: at each token, the gazetteer's
/// entries starting with that token are tried longest first (`Papua New Guinea` before
/// `Guinea`); blocking phrases (`Persian Gulf`) consume their words without a mention.
public struct CountryMatcher: Sendable {
    public let gazetteer: Gazetteer

    public init(gazetteer: Gazetteer = .standard) { self.gazetteer = gazetteer }

    public func mentions(in text: String) -> [Mention] { mentions(in: text, includingBlocks: false) }

    /// With `includingBlocks`, blocking phrases are returned too (code `-`): words that are taken.
    public func mentions(in text: String, includingBlocks: Bool) -> [Mention] {
        var tokens = Tokens()
        return mentions(in: text, includingBlocks: includingBlocks, reusing: &tokens)
    }

    /// As above, tokenizing into `tokens`, whose storage serves paragraph after paragraph.
    func mentions(in text: String, includingBlocks: Bool = false, reusing tokens: inout Tokens) -> [Mention] {
        tokens.read(text)
        let list = tokens.list
        var mentions: [Mention] = []
        var i = 0
        while i < list.count {
            // Every gazetteer entry starts with a capitalised word or an acronym: lower-case
            // words and punctuation are passed over without a look-up.
            guard list[i].isWord, list[i].isCapitalised || gazetteer.caseless, let (entry, length) = longestMatch(tokens, at: i) else { i += 1; continue }
            defer { i += length }
            if entry.code == "-" {
                if includingBlocks {
                    mentions.append(Mention(code: "-", range: list[i].scalarStart..<list[i + length - 1].scalarEnd, kind: .block))
                }
                continue
            }
            // `City, Country`: a place followed by another country's name belongs to that one.
            if entry.kind == .place, i + length + 1 < list.count, list[i + length].mark == UInt8(ascii: ","),
               let (next, _) = longestMatch(tokens, at: i + length + 1), next.code != entry.code, next.code != "-" {
                continue
            }
            mentions.append(Mention(code: entry.code, range: list[i].scalarStart..<list[i + length - 1].scalarEnd, kind: entry.kind))
        }
        return mentions
    }

    private func longestMatch(_ tokens: Tokens, at i: Int) -> (Gazetteer.Entry, Int)? {
        let first = tokens.list[i]
        guard first.isWord else { return nil }
        var best: (Gazetteer.Entry, Int)?
        // Entries under one key are sorted longest first: the first that matches is the longest.
        // Walked by index, so that entries that do not match are never copied.
        func consider(_ entries: [Gazetteer.Entry]?) {
            guard let entries else { return }
            for k in entries.indices {
                let length = entries[k].tokens.count
                if length <= (best?.1 ?? 0) { return }
                if i + length <= tokens.list.count && matches(entries[k], tokens, i) {
                    best = (entries[k], length)
                    return
                }
            }
        }
        consider(gazetteer.byFirstToken[tokens.hash(first, exact: false)])
        // Acronyms are keyed as written; only short or all-capital words can be one.
        if first.isAllCaps || first.end - first.start <= 3 { consider(gazetteer.byFirstToken[tokens.hash(first, exact: true)]) }
        return best
    }

    private func matches(_ entry: Gazetteer.Entry, _ tokens: Tokens, _ i: Int) -> Bool {
        let exact = entry.kind == .acronym
        for k in 0..<entry.tokens.count {
            let token = tokens.list[i + k]
            guard tokens.equals(token, entry.tokens[k], exact: exact) else { return false }
            if !exact && entry.capitalised[k] && token.isWord && !token.isCapitalised { return false }
        }
        // An acronym in shouting text (`CONTACT US`) is just a word in capitals.
        if exact && shouting(tokens.list, around: i, length: entry.tokens.count) { return false }
        return true
    }

    private func shouting(_ tokens: [Tokens.Token], around i: Int, length: Int) -> Bool {
        let before = tokens[..<i].last(where: \.isWord)
        let after = tokens[(i + length)...].first(where: \.isWord)
        return before?.isAllCaps == true || after?.isAllCaps == true
    }
}
