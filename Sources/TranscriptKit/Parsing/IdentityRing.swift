/// The last eight objects met, each with a value, compared by identity.
///
/// Paragraphs that open alike share one label object (`SharedLabel`) and turns go round a few
/// speakers, so what was worked out for an object is usually wanted again a line or two later:
/// comparing eight references costs less than hashing a key for every paragraph of a million
/// short turns. The objects are held, so no identity is reused while they are compared.
struct IdentityRing<Object: AnyObject, Value> {
    private var objects: [Object] = []
    private var values: [Value] = []
    private var next = 0

    init() {
        objects.reserveCapacity(8)
        values.reserveCapacity(8)
    }

    func value(for object: Object) -> Value? {
        for i in objects.indices where objects[i] === object { return values[i] }
        return nil
    }

    mutating func remember(_ object: Object, _ value: Value) {
        if objects.count < 8 {
            objects.append(object)
            values.append(value)
        } else {
            objects[next] = object
            values[next] = value
        }
        next = (next + 1) % 8
    }
}
