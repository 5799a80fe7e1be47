import Dispatch
import Foundation
import Glibc
import ReaderCore
import TranscriptKit

/// The shapes that once made the reader hang (issue 19), timed as the reader meets them: update
/// plus render at 200×60, on this thread, as a key is handled in the live reader.
enum BenchHostile {
    static func run(_ transcript: Document) {
        paragraph()
        marks(transcript)
        keysWhileIndexing(transcript)
    }

    /// 10 MB of one-line turns (`yes $'Q: why?\nA: because.' | head -c 10M`), outlined by this
    /// binary in a process of its own against `wc -w`, in processor time. Run before the bench
    /// grows: a child's peak resident memory starts from its parent's size at the fork.
    static func shortTurns() {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("colloquy-bench-turns-\(getpid()).txt")
        defer { try? FileManager.default.removeItem(at: file) }
        let pair = Array("Q: why?\nA: because.\n".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(10 << 20 + pair.count)
        while bytes.count < 10 << 20 { bytes += pair }
        guard (try? Data(bytes.prefix(10 << 20)).write(to: file)) != nil,
              let wcMs = child("/usr/bin/wc", ["-w", file.path]),
              let outlineMs = child("/proc/self/exe", ["outline", file.path]) else { return }
        var usage = rusage()
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        let peakMiB = Double(usage.ru_maxrss) / 1024
        Bench.report("hostile: 10 MB of one-line turns, 'colloquy outline', cpu (wc -w: \(String(format: "%.0f", wcMs)) ms)", outlineMs,
                     extra: String(format: "%.0f× wc -w; peak %.0f MiB, %.1f× the input", outlineMs / max(wcMs, 0.001), peakMiB, peakMiB / 10))
    }

    /// Runs a program to its end, its output discarded; the processor time it took (user and
    /// system) in milliseconds, which a loaded machine disturbs less than the wall clock.
    private static func child(_ path: String, _ arguments: [String]) -> Double? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let before = childrenCPU()
        guard (try? process.run()) != nil else { return nil }
        process.waitUntilExit()
        return childrenCPU() - before
    }

    private static func childrenCPU() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        let seconds = { (t: timeval) in Double(t.tv_sec) * 1000 + Double(t.tv_usec) / 1000 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    /// Searching one paragraph of 1 MB (2,600 hits of `minis`) against drawing it.
    private static func paragraph() {
        var rng = BenchTranscript.Generator()
        var text = "Host: What is in this paragraph?\n\nGuest:"
        while text.utf8.count < 1 << 20 { text += " " + BenchTranscript.words[rng.next(BenchTranscript.words.count)] }
        let document = TranscriptParser.parse(text + ".\n")
        let drawn = ReaderState(document: document, width: 200, height: 60)
        let drawMs = time { _ = drawn.render() }
        var searched = ReaderState(document: document, width: 200, height: 60)
        guard let keys = try? KeyNotation.parse("/minis<Enter>") else { return }
        let searchMs = time {
            for key in keys { _ = searched.handleSynchronously(key) }
            _ = searched.render()
        }
        let nextMs = time {
            _ = searched.handle(.char("n"))
            _ = searched.render()
        }
        Bench.report("hostile: draw a 1 MB paragraph (first frame)", drawMs)
        Bench.report("hostile: search it, '/minis<Enter>' typed and drawn (\(searched.search?.hits.count ?? 0) hits)", searchMs,
                     extra: String(format: "%.1f× the drawing", searchMs / max(drawMs, 0.001)))
        Bench.report("hostile: n to the next hit and draw", nextMs)
    }

    /// The Marks tab with 100,000 bookmarks: keys that move, and keys that change the list.
    private static func marks(_ transcript: Document) {
        var state = ReaderState(document: transcript, width: 200, height: 60)
        let count = 100_000
        let now = Date()
        // In reading order, as a saved file holds them.
        let list = Bookmark.merge((0..<count).map { i -> Bookmark in
            var b = Bookmark.paragraph(i % transcript.blocks.count, in: transcript, now: now)
            b.note = "note \(i)"
            return b
        }, [])
        let loadMs = time { state.replaceBookmarks(list) }
        _ = state.handle(.char("'"))
        _ = state.render()
        var moves: [Double] = [], changes: [Double] = []
        guard let script = try? KeyNotation.parse(String(repeating: "j", count: 40) + "<PgDn><PgDn>G" + String(repeating: "k", count: 20) + "g")
        else { return }
        for key in script { moves.append(time { _ = state.handle(key); _ = state.render() }) }
        for key in [Key.char("d"), .char("u"), .char("d"), .char("u")] {
            changes.append(time { _ = state.handle(key); _ = state.render() })
        }
        // What the run loop does when a save comes back: the state unchanged since, or changed.
        let saved = state.allBookmarks
        let savedMs = time { state.bookmarksSaved(saved, request: state.saveRequests) }
        _ = state.handle(.char("d"))
        let mergedMs = time { state.bookmarksSaved(saved, request: state.saveRequests - 1) }
        let idleMs = time { _ = state.render() }
        moves.sort()
        Bench.report("hostile: Marks tab, \(count) bookmarks: a moving key (j k PgDn G g), median", moves[moves.count / 2],
                     extra: "max \(Bench.format3(moves.last ?? 0)) ms, \(moves.count) keys")
        Bench.report("hostile: Marks tab, \(count) bookmarks: d or u (the list changes), worst of 4", changes.max() ?? 0)
        Bench.report("hostile: Marks tab, \(count) bookmarks: an idle redraw", idleMs)
        Bench.report("hostile: \(count) bookmarks: loaded", loadMs)
        Bench.report("hostile: \(count) bookmarks: a save's result taken back, nothing changed since", savedMs)
        Bench.report("hostile: \(count) bookmarks: a save's result merged with a change made since", mergedMs)
    }

    /// Opening the entity tabs right after the document opened, while their indexes build.
    private static func keysWhileIndexing(_ transcript: Document) {
        var state = ReaderState(document: transcript, width: 200, height: 60)
        state.entityIndex.buildInBackground()
        guard let keys = try? KeyNotation.parse("<Tab>llll") else { return }
        var times: [Double] = []
        var indexing = 0
        for key in keys {
            times.append(time { _ = state.handle(key); _ = state.render() })
            if state.isWaitingForIndex { indexing += 1 }
        }
        Bench.report("hostile: Tab and the entity tabs while the indexes build, worst key", times.max() ?? 0,
                     extra: "\(indexing) of \(keys.count) keys drew 'indexing…'")
    }

    private static func time(_ body: () -> Void) -> Double {
        let start = DispatchTime.now()
        body()
        return Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1_000_000
    }
}
