/// Gazetteer entries grouped by the hash of their first word, laid out for the matcher.
///
/// The matcher looks up every capitalised word of a text and compares a million entries in a
/// large one, so everything it reads here is flat: an open-addressed table of hashes (a probe is
/// a multiply and a compare or two, where a `Dictionary` would hash the hash again with SipHash),
/// candidates of plain numbers, and every entry's folded words in one byte buffer. Reading a
/// candidate retains nothing; an `Entry` (code, name, arrays) is only read for a match.
struct FirstWordTable: Sendable {
    /// An entry as the matcher compares it.
    struct Candidate: Sendable {
        /// The whole entry, in `entries`.
        var entry: Int32
        var entity: Int32
        /// Its words: `words` from this index, `wordCount` of them.
        var firstWord: Int32
        var wordCount: Int32
        /// Bit k: word k must be capitalised in the text (only the first 64 words are checked).
        var capitalised: UInt64
        var kind: Gazetteer.Kind
        var isBlock: Bool
    }

    /// An entry with its words folded (acronyms as written) and which of them must be
    /// capitalised in the text: what the table is built from.
    struct Spelled {
        var entry: Gazetteer.Entry
        var words: [[UInt8]]
        var capitalised: [Bool]
    }

    private var keys: [UInt64] = []
    /// The group in each slot; -1 for an empty slot.
    private var slots: [Int32] = []
    private var shift: UInt64 = 64
    /// Group g is `candidates[groupStarts[g]..<groupStarts[g + 1]]`, longest first.
    private var groupStarts: [Int32] = [0]
    private(set) var candidates: [Candidate] = []
    private(set) var entries: [Gazetteer.Entry] = []
    /// Word w of the entries is `spellings[wordStarts[w]..<wordStarts[w + 1]]`.
    private(set) var wordStarts: [Int32] = [0]
    private(set) var spellings: [UInt8] = []

    init() {}

    init(_ byHash: [UInt64: [Spelled]]) {
        // A power of two at most half full: probes stay short.
        var bits: UInt64 = 4
        while (1 << bits) < byHash.count * 2 { bits += 1 }
        shift = 64 - bits
        keys = Array(repeating: 0, count: 1 << bits)
        slots = Array(repeating: -1, count: 1 << bits)
        for (hash, group) in byHash {
            var slot = home(hash)
            while slots[slot] >= 0 { slot = (slot + 1) & (slots.count - 1) }
            keys[slot] = hash
            slots[slot] = Int32(groupStarts.count - 1)
            for spelled in group.sorted(by: { $0.words.count > $1.words.count }) { add(spelled) }
            groupStarts.append(Int32(candidates.count))
        }
        // Room to read any word's spelling eight bytes at a time (`Tokens.equals`).
        spellings.append(contentsOf: repeatElement(0, count: 8))
    }

    private mutating func add(_ spelled: Spelled) {
        let entry = spelled.entry
        var capitalised: UInt64 = 0
        for (k, flag) in spelled.capitalised.prefix(64).enumerated() where flag { capitalised |= 1 << UInt64(k) }
        candidates.append(Candidate(entry: Int32(entries.count), entity: entry.entity, firstWord: Int32(wordStarts.count - 1),
                                    wordCount: Int32(spelled.words.count), capitalised: capitalised, kind: entry.kind,
                                    isBlock: entry.code == "-"))
        for word in spelled.words {
            spellings.append(contentsOf: word)
            wordStarts.append(Int32(spellings.count))
        }
        entries.append(entry)
    }

    private func home(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    /// The group of entries whose first word has this hash.
    func group(_ hash: UInt64) -> Int? {
        guard !slots.isEmpty else { return nil }
        var slot = home(hash)
        while true {
            let group = slots[slot]
            if group < 0 { return nil }
            if keys[slot] == hash { return Int(group) }
            slot = (slot + 1) & (slots.count - 1)
        }
    }

    /// Indexes in `candidates` of a group's entries, longest first.
    func members(_ group: Int) -> Range<Int> { Int(groupStarts[group])..<Int(groupStarts[group + 1]) }

    /// Where word `k` of a candidate is spelled in `spellings`.
    func spelling(_ candidate: Candidate, word k: Int) -> Range<Int> {
        let w = Int(candidate.firstWord) + k
        return Int(wordStarts[w])..<Int(wordStarts[w + 1])
    }
}
