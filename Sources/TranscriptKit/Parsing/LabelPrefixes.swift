/// The verdicts already given on the commonest label shape, `Name: words`, by the bytes of the
/// name: a transcript's turns open with the same few labels, and reading `Q:` afresh on every
/// line was a quarter of the parse of short turns.
///
/// Only lines whose verdict the name decides are remembered: a capital letter, then letters and
/// single-byte spaces (under 40 bytes) up to the first colon, one space, and a first word that
/// opens with neither a blank, a bracket nor a digit. On such a line every other reading of
/// `SpeakerLabel.detectOnce` gives up at the colon or never starts (no time, no question
/// number, no dash, no full stop, no list or emphasis mark; `nameThenTime` and `nameAlone`
/// find the colon inside what they would call a name), and the colon reading ends at the
/// word after it: the label, or nil, is a function of the name alone, its words starting two
/// bytes after the colon. (`Q Smith:` and `A Smith:` are left to the detector, which reads a
/// bare `Q` before a blank.)
struct LabelPrefixes {
    private struct Verdict {
        var name: [UInt8]
        /// The label with its words' start counted from the line's start (nil: no label).
        var label: SpeakerLabel?
        /// The paragraph opening last made for such a line with no time before it and the label
        /// not typed again (`opening(_:_:)`), and the first byte of its label's key.
        var opening: SharedLabel?
        var keyStart: UInt8?
    }
    private var known: [Verdict] = []
    private var next = 0
    /// Turns go round a few speakers; prose that happens to have the shape takes a slot too.
    private static let slots = 16
    private static let longestName = 40

    /// The first reading of the label at the start of `range`, from the verdicts met before
    /// when the name decides it, else from `read` (and remembered when the name decides it).
    mutating func label(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>,
                        read: () -> SpeakerLabel?) -> SpeakerLabel? {
        guard let colon = Self.decidingColon(b, range) else { return read() }
        let start = range.lowerBound
        if let slot = slot(b, start..<colon) {
            guard var label = known[slot].label else { return nil }
            label.bodyOffset += start
            return label
        }
        let label = read()
        var remembered = label
        remembered?.bodyOffset -= start
        let verdict = Verdict(name: Array(UnsafeBufferPointer(rebasing: b[start..<colon])), label: remembered)
        if known.count < Self.slots { known.append(verdict) } else { known[next] = verdict }
        next = (next + 1) % Self.slots
        return label
    }

    /// The whole opening of a `Name: words` line, label, label as written and time, when one
    /// was made before for the same name (`remember`) and the label is not typed again here:
    /// the object to share and where the words start. The detector, the label's text and the
    /// pool of openings are then skipped (together half the scan of short turns). A time
    /// pending from the line above is the caller's to rule out: it would be the opening's.
    mutating func opening(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> (shared: SharedLabel, body: Int)? {
        guard let colon = Self.decidingColon(b, range), let slot = slot(b, range.lowerBound..<colon),
              let shared = known[slot].opening else { return nil }
        let body = colon + 2
        guard !SpeakerLabel.mayRepeat(keyStart: known[slot].keyStart, b, body..<range.upperBound) else { return nil }
        return (shared, body)
    }

    /// Keeps the opening made for a `Name: words` line whose words start straight after its
    /// label (not typed again), with no time: what every such line with that name opens with.
    mutating func remember(_ shared: SharedLabel, _ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, body: Int) {
        guard shared.time == nil, let label = shared.label, !label.standsAlone,
              let colon = Self.decidingColon(b, range), body == colon + 2,
              let slot = slot(b, range.lowerBound..<colon) else { return }
        known[slot].opening = shared
        known[slot].keyStart = label.key.utf8.first
    }

    /// Where the verdict on this name is kept, if it is.
    private func slot(_ b: UnsafeBufferPointer<UInt8>, _ name: Range<Int>) -> Int? {
        let bytes = UnsafeBufferPointer(rebasing: b[name])
        return known.withUnsafeBufferPointer { known in
            known.indices.first { i in
                known[i].name.count == bytes.count && known[i].name.withUnsafeBufferPointer { $0.elementsEqual(bytes) }
            }
        }
    }

    /// The colon of a `Name: words` line whose verdict its name decides (see above), or nil.
    private static func decidingColon(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        let start = range.lowerBound, end = range.upperBound
        guard start + 3 < end, isCapital(b[start]) else { return nil }
        // `Q Smith:`, `Q. Smith:`: the question-and-answer marker's own shapes.
        if b[start] == UInt8(ascii: "Q") || b[start] == UInt8(ascii: "A"), b[start + 1] == 0x20 { return nil }
        var k = start + 1
        while k < end && k - start < longestName {
            let c = b[k]
            if c == UInt8(ascii: ":") {
                guard k + 2 < end, b[k + 1] == 0x20, opensWords(b[k + 2]) else { return nil }
                return k
            }
            guard isCapital(c) || (c >= 0x61 && c <= 0x7A) || c == 0x20 else { return nil }
            k += 1
        }
        return nil
    }

    private static func isCapital(_ c: UInt8) -> Bool { c >= 0x41 && c <= 0x5A }

    /// A printable ASCII byte that is not a blank, a bracket (a time after the label) or a digit
    /// (a bare recording time after it).
    private static func opensWords(_ c: UInt8) -> Bool {
        c > 0x20 && c < 0x7F && c != UInt8(ascii: "[") && c != UInt8(ascii: "(") && !(c >= 0x30 && c <= 0x39)
    }
}
