import Dispatch
import Foundation
import Glibc
import ReaderCore
import TranscriptKit

/// `colloquy bench`: parse throughput, peak memory and frame times, on the embedded
/// interview and on a generated transcript. Build with `-c release` for meaningful figures.
enum Bench {
    static func run(megabytes: Int) -> Int32 {
        DisplayWidth.prepare()
        BenchHostile.shortTurns()   // first, while this process is small (see there)
        let start = DispatchTime.now()
        let interview = Document.embeddedInterview()
        var first = ReaderState(document: interview, width: 200, height: 60)
        first.entityIndex.buildOnlyInBackground()   // as the live reader's first frame: no index built in it
        _ = first.handle(.resize(width: 200, height: 60))
        _ = first.render()
        report("first frame, embedded interview (parse + state + render)", milliseconds(since: start))

        let generateStart = DispatchTime.now()
        let bytes = BenchTranscript.generate(megabytes: megabytes)
        report("generated \(megabytes) MB transcript", milliseconds(since: generateStart))
        let before = peakKilobytes()

        // The gazetteer first: loading it is measured on its own, below the parse.
        let textStart = DispatchTime.now()
        let gazetteerText = EmbeddedGazetteer.text
        let decodeMs = milliseconds(since: textStart)
        var loads: [Double] = []
        for _ in 0..<10 {
            let gazetteerStart = DispatchTime.now()
            _ = try? Gazetteer(tsv: gazetteerText)
            loads.append(milliseconds(since: gazetteerStart))
        }
        _ = Gazetteer.standard

        // Parse, then index what was parsed, five times over: this machine's speed drifts over
        // seconds, so each index is timed next to a parse. The best of each is reported, as the
        // others include the machine's noise.
        var document = TranscriptParser.parse(utf8: [], name: "warm-up", sha256: "-")
        var countries = MentionIndex(document: interview)
        var runs: [Double] = [], indexRuns: [Double] = []
        var peak = 0
        for _ in 0..<5 {
            document = TranscriptParser.parse(utf8: [], name: "released", sha256: "-")
            countries = MentionIndex(document: interview)
            let parseStart = DispatchTime.now()
            document = TranscriptParser.parse(utf8: bytes, name: "bench", sha256: "-")
            runs.append(milliseconds(since: parseStart))
            if peak == 0 { peak = peakKilobytes() }
            let indexStart = DispatchTime.now()
            countries = MentionIndex(document: document)
            indexRuns.append(milliseconds(since: indexStart))
        }
        let parseMs = runs.min() ?? 0
        Output.write("parse runs: " + runs.map(format3).joined(separator: ", ") + " ms\n")
        let mb = Double(bytes.count) / 1_048_576
        report("parse \(format1(mb)) MB: \(document.blocks.count) blocks, \(document.exchanges.count) exchanges", parseMs,
               extra: format1(mb / (parseMs / 1000)) + " MB/s")
        let hashStart = DispatchTime.now()
        _ = SHA256.hex(of: bytes)
        let hashMs = milliseconds(since: hashStart)
        report("sha256 of the input", hashMs, extra: format1(mb / (hashMs / 1000)) + " MB/s")
        Output.write("peak memory: \(peak / 1024) MiB (\(String(format1(Double(peak) / 1024 / mb)))× the input; "
                     + "\(before / 1024) MiB before parsing, input included)\n")

        report("countries: decode the embedded gazetteer text", decodeMs)
        report("countries: parse the gazetteer, best of 10 (first: \(format3(loads[0])) ms)", loads.min() ?? 0)
        let indexMs = indexRuns.min() ?? 0
        let ratios = zip(indexRuns, runs).map { Int($0 / $1 * 100) }
        Output.write("countries: index runs: " + indexRuns.map(format3).joined(separator: ", ") + " ms ("
                     + ratios.map { "\($0)%" }.joined(separator: ", ") + " of the parse before each)\n")
        report("countries: index the \(megabytes) MB transcript (\(countries.entities.count) countries), best of 5", indexMs,
               extra: "\(Int(indexMs / parseMs * 100))% of parse time")
        // The other sidebar tabs, each built in the background when first wanted.
        let entities = LazyEntityIndex(document: document)
        for kind in EntityKind.allCases where kind != .countries {
            let kindStart = DispatchTime.now()
            _ = entities.index(kind)
            let kindMs = milliseconds(since: kindStart)
            report("entities: \(kind.rawValue) of the transcript (a sidebar tab)", kindMs, extra: "\(Int(kindMs / parseMs * 100))% of parse time")
        }
        let entityStart = DispatchTime.now()
        _ = EntityIndex(document: document)
        report("entities: all of them and key terms per exchange (export)", milliseconds(since: entityStart))
        searches(document)
        bookmarks(interview)
        frames("embedded interview", interview)
        frames("\(megabytes) MB transcript", document)
        BenchHostile.run(document)
        return 0
    }

    /// Saving and loading a file of 1,000 bookmarks (merge, lock, fsync and rename included).
    private static func bookmarks(_ document: Document) {
        let folder = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("colloquy-bench-\(getpid())")
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = BookmarkStore(folder: folder)
        var file = store.open(document, path: nil).file
        file.bookmarks = (0..<1000).map { i in
            var b = Bookmark.paragraph(i % document.blocks.count, in: document)
            b.note = "note \(i)"
            return b
        }
        var saves: [Double] = [], loads: [Double] = []
        var stamp: BookmarkStore.Stamp?
        for round in 0..<6 {
            file.bookmarks[round].note = "changed \(round)"
            file.bookmarks[round].revision += 1
            let t = DispatchTime.now()
            stamp = (try? store.save(file, unchangedSince: stamp))?.stamp
            if round > 0 { saves.append(milliseconds(since: t)) }   // the first save also reads
            let l = DispatchTime.now()
            _ = store.open(document, path: nil)
            loads.append(milliseconds(since: l))
        }
        report("bookmarks: save 1,000 as the reader does (lock, encode, write, fsync, rename; off the UI thread), median", saves.sorted()[2])
        report("bookmarks: load 1,000, median", loads.sorted()[3])
    }

    /// Search times on the generated transcript: folding the text once, then queries.
    private static func searches(_ document: Document) {
        let index = SearchIndex(document: document)
        let foldStart = DispatchTime.now()
        index.warm()
        report("search: fold the text for searching (once, in the background when reading)", milliseconds(since: foldStart))
        for (label, query) in [("rare word", SearchQuery("synthetic")), ("word in every caption", SearchQuery("photographer")), ("common word", SearchQuery("minister")),
                               ("regex", SearchQuery("secur(ity|e)\\b", isRegex: true))] {
            let t = DispatchTime.now()
            let result = index.search(query)
            report("search, \(label) '\(query.text)': \(result.hits.count) hits", milliseconds(since: t))
        }
    }

    /// Median and p99 of update + render per key, for a scripted session at 200×60.
    private static func frames(_ name: String, _ document: Document) {
        var state = ReaderState(document: document, width: 200, height: 60)
        let script = "jjjjjjjjjjdddduuuu}}}}{{{{GgG]]]]]]]]]][[[[[:5<Enter><Tab>jjjjj<Enter><S-Tab>i?j<Esc>iss<C-o><C-n>TT"
        guard let keys = try? KeyNotation.parse(script + String(repeating: "j", count: 100) + "<PgDn><PgDn><PgUp>") else { return }
        var times: [Double] = []
        for key in keys {
            let t = DispatchTime.now()
            _ = state.handle(key)
            let frame = state.render()
            times.append(milliseconds(since: t))
            precondition(frame.width == 200)
        }
        times.sort()
        let median = times[times.count / 2]
        let p99 = times[min(times.count - 1, Int(Double(times.count) * 0.99))]
        Output.write("frames, \(name), 200×60, \(keys.count) keys: median \(format3(median)) ms, p99 \(format3(p99)) ms, max \(format3(times.last ?? 0)) ms\n")
    }

    static func report(_ what: String, _ ms: Double, extra: String? = nil) {
        Output.write("\(what): \(format3(ms)) ms" + (extra.map { " (\($0))" } ?? "") + "\n")
    }

    static func milliseconds(since start: DispatchTime) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1_000_000
    }

    static func peakKilobytes() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss
    }

    private static func format1(_ v: Double) -> String { String(Int(v * 10) / 10) + "." + String(Int(v * 10) % 10) }
    static func format3(_ v: Double) -> String {
        let thousandths = Int((v * 1000).rounded())
        let frac = String(thousandths % 1000)
        return String(thousandths / 1000) + "." + String(repeating: "0", count: 3 - frac.count) + frac
    }
}
