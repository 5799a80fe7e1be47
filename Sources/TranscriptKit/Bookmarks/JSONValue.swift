import Foundation

/// A small JSON reader for Colloquy's own files: a byte-level parser into plain values,
/// several times faster on Linux than JSONDecoder or JSONSerialization.
enum JSONValue {
    case object([String: JSONValue]), array([JSONValue]), string(String), number(Double), bool(Bool), null

    subscript(key: String) -> JSONValue? { if case .object(let o) = self { return o[key] } else { return nil } }
    var string: String? { if case .string(let s) = self { return s } else { return nil } }
    var int: Int? { if case .number(let n) = self, n == n.rounded(), abs(n) < 1e15 { return Int(n) } else { return nil } }
    var bool: Bool? { if case .bool(let b) = self { return b } else { return nil } }
    var array: [JSONValue]? { if case .array(let a) = self { return a } else { return nil } }

    /// nil for anything that is not exactly one JSON value.
    static func parse(_ bytes: [UInt8]) -> JSONValue? {
        var reader = Reader(bytes: bytes)
        guard let value = reader.value(depth: 0) else { return nil }
        reader.skipSpace()
        return reader.i == bytes.count ? value : nil
    }

    private struct Reader {
        let bytes: [UInt8]
        var i = 0

        mutating func skipSpace() {
            while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
        }

        mutating func value(depth: Int) -> JSONValue? {
            guard depth < 64 else { return nil }
            skipSpace()
            guard i < bytes.count else { return nil }
            switch bytes[i] {
            case UInt8(ascii: "{"):
                i += 1
                var object: [String: JSONValue] = [:]
                skipSpace()
                if i < bytes.count && bytes[i] == UInt8(ascii: "}") { i += 1; return .object(object) }
                while true {
                    skipSpace()
                    guard i < bytes.count, bytes[i] == UInt8(ascii: "\""), let key = string() else { return nil }
                    skipSpace()
                    guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { return nil }
                    i += 1
                    guard let v = value(depth: depth + 1) else { return nil }
                    object[key] = v
                    skipSpace()
                    guard i < bytes.count else { return nil }
                    if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                    if bytes[i] == UInt8(ascii: "}") { i += 1; return .object(object) }
                    return nil
                }
            case UInt8(ascii: "["):
                i += 1
                var array: [JSONValue] = []
                skipSpace()
                if i < bytes.count && bytes[i] == UInt8(ascii: "]") { i += 1; return .array(array) }
                while true {
                    guard let v = value(depth: depth + 1) else { return nil }
                    array.append(v)
                    skipSpace()
                    guard i < bytes.count else { return nil }
                    if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                    if bytes[i] == UInt8(ascii: "]") { i += 1; return .array(array) }
                    return nil
                }
            case UInt8(ascii: "\""):
                return string().map { .string($0) }
            case UInt8(ascii: "t"): return literal("true", .bool(true))
            case UInt8(ascii: "f"): return literal("false", .bool(false))
            case UInt8(ascii: "n"): return literal("null", .null)
            default:
                return number()
            }
        }

        mutating func literal(_ word: String, _ value: JSONValue) -> JSONValue? {
            let w = Array(word.utf8)
            guard bytes.count - i >= w.count, Array(bytes[i..<(i + w.count)]) == w else { return nil }
            i += w.count
            return value
        }

        mutating func number() -> JSONValue? {
            let start = i
            while i < bytes.count, "+-0123456789.eE".utf8.contains(bytes[i]) { i += 1 }
            guard i > start, let n = Double(String(decoding: bytes[start..<i], as: UTF8.self)) else { return nil }
            return .number(n)
        }

        /// A string at `i` (which holds the opening quote), escapes decoded.
        mutating func string() -> String? {
            i += 1
            var out: [UInt8] = []
            var runStart = i
            while i < bytes.count {
                let b = bytes[i]
                if b == UInt8(ascii: "\"") {
                    out.append(contentsOf: bytes[runStart..<i])
                    i += 1
                    return String(decoding: out, as: UTF8.self)
                }
                if b < 0x20 { return nil }
                if b != UInt8(ascii: "\\") { i += 1; continue }
                out.append(contentsOf: bytes[runStart..<i])
                guard i + 1 < bytes.count else { return nil }
                let e = bytes[i + 1]
                i += 2
                switch e {
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "u"):
                    guard var scalar = hex4() else { return nil }
                    if scalar >= 0xD800 && scalar < 0xDC00 {   // a surrogate pair
                        guard i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") else { return nil }
                        i += 2
                        guard let low = hex4(), low >= 0xDC00 && low < 0xE000 else { return nil }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    }
                    Folding.appendUTF8(Unicode.Scalar(scalar) == nil ? 0xFFFD : scalar, to: &out)
                default: out.append(e)   // \" \\ \/
                }
                runStart = i
            }
            return nil
        }

        mutating func hex4() -> UInt32? {
            guard i + 4 <= bytes.count, let v = UInt32(String(decoding: bytes[i..<(i + 4)], as: UTF8.self), radix: 16) else { return nil }
            i += 4
            return v
        }
    }
}

extension BookmarkFile {
    /// Reads a bookmarks file; nil when anything is missing or mistyped (the caller then treats
    /// the file as damaged and moves it aside).
    public static func decode(_ bytes: [UInt8]) -> BookmarkFile? {
        guard let root = JSONValue.parse(bytes), let format = root["format"]?.int, let doc = root["document"],
              let sha = doc["sha256"]?.string, let name = doc["name"]?.string,
              let marks = root["bookmarks"]?.array else { return nil }
        var file = BookmarkFile(document: DocumentInfo(sha256: sha, name: name, path: doc["path"]?.string, title: doc["title"]?.string))
        file.format = format
        file.bookmarks.reserveCapacity(marks.count)
        for m in marks {
            guard let id = m["id"]?.string, let quote = m["quote"]?.string, let block = m["block"]?.int,
                  let start = m["start"]?.int, let end = m["end"]?.int, let line = m["line"]?.int,
                  let note = m["note"]?.string, let created = date(m["created"]), let updated = date(m["updated"])
            else { return nil }
            var b = Bookmark(id: id, quote: quote, exchange: m["exchange"]?.int, block: block, start: start, end: end,
                             line: line, speaker: m["speaker"]?.string, note: note, created: created, updated: updated,
                             orphaned: m["orphaned"]?.bool ?? false, deleted: m["deleted"]?.bool ?? false)
            b.revision = m["revision"]?.int ?? 1
            b.restores = m["restores"]?.int
            file.bookmarks.append(b)
        }
        if let p = root["position"] {
            guard let exchange = p["exchange"]?.int, let block = p["block"]?.int, let row = p["row"]?.int,
                  let focus = p["focus"]?.string, let tab = p["sidebarTab"]?.string, let saved = date(p["saved"])
            else { return nil }
            file.position = ReadingPosition(exchange: exchange, block: block, row: row, focus: focus, sidebarTab: tab,
                                            theme: p["theme"]?.string, saved: saved)
        }
        return file
    }

    /// `2026-11-29T20:14:23Z`, as `timestamp(_:)` writes it.
    static func date(_ value: JSONValue?) -> Date? {
        guard let text = value?.string else { return nil }
        let b = Array(text.utf8)
        guard b.count == 20, b[19] == UInt8(ascii: "Z") else { return nil }
        func number(_ from: Int, _ count: Int) -> Int32? {
            var n: Int32 = 0
            for k in from..<(from + count) {
                guard b[k] >= 0x30 && b[k] <= 0x39 else { return nil }
                n = n * 10 + Int32(b[k] - 0x30)
            }
            return n
        }
        guard let year = number(0, 4), let month = number(5, 2), let day = number(8, 2), let hour = number(11, 2),
              let minute = number(14, 2), let second = number(17, 2) else { return nil }
        var t = tm()
        t.tm_year = year - 1900; t.tm_mon = month - 1; t.tm_mday = day
        t.tm_hour = hour; t.tm_min = minute; t.tm_sec = second
        return Date(timeIntervalSince1970: TimeInterval(timegm(&t)))
    }
}
