/// `Turn`'s numbers as the rules read them, stored in 32 bits (input stops at 1 GiB,
/// `DocumentInput.defaultLimit`, so no paragraph index or word count comes near `Int32.max`).
extension Turn {
    init(speaker: Int, first: Int, last: Int) {
        speaker32 = Int32(speaker)
        first32 = Int32(first)
        last32 = Int32(last)
    }

    var speaker: Int {
        get { Int(speaker32) }
        set { speaker32 = Int32(newValue) }
    }
    var first: Int {
        get { Int(first32) }
        set { first32 = Int32(newValue) }
    }
    var last: Int {
        get { Int(last32) }
        set { last32 = Int32(newValue) }
    }
    var paragraphCount: Int {
        get { Int(paragraphCount32) }
        set { paragraphCount32 = Int32(newValue) }
    }
    var words: Int {
        get { Int(words32) }
        set { words32 = Int32(newValue) }
    }
    var nextSpeaker: Int? {
        get { nextSpeaker32 == .min ? nil : Int(nextSpeaker32) }
        set { nextSpeaker32 = newValue.map { Int32($0) } ?? .min }
    }
}
