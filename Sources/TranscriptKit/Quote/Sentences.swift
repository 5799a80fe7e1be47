/// Where a paragraph's sentences begin and end, for selecting a quote by sentence.
public enum Sentences {
    /// The sentences of `text` as ranges of Unicode scalar offsets, in order, spaces between
    /// them left out; a text with no sentence end is one sentence.
    ///
    /// A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes or brackets after it)
    /// followed by a space and something that is not a lower-case letter, or at `。！？`, which
    /// need no space. A full stop after a title (`Mr.`, `Dr.`) or a single capital (`J.`, `U.S.`)
    /// ends nothing.
    public static func spans(_ text: String) -> [Range<Int>] {
        let scalars = Array(text.unicodeScalars)
        var spans: [Range<Int>] = []
        var start = 0
        var i = 0
        func close(at end: Int) {
            var s = start
            while s < end && scalars[s] == " " { s += 1 }
            if s < end { spans.append(s..<end) }
            start = end
        }
        while i < scalars.count {
            let c = scalars[i]
            if "。！？".unicodeScalars.contains(c) {
                var end = i + 1
                while end < scalars.count && closers.contains(scalars[end]) { end += 1 }
                close(at: end)
                i = end
                continue
            }
            if ".!?…".unicodeScalars.contains(c) {
                var end = i + 1
                while end < scalars.count && (closers.contains(scalars[end]) || ".!?…".unicodeScalars.contains(scalars[end])) { end += 1 }
                let spaced = end < scalars.count && scalars[end] == " "
                let next = spaced && end + 1 < scalars.count ? scalars[end + 1] : nil
                let lowerNext = next.map { $0.properties.isLowercase } ?? false
                if spaced && !lowerNext && !(c == "." && isAbbreviation(scalars, endingAt: i)) {
                    close(at: end)
                }
                i = end
                continue
            }
            i += 1
        }
        close(at: scalars.count)
        return spans
    }

    private static let closers: Set<Unicode.Scalar> = ["\"", "'", "”", "’", ")", "]", "»", "」", "』"]

    /// Titles that take a full stop in English transcripts; a word list, not a rule of language,
    /// kept short on purpose: a missed one only splits a sentence a reader can extend again.
    private static let titles: Set<String> = ["mr", "mrs", "ms", "dr", "st", "mt", "prof", "gen", "sen", "rep", "gov",
                                              "lt", "col", "sgt", "capt", "jr", "sr", "vs", "no", "e.g", "i.e", "etc"]

    private static func isAbbreviation(_ s: [Unicode.Scalar], endingAt dot: Int) -> Bool {
        var k = dot
        while k > 0 && s[k - 1] != " " { k -= 1 }
        let word = String(String.UnicodeScalarView(s[k..<dot])).lowercased()
        // `J.` and `U.S.`: initials, a capital alone before each full stop.
        if word.count == 1 || (word.count >= 3 && word.split(separator: ".").allSatisfy { $0.count == 1 }) {
            return s[k].properties.isUppercase
        }
        return titles.contains(word.trimmingPrefix("(").description)
    }
}
