/// Numbers the label keys of a document's paragraphs (0, 1, 2… in order of first use), for the
/// passes that count or look up every paragraph's label (`LabelEvidence`).
///
/// The last label objects met are compared by identity first (`IdentityRing`), so a key is
/// copied and hashed once per object met anew rather than once per paragraph (per paragraph,
/// that was most of the label evidence's work on short turns).
struct LabelKeys {
    private(set) var keys: [String] = []
    private var numbers: [String: Int] = [:]
    private var recent = IdentityRing<SharedLabel, Int>()

    /// The number of the paragraph's label key; nil when it has no label.
    mutating func number(_ p: Paragraph) -> Int? {
        number(p.opening)
    }

    /// The number of the label key of a paragraph's shared opening; nil when it has no label.
    mutating func number(_ opening: SharedLabel?) -> Int? {
        guard let object = opening, object.hasLabel else { return nil }
        if let number = recent.value(for: object) { return number }
        let key = object.label.unsafelyUnwrapped.key
        let number: Int
        if let known = numbers[key] {
            number = known
        } else {
            number = keys.count
            keys.append(key)
            numbers[key] = number
        }
        recent.remember(object, number)
        return number
    }

    /// The number of a key already met.
    func number(ofKey key: String) -> Int? { numbers[key] }
}
