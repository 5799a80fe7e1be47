import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What the library lists about one document: enough to choose it, kept after its parse is
/// let go (a library of a thousand documents does not hold a thousand parses).
public struct LibraryEntry: Sendable, Equatable {
    public var path: String
    public var bytes: Int
    public var title: String
    /// `YYYY-MM-DD`, from the text or else the file's modification time (`dateFromFile`).
    public var date: String?
    public var dateFromFile = false
    public var participants: [String] = []
    public var exchanges = 0

    /// An entry known only from the file system, before its parse: the list shows it at once.
    public init(path: String) {
        self.path = path
        title = (path as NSString).lastPathComponent
        var info = stat()
        if stat(path, &info) == 0 {
            bytes = Int(info.st_size)
            date = Self.day(of: info.st_mtim.tv_sec)
            dateFromFile = true
        } else {
            bytes = 0
        }
    }

    /// The entry of a parsed document, its date read from the start of its text.
    public init(path: String, document: Document, text: UnsafeBufferPointer<UInt8>) {
        self.init(path: path)
        if let title = document.title, !title.isEmpty { self.title = title }
        if let found = DocumentDate.find(in: String(decoding: UnsafeBufferPointer(rebasing: text.prefix(8192)), as: UTF8.self)) {
            date = found
            dateFromFile = false
        }
        participants = document.participants.filter { $0.role != .other }.map(\.name)
        if participants.isEmpty { participants = document.participants.map(\.name) }
        exchanges = document.exchanges.count
    }

    static func day(of seconds: Int) -> String {
        var time = time_t(seconds)
        var parts = tm()
        gmtime_r(&time, &parts)
        func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))"
    }
}

/// Reading many documents: each parsed on whichever core is free, the results handed on in
/// the library's order so that output does not depend on which parse finished first.
public enum Library {
    /// One document of the library, parsed, or why it was skipped.
    public enum Read: Sendable {
        case parsed(Document, LibraryEntry)
        case skipped(LibraryFiles.Skip)
        /// Read, and certainly without a hit of the query it was screened for: not parsed.
        case screenedOut
    }

    /// Reads and parses `path` with the speaker sidecar beside it and `flags` (which win).
    /// `hashing`: work out the SHA-256 that keys its bookmarks (the reader needs it; listing does not).
    /// `screen`: a search's screen; a document it turns away is not parsed (`.screenedOut`).
    public static func read(_ path: String, flags: SpeakerOverrides = SpeakerOverrides(), hashing: Bool = true,
                            screen: TextScreen? = nil) -> Read {
        let bytes: [UInt8]
        do {
            bytes = try DocumentInput.read(path: path)
        } catch {
            return .skipped(error.reason.hasPrefix("binary") ? .binary : .unreadable)
        }
        let sidecar = FileManager.default.contents(atPath: path + ".speakers")
        return parse(bytes, path: path, sidecar: sidecar, flags: flags, hashing: hashing, screen: screen)
    }

    private static func parse(_ bytes: [UInt8], path: String, sidecar: Data?, flags: SpeakerOverrides, hashing: Bool,
                              screen: TextScreen? = nil) -> Read {
        var overrides = SpeakerOverrides()
        if let sidecar {
            // A broken sidecar in a library costs its corrections, not the document.
            try? overrides.add(file: String(decoding: sidecar, as: UTF8.self), name: path + ".speakers")
        }
        overrides.merge(flags)
        switch TextDecoding.decode(bytes) {
        case .failure: return .skipped(.binary)
        case .success(let decoded):
            if let screen, !screen.mayMatch(decoded.utf8) { return .screenedOut }
            let document = TranscriptParser.parse(utf8: decoded.utf8, name: path, sha256: hashing ? SHA256.hex(of: bytes) : "",
                                                  warnings: decoded.warnings, overrides: overrides)
            let entry = decoded.utf8.withUnsafeBufferPointer { LibraryEntry(path: path, document: document, text: $0) }
            return .parsed(document, entry)
        }
    }

    /// A document's entry and countries, as the library view lists them: from `cache` when it
    /// holds this file's summary (found by the file's identity without reading it, else by its
    /// bytes), else parsed (and then kept there). Documents corrected by a sidecar or
    /// `--speaker` are always parsed: the cache is keyed by the text alone.
    public static func summarise(_ path: String, flags: SpeakerOverrides = SpeakerOverrides(),
                                 cache: LibraryCache?) -> (entry: LibraryEntry?, countries: [(code: String, name: String, mentions: Int)], skipped: LibraryFiles.Skip?) {
        let cache = flags.isEmpty && access(path + ".speakers", F_OK) != 0 ? cache : nil
        let stamp = cache == nil ? nil : FileStamp(path: path)
        if let cache, let stamp, let kept = cache.load(stamp.key) { return summarised(path, kept) }
        let settled = stamp.flatMap { stamp in cache.map { stamp.isSettled(for: $0.settling) } } == true
        let bytes: [UInt8]
        do {
            bytes = try DocumentInput.read(path: path)
        } catch {
            return (nil, [], error.reason.hasPrefix("binary") ? .binary : .unreadable)
        }
        let key = cache.map { _ in LibraryCache.key(of: bytes) }
        if let cache, let key, let kept = cache.load(key) {
            if let stamp, settled { cache.store(kept, key: stamp.key) }
            return summarised(path, kept)
        }
        let sidecar = cache == nil ? FileManager.default.contents(atPath: path + ".speakers") : nil
        switch parse(bytes, path: path, sidecar: sidecar, flags: flags, hashing: false) {
        case .skipped(let why): return (nil, [], why)
        case .screenedOut: return (nil, [], nil)
        case .parsed(let document, let entry):
            let countries = LibraryMentions.summary(MentionIndex(document: document))
            if let cache, let key {
                let summary = LibraryCache.Summary(title: document.title.flatMap { $0.isEmpty ? nil : $0 }, date: entry.dateFromFile ? nil : entry.date,
                                                   participants: entry.participants, exchanges: entry.exchanges,
                                                   countries: countries.map { .init(code: $0.code, name: $0.name, mentions: $0.mentions) })
                cache.store(summary, key: key, alsoAs: settled ? stamp?.key : nil)
            }
            return (entry, countries, nil)
        }
    }

    /// A document's people, organisations or topics (`kind`), for the library's picker: from
    /// `cache` when it holds them (by the file's identity, else its bytes; kept under the key
    /// and the kind's name), else parsed and indexed (and then kept there), as `summarise` does.
    public static func entities(_ kind: EntityKind, _ path: String, flags: SpeakerOverrides = SpeakerOverrides(),
                                cache: LibraryCache?) -> [(code: String, name: String, mentions: Int)]? {
        let cache = flags.isEmpty && access(path + ".speakers", F_OK) != 0 ? cache : nil
        func found(_ kept: LibraryCache.Summary) -> [(code: String, name: String, mentions: Int)] {
            kept.countries.map { ($0.code, $0.name, $0.mentions) }
        }
        let suffix = "." + kind.rawValue
        let stamp = cache == nil ? nil : FileStamp(path: path)
        if let cache, let stamp, let kept = cache.load(stamp.key + suffix) { return found(kept) }
        let settled = stamp.flatMap { stamp in cache.map { stamp.isSettled(for: $0.settling) } } == true
        guard let bytes = try? DocumentInput.read(path: path) else { return nil }
        let key = cache.map { _ in LibraryCache.key(of: bytes) + suffix }
        if let cache, let key, let kept = cache.load(key) {
            if let stamp, settled { cache.store(kept, key: stamp.key + suffix) }
            return found(kept)
        }
        let sidecar = cache == nil ? FileManager.default.contents(atPath: path + ".speakers") : nil
        guard case .parsed(let document, _) = parse(bytes, path: path, sidecar: sidecar, flags: flags, hashing: false) else { return nil }
        let entities = LibraryMentions.summary(EntityIndex.build(kind, document))
        if let cache, let key {
            // Kept in a summary's form, its entities in the countries' lines.
            let kept = LibraryCache.Summary(title: nil, date: nil, participants: [], exchanges: 0,
                                            countries: entities.map { .init(code: $0.code, name: $0.name, mentions: $0.mentions) })
            cache.store(kept, key: key, alsoAs: settled ? stamp.map { $0.key + suffix } : nil)
        }
        return entities
    }

    /// The entry and countries a cached summary gives.
    private static func summarised(_ path: String, _ kept: LibraryCache.Summary) -> (entry: LibraryEntry?, countries: [(code: String, name: String, mentions: Int)], skipped: LibraryFiles.Skip?) {
        var entry = LibraryEntry(path: path)
        if let title = kept.title { entry.title = title }
        if let date = kept.date { entry.date = date; entry.dateFromFile = false }
        entry.participants = kept.participants
        entry.exchanges = kept.exchanges
        return (entry, kept.countries.map { ($0.code, $0.name, $0.mentions) }, nil)
    }

    /// Runs `work` for every index on every core; `deliver` gets the results one at a time, in
    /// index order, as soon as all before them are done (so a pipe's reader sees the first
    /// lines early, and memory holds only results waiting for a slower one before them).
    public static func inOrder<T>(_ count: Int, work: (Int) -> T, deliver: (Int, T) -> Void) {
        let queue = Waiting<T>(count)
        withoutActuallyEscaping(work) { work in
            withoutActuallyEscaping(deliver) { deliver in
                let box = Unchecked((work, deliver))
                DispatchQueue.concurrentPerform(iterations: count) { index in
                    let result = box.value.0(index)
                    queue.put(index, result, deliver: box.value.1)
                }
            }
        }
    }

    /// Results that came back before their turn.
    private final class Waiting<T>: @unchecked Sendable {
        private let lock = NSLock()
        private var results: [T?]
        private var next = 0

        init(_ count: Int) { results = Array(repeating: nil, count: count) }

        func put(_ index: Int, _ result: T, deliver: (Int, T) -> Void) {
            lock.lock()
            defer { lock.unlock() }
            results[index] = result
            while next < results.count, let ready = results[next] {
                results[next] = nil
                deliver(next, ready)
                next += 1
            }
        }
    }

    /// Closures run only inside `inOrder`, which waits for all of them; the lock in `Waiting`
    /// serialises `deliver`, and `work` is called on separate indices.
    private struct Unchecked<V>: @unchecked Sendable { var value: V; init(_ v: V) { value = v } }
}

extension LibraryEntry {
    /// `812 B`, `20 KB`, `1.4 MB`: sizes as the list and `outline` show them.
    public var sizeText: String {
        if bytes < 1000 { return "\(bytes) B" }
        if bytes < 1_000_000 { return "\((bytes + 500) / 1000) KB" }
        let tenths = (bytes + 50_000) / 100_000
        return tenths < 100 ? "\(tenths / 10).\(tenths % 10) MB" : "\(tenths / 10) MB"
    }

    /// `2021-09-15`, or `2021-09-15 (file)` when the date is the file's, not the text's.
    public var dateText: String { (date ?? "no date") + (dateFromFile ? " (file)" : "") }
}
