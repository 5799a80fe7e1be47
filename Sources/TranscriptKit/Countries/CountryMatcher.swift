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

    public func mentions(in text: String) -> [Mention] {
        let tokens = Tokenizer.tokens(of: text)
        var mentions: [Mention] = []
        var i = 0
        while i < tokens.count {
            guard tokens[i].isWord, let (entry, length) = longestMatch(tokens, at: i) else { i += 1; continue }
            defer { i += length }
            if entry.code == "-" { continue }
            // `City, Country`: a place followed by another country's name belongs to that one.
            if entry.kind == .place, i + length + 1 < tokens.count, tokens[i + length].text == ",",
               let (next, _) = longestMatch(tokens, at: i + length + 1), next.code != entry.code, next.code != "-" {
                continue
            }
            let range = tokens[i].range.lowerBound..<tokens[i + length - 1].range.upperBound
            mentions.append(Mention(code: entry.code, range: range, kind: entry.kind))
        }
        return mentions
    }

    private func longestMatch(_ tokens: [Tokenizer.Token], at i: Int) -> (Gazetteer.Entry, Int)? {
        let first = tokens[i]
        let candidates = (gazetteer.byFirstToken[first.folded] ?? []) + (gazetteer.byFirstToken[first.text] ?? [])
        var best: (Gazetteer.Entry, Int)?
        for entry in candidates where entry.tokens.count > (best?.1 ?? 0) && i + entry.tokens.count <= tokens.count {
            if matches(entry, tokens, i) { best = (entry, entry.tokens.count) }
        }
        return best
    }

    private func matches(_ entry: Gazetteer.Entry, _ tokens: [Tokenizer.Token], _ i: Int) -> Bool {
        for k in 0..<entry.tokens.count {
            let token = tokens[i + k]
            if entry.kind == .acronym {
                guard token.text == entry.tokens[k] else { return false }
            } else {
                guard token.folded == entry.tokens[k] else { return false }
                if entry.capitalised[k] && token.isWord && !token.isCapitalised { return false }
            }
        }
        // An acronym in shouting text (`CONTACT US`) is just a word in capitals.
        if entry.kind == .acronym && shouting(tokens, around: i, length: entry.tokens.count) { return false }
        return true
    }

    private func shouting(_ tokens: [Tokenizer.Token], around i: Int, length: Int) -> Bool {
        let before = tokens[..<i].last(where: \.isWord)
        let after = tokens[(i + length)...].first(where: \.isWord)
        return before?.isAllCaps == true || after?.isAllCaps == true
    }
}
