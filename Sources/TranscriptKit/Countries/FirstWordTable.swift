/// Gazetteer entries grouped by the hash of their first word, in an open-addressed table.
///
/// The matcher looks up every capitalised word of a text; a probe here is a multiply and a
/// compare or two, where a `Dictionary` would hash the (already hashed) key again with SipHash.
struct FirstWordTable: Sendable {
    private var keys: [UInt64] = []
    /// Index into `groups` per slot; -1 for an empty slot.
    private var slots: [Int32] = []
    private var shift: UInt64 = 64
    /// Entries sharing a first word, longest first.
    private(set) var groups: [[Gazetteer.Entry]] = []

    init() {}

    init(_ byHash: [UInt64: [Gazetteer.Entry]]) {
        // A power of two at most half full: probes stay short.
        var bits: UInt64 = 4
        while (1 << bits) < byHash.count * 2 { bits += 1 }
        shift = 64 - bits
        keys = Array(repeating: 0, count: 1 << bits)
        slots = Array(repeating: -1, count: 1 << bits)
        for (hash, entries) in byHash {
            var slot = home(hash)
            while slots[slot] >= 0 { slot = (slot + 1) & (slots.count - 1) }
            keys[slot] = hash
            slots[slot] = Int32(groups.count)
            groups.append(entries.sorted { $0.tokens.count > $1.tokens.count })
        }
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
}
