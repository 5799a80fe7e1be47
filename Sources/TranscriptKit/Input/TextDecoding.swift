/// Turns raw bytes into UTF-8 text, or says why they are not text.
///
/// Accepted: UTF-8 with or without BOM, UTF-16 with BOM (or without one, for Latin-script
/// text), and 8-bit Windows-1252 text
/// (recognised when no valid multi-byte UTF-8 sequence appears). Stray invalid UTF-8 in
/// otherwise valid text is replaced with U+FFFD and reported as a warning.
public enum TextDecoding {
    public struct Decoded: Sendable {
        public var utf8: [UInt8]
        public var warnings: [String]
    }

    public enum Failure: Error, Equatable, Sendable {
        case binary(String)

        public var reason: String {
            switch self { case .binary(let why): return why }
        }
    }

    public static func decode(_ bytes: [UInt8]) -> Result<Decoded, Failure> {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return decodeUTF8(Array(bytes[3...]))
        }
        if bytes.starts(with: [0xFF, 0xFE]) { return .success(decodeUTF16(bytes.dropFirst(2), bigEndian: false)) }
        if bytes.starts(with: [0xFE, 0xFF]) { return .success(decodeUTF16(bytes.dropFirst(2), bigEndian: true)) }
        if let bigEndian = utf16WithoutBOM(bytes.prefix(4096)) {
            var decoded = decodeUTF16(bytes[...], bigEndian: bigEndian)
            decoded.warnings.insert("no byte-order mark: decoded as UTF-16\(bigEndian ? "BE" : "LE")", at: 0)
            return .success(decoded)
        }
        return decodeUTF8(bytes)
    }

    /// The byte order of UTF-16 written without a byte-order mark, as some Windows tools do,
    /// recognised by Latin-script text having a NUL in every other byte through most of it
    /// (seven pairs in ten); nil otherwise. `abc\0def\0` has NULs on alternate bytes only
    /// here and there: it is binary data, not two CJK characters.
    public static func utf16WithoutBOM<C: Collection>(_ sample: C) -> Bool? where C.Element == UInt8 {
        var zeros = (even: 0, odd: 0)
        for (i, byte) in sample.enumerated() where byte == 0 {
            if i % 2 == 0 { zeros.even += 1 } else { zeros.odd += 1 }
        }
        let pairs = sample.count / 2
        guard pairs >= 2 else { return nil }
        if zeros.odd * 10 >= pairs * 7 && zeros.even * 20 <= pairs { return false }   // "H\0i\0"
        if zeros.even * 10 >= pairs * 7 && zeros.odd * 20 <= pairs { return true }    // "\0H\0i"
        return nil
    }

    /// True when the bytes hold more than a stray NUL or mostly control characters, as
    /// binaries do. A NUL or two in a long text (a copying accident) does not make it binary.
    public static func looksBinary<C: Collection>(_ bytes: C) -> Bool where C.Element == UInt8 {
        var controls = 0, nuls = 0, count = 0
        for byte in bytes {
            count += 1
            if byte == 0 {
                nuls += 1
            } else if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C && byte != 0x1B {
                controls += 1
            }
        }
        return looksBinary(Census(nuls: nuls, controls: controls), count: count)
    }

    static func looksBinary(_ census: Census, count: Int) -> Bool {
        count > 0 && (census.nuls * 1000 > count || census.controls * 10 > count)
    }

    private static func decodeUTF8(_ bytes: [UInt8]) -> Result<Decoded, Failure> {
        let census = bytes.withUnsafeBufferPointer(census)
        if looksBinary(census, count: bytes.count) {
            return .failure(.binary(census.nuls > 0 ? "binary data (NUL bytes)" : "binary data (control bytes)"))
        }
        if census.nuls > 0 {
            let kept = bytes.filter { $0 != 0 }
            return decodeUTF8(kept).map { decoded in
                var noted = decoded
                noted.warnings.insert("\(bytes.count - kept.count) NUL byte(s) removed", at: 0)
                return noted
            }
        }
        // ASCII is UTF-8 as it stands: only text with other bytes needs checking.
        if !census.nonASCII || bytes.withUnsafeBufferPointer(isValidUTF8) {
            return .success(Decoded(utf8: bytes, warnings: []))
        }
        let scan = scanUTF8(bytes)
        if scan.validMultiByte == 0 {
            return .success(Decoded(utf8: windows1252ToUTF8(bytes),
                                    warnings: ["not UTF-8: decoded as Windows-1252"]))
        }
        let repaired = Array(String(decoding: bytes, as: UTF8.self).utf8)
        let where_ = scan.firstInvalidLine.map { " (first on line \($0))" } ?? ""
        return .success(Decoded(utf8: repaired,
                                warnings: ["\(scan.invalid) invalid UTF-8 sequence(s) replaced with U+FFFD\(where_)"]))
    }

    private static func decodeUTF16(_ body: ArraySlice<UInt8>, bigEndian: Bool) -> Decoded {
        var units: [UInt16] = []
        units.reserveCapacity(body.count / 2)
        var index = body.startIndex
        while index + 1 < body.endIndex {
            let a = UInt16(body[index]), b = UInt16(body[index + 1])
            units.append(bigEndian ? (a << 8 | b) : (b << 8 | a))
            index += 2
        }
        var warnings: [String] = []
        if body.count % 2 != 0 { warnings.append("UTF-16 text ends with half a character") }
        return Decoded(utf8: Array(String(decoding: units, as: UTF16.self).utf8), warnings: warnings)
    }

    /// What `looksBinary` counts, and whether any byte is beyond ASCII, in one pass that takes
    /// eight bytes at a time: on a large file this pass and the check after it were a third of
    /// the time before parsing.
    struct Census: Equatable { var nuls = 0; var controls = 0; var nonASCII = false }

    static func census(_ b: UnsafeBufferPointer<UInt8>) -> Census {
        var census = Census()
        var high: UInt64 = 0
        var i = 0
        let n = b.count
        while i < n {
            if i + 8 <= n {
                let x = EightBytes.load(b, i)
                high |= EightBytes.nonASCII(x)
                if EightBytes.below(x, 0x20) == 0 {
                    i += 8
                    continue
                }
            }
            for j in i..<min(i + 8, n) {
                let byte = b[j]
                if byte == 0 {
                    census.nuls += 1
                } else if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C && byte != 0x1B {
                    census.controls += 1
                } else if byte >= 0x80 {
                    census.nonASCII = true
                }
            }
            i = min(i + 8, n)
        }
        census.nonASCII = census.nonASCII || high != 0
        return census
    }

    /// Whether the bytes are well-formed UTF-8 (as `String(validating:)` judges, without
    /// making a copy of them): runs of ASCII are passed over eight bytes at a time.
    static func isValidUTF8(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = b.count
        while i < n {
            if i + 8 <= n && EightBytes.nonASCII(EightBytes.load(b, i)) == 0 {
                i += 8
                continue
            }
            let c = b[i]
            if c < 0x80 {
                i += 1
                continue
            }
            // The second byte's range excludes overlong forms, surrogates and scalars past U+10FFFF.
            var length = 3
            var low: UInt8 = 0x80, high: UInt8 = 0xBF
            switch c {
            case 0xC2...0xDF: length = 2
            case 0xE0: low = 0xA0
            case 0xE1...0xEC, 0xEE, 0xEF: break
            case 0xED: high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return false
            }
            guard i + length <= n, b[i + 1] >= low, b[i + 1] <= high else { return false }
            for k in 2..<length where b[i + k] & 0xC0 != 0x80 { return false }
            i += length
        }
        return true
    }

    private struct Scan { var invalid = 0; var validMultiByte = 0; var firstInvalidLine: Int? }

    private static func scanUTF8(_ bytes: [UInt8]) -> Scan {
        var scan = Scan()
        var line = 1
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                if b == 0x0A { line += 1 }
                i += 1
                continue
            }
            let length = b >= 0xF0 && b <= 0xF4 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 && b <= 0xDF ? 2 : 0
            var ok = length > 0 && i + length <= n
            if ok {
                for k in 1..<length where bytes[i + k] & 0xC0 != 0x80 { ok = false }
            }
            if ok {
                scan.validMultiByte += 1
                i += length
            } else {
                scan.invalid += 1
                if scan.firstInvalidLine == nil { scan.firstInvalidLine = line }
                i += 1
            }
        }
        return scan
    }

    /// Windows-1252's 0x80–0x9F block; the rest of the range is Latin-1.
    private static let cp1252High: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]

    private static func windows1252ToUTF8(_ bytes: [UInt8]) -> [UInt8] {
        var scalars = String.UnicodeScalarView()
        for b in bytes {
            let value = b >= 0x80 && b < 0xA0 ? cp1252High[Int(b - 0x80)] : UInt32(b)
            scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
        }
        return Array(String(scalars).utf8)
    }
}
