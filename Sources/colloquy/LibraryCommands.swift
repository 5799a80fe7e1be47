import Foundation
import TranscriptKit

/// The printing commands over a library (a folder, or several files): every document parsed on
/// every core, the output in the library's order. Files that are not transcripts are skipped
/// and counted on standard error; a library with no transcript at all is an error.
enum LibraryCommands {
    /// A folder, or more than one path.
    static func wanted(_ arguments: Arguments) -> Bool {
        arguments.command.readsLibraries && (arguments.files.count > 1 || arguments.files.contains(where: LibraryFiles.isFolder))
    }

    static func run(_ arguments: Arguments) -> Int32 {
        var flags = SpeakerOverrides()
        do {
            for entry in arguments.speakers { try flags.add(entry) }
        } catch {
            Output.error("colloquy: \(error.description)")
            return 2
        }
        if arguments.explain || arguments.filter != nil {
            Output.error("colloquy: \(arguments.explain ? "--explain" : "--filter") reads one document at a time")
            return 2
        }
        let query = SearchQuery(arguments.pattern ?? "", isRegex: arguments.regex)
        if arguments.command == .grep, let error = SearchIndex(document: TranscriptParser.parse("", name: "pattern")).search(query).error {
            Output.error("colloquy: invalid pattern: \(error)")
            return 2
        }
        let files = LibraryFiles(arguments.files)
        if arguments.command == .read && Output.isTerminal {
            guard !files.paths.isEmpty else {
                if let summary = LibraryFiles.summary(files.skipped) { Output.error("colloquy: \(summary)") }
                Output.error("colloquy: \(arguments.files.joined(separator: ", ")): no readable transcript")
                return 1
            }
            return LibraryReader.run(files, arguments, flags: flags)
        }
        var skipped = files.skipped
        var parsed = 0
        // Only the JSON export prints the SHA-256; it was a tenth of the other commands' time.
        let hashing = arguments.command == .export
        /// `work` on every core, `take` in the library's order. A document the screen turns away
        /// (it certainly holds no hit) is read but not parsed: `screenedOut` says what it gives.
        func each<T>(screen: TextScreen? = nil, screenedOut: @escaping (String) -> T? = { _ in nil },
                     _ work: @escaping (Document, LibraryEntry) -> T, take: (T) -> Void) {
            Library.inOrder(files.paths.count, work: { index -> (T?, LibraryFiles.Skip?, Bool) in
                switch Library.read(files.paths[index], flags: flags, hashing: hashing, screen: screen) {
                case .parsed(let document, let entry): return (work(document, entry), nil, true)
                case .screenedOut: return (screenedOut(files.paths[index]), nil, true)
                case .skipped(let why): return (nil, why, false)
                }
            }, deliver: { index, result in
                if let why = result.1 { skipped.append((files.paths[index], why)) }
                if result.2 { parsed += 1 }
                if let out = result.0 { take(out) }
            })
        }
        var status: Int32 = 0
        switch arguments.command {
        case .grep:
            let countOnly = arguments.countOnly
            status = grep(query, countOnly: countOnly) {
                each(screen: TextScreen(query), screenedOut: { countOnly ? "\(Printable.sanitized($0)):0\n" : nil }, $0,
                     take: { Output.write($0) })
            }
        case .export:
            let format = arguments.exportFormat
            each({ document, _ -> String in
                switch format {
                case .json: return String(decoding: document.json(entities: EntityIndex(document: document)), as: UTF8.self)
                case .markdown: return Output.isTerminal ? Printable.sanitized(document.markdown()) : document.markdown()
                case .text: return Output.isTerminal ? Printable.sanitized(document.plainText()) : document.plainText()
                }
            }, take: { Output.write($0) })
        case .countries, .people, .organisations, .topics:
            let kind: EntityKind = switch arguments.command {
            case .people: .people
            case .organisations: .organisations
            case .topics: .topics
            default: .countries
            }
            var tally = EntityTally()
            each({ document, entry in (EntityIndex.build(kind, document).entities, entry.path) },
                 take: { tally.add($0.0, path: $0.1) })
            Output.write(Printable.sanitized(tally.listing(codes: kind == .countries || kind == .organisations)))
        default:
            each({ _, entry in Printable.sanitized(outlineLine(entry)) }, take: { Output.write($0) })
        }
        if let summary = LibraryFiles.summary(skipped) { Output.error("colloquy: \(summary)") }
        if parsed == 0 {
            Output.error("colloquy: \(arguments.files.joined(separator: ", ")): no readable transcript")
            return 1
        }
        return status
    }

    /// `01-briefing.md  2021-09-15  9 exchanges  20 KB  Background Press Call  [Moderator, Q]`.
    static func outlineLine(_ entry: LibraryEntry) -> String {
        let people = entry.participants.isEmpty ? "" : "  [" + entry.participants.prefix(6).joined(separator: ", ")
            + (entry.participants.count > 6 ? ", …" : "") + "]"
        return "\(entry.path)  \(entry.dateText)  \(entry.exchanges) exchange\(entry.exchanges == 1 ? "" : "s")  \(entry.sizeText)  \(entry.title.split(whereSeparator: \.isNewline).joined(separator: " "))\(people)\n"
    }

    /// `FILE:EXCHANGE:LINE: context` for every hit; `FILE:N` with `-c`. Exit 1 when nothing matched.
    private static func grep(_ query: SearchQuery, countOnly: Bool, each: (@escaping (Document, LibraryEntry) -> String) -> Void) -> Int32 {
        let colour = Output.isTerminal && !Themes.noColour
        let found = Counter()
        each { document, entry in
            let result = SearchIndex(document: document).search(query)
            found.add(result.hits.count)
            if result.isTruncated { Output.error("colloquy: \(entry.path): the pattern took too long; stopped early") }
            if countOnly { return "\(Printable.sanitized(entry.path)):\(result.hits.count)\n" }
            var out = ""
            var first = 0
            while first < result.hits.count {
                var end = first + 1
                while end < result.hits.count && result.hits[end].block == result.hits[first].block { end += 1 }
                for line in Grep.lines(for: result.hits[first..<end], in: document, query: query, colour: colour) {
                    out += Printable.sanitized(entry.path) + ":" + line + "\n"
                }
                first = end
            }
            return out
        }
        return found.total == 0 ? 1 : 0
    }
}

/// Hits counted from every core.
private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func add(_ n: Int) { lock.lock(); count += n; lock.unlock() }
    var total: Int { lock.lock(); defer { lock.unlock() }; return count }
}

/// Entities summed over the library, each with its mentions per document.
struct EntityTally {
    private struct Row { var code: String; var name: String; var mentions = 0; var documents: [(String, Int)] = [] }
    private var rows: [String: Row] = [:]

    mutating func add(_ entities: [MentionIndex.Entity], path: String) {
        for e in entities {
            var row = rows[e.code] ?? Row(code: e.code, name: e.name)
            row.mentions += e.mentions
            row.documents.append((path, e.mentions))
            rows[e.code] = row
        }
    }

    /// `LY  Libya  32  documents: 2  a.md (30), b.md (2)`, most mentioned first (ties by name);
    /// each entity's documents by mentions, ties in the library's order.
    func listing(codes: Bool) -> String {
        rows.values.sorted { ($0.mentions, $1.name) > ($1.mentions, $0.name) }.map { row in
            let documents = row.documents.enumerated().sorted { ($0.element.1, $1.offset) > ($1.element.1, $0.offset) }
                .map { "\($0.element.0) (\($0.element.1))" }
            return (codes ? "\(row.code)  " : "") + "\(row.name)  \(row.mentions)  documents: \(row.documents.count)  "
                + documents.joined(separator: ", ") + "\n"
        }.joined()
    }
}
