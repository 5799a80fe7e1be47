import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What the library view knows of a document once parsed (its entry and its countries), kept
/// in `$XDG_CACHE_HOME/colloquy/library/VERSION/` under a hash of the document's bytes, so that
/// reopening a library reads summaries instead of parsing every document again; and under the
/// file's identity (device, inode, size, times), so that a reopened library whose files have
/// not changed reads none of them.
///
/// One small file per document: a reader never meets another's half-written file (each is
/// written aside and renamed into place), two writers of the same key write the same bytes,
/// and a file that does not decode (torn, damaged, another version's) is removed and the
/// document parsed again, never trusted. `VERSION` names the program that wrote it: a new build
/// of the parser starts a new folder.
public struct LibraryCache: Sendable {
    public let folder: String

    /// Summaries of one parser version: `version` should change whenever the parser may.
    public init(folder: String, version: String) {
        self.folder = folder + "/" + version.filter { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "." }
    }

    /// `$XDG_CACHE_HOME/colloquy/library`, default `~/.cache/colloquy/library`.
    public static func standardFolder(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        UserFolders.path("XDG_CACHE_HOME", else: ".cache", environment: environment) + "/library"
    }

    /// A document's summary as the cache keeps it.
    public struct Summary: Equatable, Sendable {
        public var title: String?
        /// A date found in the text (not the file's time, which belongs to the path).
        public var date: String?
        public var participants: [String]
        public var exchanges: Int
        /// Its countries; in a kind's file (`KEY.people`, `KEY.topics`…), that kind's entities alone.
        public var countries: [Country]

        public struct Country: Equatable, Sendable { public var code: String, name: String, mentions: Int }
    }

    /// The key of some bytes: two 64-bit FNV-1a hashes (of the bytes, and of them from another
    /// seed) and the length. A cache only needs collisions to be unlikely, and this reads a
    /// library's 60 MB several times faster than SHA-256 does.
    public static func key(of bytes: [UInt8]) -> String {
        var a: UInt64 = 0xcbf2_9ce4_8422_2325, b: UInt64 = 0x8422_2325_cbf2_9ce4
        bytes.withUnsafeBufferPointer { buffer in
            for byte in buffer {
                a = (a ^ UInt64(byte)) &* 0x100_0000_01b3
                b = (b ^ UInt64(byte)) &* 0x100_0000_01b3 ^ (b >> 29)
            }
        }
        return String(a, radix: 16) + String(b, radix: 16) + "-" + String(bytes.count)
    }

    /// Seconds a file must have been left alone before the cache finds it by its `FileStamp`
    /// (a file changed in the last moments is found by its bytes only, as git treats a file
    /// as new as its index).
    public var settling: Int = 2

    public func load(_ key: String) -> Summary? {
        let path = folder + "/" + key
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        guard let summary = Self.decode(String(decoding: data, as: UTF8.self)) else {
            unlink(path)   // damaged: parsed again and rewritten
            return nil
        }
        return summary
    }

    /// Writes aside, then renames into place; a cache that cannot be written is only slower.
    /// `alsoAs`: a second key (the file's identity) given the same file by a hard link.
    public func store(_ summary: Summary, key: String, alsoAs second: String? = nil) {
        let path = folder + "/" + key
        let temporary = folder + "/." + key + ".\(getpid()).\(UInt32.random(in: 0...UInt32.max))"
        let bytes = Array(Self.encode(summary).utf8)
        var fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        if fd < 0 && errno == ENOENT {
            // The first summary of this build: its folder is made now.
            try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        }
        guard fd >= 0 else { return }
        let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
        guard written == bytes.count else { unlink(temporary); return }
        if let second {
            // Linked before the rename, so neither name ever shows a file half written.
            let other = folder + "/" + second
            if link(temporary, other) != 0 && errno == EEXIST {
                unlink(other)
                _ = link(temporary, other)
            }
        }
        if rename(temporary, path) != 0 { unlink(temporary) }
    }

    /// `colloquy-library 1`, one `field<TAB>value` a line, and `end N` counting the lines
    /// before it: a file cut short anywhere fails to decode.
    static func encode(_ s: Summary) -> String {
        func clean(_ text: String) -> String { String(text.map { $0 == "\t" || $0.isNewline ? " " : $0 }) }
        var lines = ["colloquy-library 1", "title\t" + (s.title.map(clean) ?? ""), "date\t" + (s.date ?? ""),
                     "exchanges\t\(s.exchanges)"]
        lines += s.participants.map { "participant\t" + clean($0) }
        lines += s.countries.map { "country\t\(clean($0.code))\t\(clean($0.name))\t\($0.mentions)" }
        return lines.joined(separator: "\n") + "\nend \(lines.count)\n"
    }

    static func decode(_ text: String) -> Summary? {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.last == "", lines.count >= 6, lines.first == "colloquy-library 1" else { return nil }
        lines.removeLast()
        guard let end = lines.popLast(), end == "end \(lines.count)" else { return nil }
        var summary = Summary(title: nil, date: nil, participants: [], exchanges: 0, countries: [])
        for line in lines.dropFirst() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            switch (fields.first, fields.count) {
            case ("title", 2): summary.title = fields[1].isEmpty ? nil : fields[1]
            case ("date", 2): summary.date = fields[1].isEmpty ? nil : fields[1]
            case ("exchanges", 2):
                guard let n = Int(fields[1]), n >= 0 else { return nil }
                summary.exchanges = n
            case ("participant", 2): summary.participants.append(fields[1])
            case ("country", 4):
                guard let n = Int(fields[3]), n > 0 else { return nil }
                summary.countries.append(.init(code: fields[1], name: fields[2], mentions: n))
            default: return nil
            }
        }
        return summary
    }
}
