/// Per paragraph, the index of the participant who speaks it, or nil: 4 bytes a paragraph where
/// `[Int?]` takes 16 (a million short turns hold a million). Input stops at 1 GiB, so no
/// participant index comes near `Int32.max`.
struct SpeakerColumn {
    private var indices: [Int32]

    init(count: Int) {
        indices = Array(repeating: .min, count: count)
    }

    /// The indices as stored, `Int32.min` for nil (`BlockList`'s speaker column).
    var column: [Int32] { indices }

    subscript(index: Int) -> Int? {
        get { indices[index] == .min ? nil : Int(indices[index]) }
        set { indices[index] = newValue.map { Int32($0) } ?? .min }
    }
}
