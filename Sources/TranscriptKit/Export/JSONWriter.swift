/// A small JSON writer: keys stay in the order the contract documents them.
struct JSONWriter {
    private(set) var output: [UInt8] = []
    private var needsComma = [false]

    init() { output.reserveCapacity(1 << 16) }

    mutating func beginObject() { value(); output.append(UInt8(ascii: "{")); needsComma.append(false) }
    mutating func endObject() { needsComma.removeLast(); output.append(UInt8(ascii: "}")) }
    mutating func beginArray() { value(); output.append(UInt8(ascii: "[")); needsComma.append(false) }
    mutating func endArray() { needsComma.removeLast(); output.append(UInt8(ascii: "]")) }

    mutating func key(_ name: String) {
        value()
        quoted(name)
        output.append(UInt8(ascii: ":"))
        needsComma[needsComma.count - 1] = false
    }

    mutating func string(_ s: String?) {
        guard let s else { return null() }
        value()
        quoted(s)
    }

    /// Control characters are escaped, C1 ones (U+0080–U+009F) too: JSON allows them raw, but
    /// a terminal showing the output could take U+009B for the start of an escape sequence.
    private mutating func quoted(_ s: String) {
        output.append(UInt8(ascii: "\""))
        var c1Lead = false
        for b in s.utf8 {
            if c1Lead {
                c1Lead = false
                if b < 0xA0 { escape(b); continue }
                output.append(0xC2)
            }
            switch b {
            case UInt8(ascii: "\""): output.append(contentsOf: [0x5C, 0x22])
            case UInt8(ascii: "\\"): output.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: output.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x0D: output.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            case 0x09: output.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            case 0..<0x20, 0x7F: escape(b)
            case 0xC2: c1Lead = true
            default: output.append(b)
            }
        }
        output.append(UInt8(ascii: "\""))
    }

    private mutating func escape(_ scalar: UInt8) {
        let digits = Array("0123456789abcdef".utf8)
        output.append(contentsOf: Array("\\u00".utf8) + [digits[Int(scalar >> 4)], digits[Int(scalar & 0xF)]])
    }

    mutating func int(_ n: Int?) {
        guard let n else { return null() }
        value()
        output.append(contentsOf: Array(String(n).utf8))
    }

    /// A line break between values, for files people may read.
    mutating func newline() { output.append(0x0A) }

    mutating func bool(_ b: Bool) { value(); output.append(contentsOf: Array((b ? "true" : "false").utf8)) }

    mutating func null() { value(); output.append(contentsOf: Array("null".utf8)) }

    mutating func field(_ name: String, _ s: String?) { key(name); string(s) }
    mutating func field(_ name: String, _ n: Int?) { key(name); int(n) }
    mutating func field(_ name: String, strings: [String]) {
        key(name)
        beginArray()
        for s in strings { string(s) }
        endArray()
    }

    private mutating func value() {
        if needsComma[needsComma.count - 1] { output.append(UInt8(ascii: ",")) }
        needsComma[needsComma.count - 1] = true
    }
}
