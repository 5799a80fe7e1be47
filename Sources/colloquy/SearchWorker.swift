import Dispatch
import Foundation
import ReaderCore
import TranscriptKit

/// Runs searches off the drawing path: typing never waits for a search, and a newer query
/// cancels the one in progress.
final class SearchWorker: @unchecked Sendable {
    private let queue = DispatchQueue(label: "colloquy.search")
    private let lock = NSLock()
    private var latest = 0
    private var finished: [(SearchResult, Int)] = []
    private let index: SearchIndex

    init(index: SearchIndex, countries: LazyEntityIndex) {
        self.index = index
        // Fold the text for searching on one thread, and index the entities on another, so the
        // first search or country pick is as quick as the rest and neither waits on the other;
        // both after the first frame, at lower priority (`BackgroundWork`). A search asked for
        // meanwhile waits for the folded text, as it did queued behind it.
        BackgroundWork.start { index.warm() }
        countries.buildInBackground()
    }

    func start(_ query: SearchQuery, generation: Int) {
        lock.withLock { latest = generation }
        queue.async { [self] in
            let result = index.search(query, isCancelled: { self.lock.withLock { self.latest != generation } })
            lock.withLock { finished.append((result, generation)) }
        }
    }

    /// Results that arrived since the last call.
    func collect() -> [(SearchResult, Int)] {
        lock.withLock {
            defer { finished.removeAll() }
            return finished
        }
    }
}

/// Earlier searches, one per line, in `$XDG_STATE_HOME/colloquy/history`: a regular expression
/// as `regex`, a tab and the pattern (a query typed in the prompt cannot hold a tab, so older
/// files, all plain text, read as they always did).
enum SearchHistory {
    static var file: URL { Config.userFolder("XDG_STATE_HOME", else: ".local/state").appendingPathComponent("history") }

    static let regexMark = "regex\t"

    static func load() -> [SearchQuery] {
        guard let bytes = try? DocumentInput.read(path: file.path, limit: 1 << 20, refusingBinary: false) else { return [] }
        return String(decoding: bytes, as: UTF8.self).split(separator: "\n").suffix(200).map { line in
            line.hasPrefix(regexMark) ? SearchQuery(String(line.dropFirst(regexMark.count)), isRegex: true) : SearchQuery(String(line))
        }
    }

    /// Written to a temporary file and renamed into place, so a crash never leaves half a file.
    /// Failure is not worth interrupting the reader for: the history is a convenience.
    static func save(_ entries: [SearchQuery]) {
        let folder = file.deletingLastPathComponent()
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let lines = entries.map { ($0.isRegex ? regexMark : "") + $0.text.replacingOccurrences(of: "\n", with: " ") }
        let text = lines.joined(separator: "\n") + "\n"
        let temporary = folder.appendingPathComponent(".history.\(getpid()).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: Data(text.utf8)) else { return }
        if rename(temporary.path, file.path) != 0 { try? FileManager.default.removeItem(at: temporary) }
    }
}
