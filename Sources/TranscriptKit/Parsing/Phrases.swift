/// A list of lower-case ASCII phrases looked for at word starts in some bytes, ASCII case ignored:
/// the one shape behind small talk, greetings, hand-offs, wind-ups, show openings, sign-offs.
struct Phrases: Sendable {
    private let bytes: [[UInt8]]

    /// With `curlyApostrophes`, a phrase with `'` also matches text typeset with `’`.
    init(_ phrases: [String], curlyApostrophes: Bool = false) {
        bytes = phrases.flatMap { phrase -> [[UInt8]] in
            let curly = phrase.replacingOccurrences(of: "'", with: "\u{2019}")
            return curlyApostrophes && curly != phrase ? [Array(phrase.utf8), Array(curly.utf8)] : [Array(phrase.utf8)]
        }
    }

    func occur(in text: UnsafeBufferPointer<UInt8>) -> Bool { bytes.contains { text.containsWordIgnoringASCIICase($0) } }
    /// Whether a phrase starts within the first `limit` bytes.
    func occur(in text: ArraySlice<UInt8>, startingBefore limit: Int) -> Bool {
        text.withUnsafeBufferPointer { b in bytes.contains { b.containsWordIgnoringASCIICase($0, startingBefore: limit) } }
    }
    func occur(in text: [UInt8]) -> Bool { text.withUnsafeBufferPointer(occur(in:)) }
    func occur(in text: ArraySlice<UInt8>) -> Bool { text.withUnsafeBufferPointer(occur(in:)) }
}
