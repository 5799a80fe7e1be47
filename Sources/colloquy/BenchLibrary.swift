import Dispatch
import Foundation
import Glibc
import ReaderCore
import TranscriptKit

/// `colloquy bench --library N`: a deterministic library of N generated transcripts (about
/// 60 KB each, five label styles) written to a scratch folder, then the library's costs:
/// its first frame, parsing and country-indexing every document on every core, a country's
/// documents once indexed, `grep` of a rare word from nothing, and peak memory.
enum BenchLibrary {
    static func run(documents: Int) -> Int32 {
        DisplayWidth.prepare()
        let folder = NSTemporaryDirectory() + "colloquy-bench-library-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var bytes = 0
        do {
            bytes = try generate(documents, into: folder)
        } catch {
            Output.error("colloquy: cannot write the library to \(folder): \(error)")
            return 1
        }
        Output.write("library: \(documents) documents, \(megabytes(bytes)) MB in \(folder)\n")
        let base = Bench.peakKilobytes()

        // The first frame: files found and listed from the file system alone.
        let listStart = DispatchTime.now()
        let files = LibraryFiles([folder])
        let state = LibraryState(entries: files.paths.map(LibraryEntry.init(path:)), width: 200, height: 60)
        _ = state.render()
        Bench.report("first frame of the library (find \(files.paths.count) files, list, draw)", Bench.milliseconds(since: listStart))

        // Every document parsed and country-indexed, as the view's background indexer does: with
        // an empty cache (which it fills), then again with the cache warm, as when reopening.
        let cache = LibraryCache(folder: folder + "-cache", version: "bench")
        // A library reopened is one whose files were written a while ago: the cache trusts a
        // file's identity only once it has been left alone for a moment (`LibraryCache.settling`).
        sleep(UInt32(cache.settling))
        defer { try? FileManager.default.removeItem(atPath: folder + "-cache") }
        var countries = LibraryMentions()
        for warm in [false, true] {
            let indexStart = DispatchTime.now()
            var exchanges = 0
            countries = LibraryMentions()
            Library.inOrder(files.paths.count, work: { Library.summarise(files.paths[$0], cache: cache) }, deliver: { index, found in
                exchanges += found.entry?.exchanges ?? 0
                countries.add(document: index, found.countries)
            })
            let indexMs = Bench.milliseconds(since: indexStart)
            Bench.report(warm ? "the same with the cache warm (reopening the library)"
                              : "parse and country-index every document on every core, filling the cache (\(exchanges) exchanges)",
                         indexMs, extra: "\(megabytes(Int(Double(bytes) / (indexMs / 1000)))) MB/s")
        }
        let peak = Bench.peakKilobytes()
        Output.write("peak memory after indexing: \(peak / 1024) MiB, \(String(format: "%.2f", Double(peak * 1024) / Double(bytes)))× the library; "
                     + "\(base / 1024) MiB before it, so \(String(format: "%.2f", Double((peak - base) * 1024) / Double(bytes)))× for the library itself\n")

        // A country's documents and the picker's whole list, from the merged index.
        var pickTimes: [Double] = []
        var found = 0
        for _ in 0..<20 {
            let start = DispatchTime.now()
            let list = countries.entities
            found = countries.entity("SY")?.documents.count ?? 0
            pickTimes.append(Bench.milliseconds(since: start))
            precondition(!list.isEmpty)
        }
        Bench.report("country picker's list over the library, then Syria's documents (\(found)), median of 20", pickTimes.sorted()[10])

        // grep from nothing: find, read, parse and search every document.
        let grepStart = DispatchTime.now()
        var hits = 0
        let query = SearchQuery("synthetic", isRegex: false)
        let screen = TextScreen(query)
        Library.inOrder(LibraryFiles([folder]).paths.count, work: { index -> Int in
            guard case .parsed(let document, _) = Library.read(files.paths[index], hashing: false, screen: screen) else { return 0 }
            return SearchIndex(document: document).search(query).hits.count
        }, deliver: { _, n in hits += n })
        Bench.report("grep a rare word over the library from nothing (\(hits) hits)", Bench.milliseconds(since: grepStart))
        return 0
    }

    /// Writes `count` transcripts; returns their bytes.
    static func generate(_ count: Int, into folder: String) throws -> Int {
        try FileManager.default.createDirectory(atPath: folder + "/more", withIntermediateDirectories: true)
        var total = 0
        for i in 0..<count {
            let (name, text) = transcript(i)
            let data = Data(text.utf8)
            try data.write(to: URL(fileURLWithPath: folder + (i % 4 == 0 ? "/more/" : "/") + name))
            total += data.count
        }
        return total
    }

    /// Transcript `i`: its label style, date and words follow from `i` alone.
    static func transcript(_ i: Int) -> (String, String) {
        var rng = BenchTranscript.Generator(state: 0x9E37_79B9_7F4A_7C15 &+ UInt64(i) &* 0x2545_F491_4F6C_DD1D)
        let words = BenchTranscript.words
        func sentence(_ n: Int, _ end: String) -> String {
            var s = ""
            for k in 0..<n {
                let w = words[rng.next(words.count)]
                s += k == 0 ? w.prefix(1).uppercased() + w.dropFirst() : " " + w
            }
            return s + end
        }
        let style = i % 5
        let (ask, answer): (String, String) = [("Interviewer:", "Guest Speaker:"), ("Q:", "A:"), ("**Host:**", "**Guest:**"),
                                               ("MR. HOLT:", "MINISTER VANCE:"), ("<v Host>", "<v Guest>")][style]
        let date = "\(2000 + i % 25)-\(String(format: "%02d", 1 + i % 12))-\(String(format: "%02d", 1 + i % 28))"
        var text = style == 4 ? "WEBVTT\n\n" : "Interview \(i + 1) for the benchmark, \(date)\n\n"
        if i % 97 == 0 { text += "A synthetic word appears here once.\n\n" }
        var second = 0
        while text.utf8.count < 60_000 {
            let q = "\(sentence(8 + rng.next(14), ".")) \(sentence(5 + rng.next(10), "?"))"
            let a = (0..<(1 + rng.next(4))).map { _ in sentence(30 + rng.next(80), ".") }
            if style == 4 {
                for (voice, line) in [(ask, q)] + a.map({ (answer, $0) }) {
                    text += "\(stamp(second)) --> \(stamp(second + 4))\n\(voice)\(line)\n\n"
                    second += 5
                }
            } else {
                text += "\(ask) \(q)\n\n" + a.map { "\(answer) \($0)\n\n" }.joined()
            }
        }
        return ("interview-\(String(format: "%04d", i + 1)).\(style == 4 ? "vtt" : style == 2 ? "md" : "txt")", text)
    }

    private static func stamp(_ s: Int) -> String { String(format: "%02d:%02d:%02d.000", s / 3600, s / 60 % 60, s % 60) }

    private static func megabytes(_ bytes: Int) -> String { String(format: "%.1f", Double(bytes) / 1_000_000) }
}
