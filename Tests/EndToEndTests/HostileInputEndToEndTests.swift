import Foundation
import XCTest
import TestSupport

/// Files made to break a reader, given to the built binary as a user would: each ends with a
/// sensible document or one clear line on standard error, the documented exit status, output
/// that cannot drive a terminal, and memory in proportion to the input. (A watchdog turns a
/// hang into a failure; speed itself is measured by `colloquy bench`, not here.)
final class HostileInputEndToEndTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("colloquy-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDown() { try? FileManager.default.removeItem(at: folder) }

    private func file(_ name: String, _ bytes: [UInt8]) -> String {
        let path = folder.appendingPathComponent(name).path
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data(bytes)), "could not write \(path)")
        return path
    }

    /// Runs `colloquy ARGS` under a watchdog and an address-space limit (so too much memory
    /// ends the run and fails the test), and checks what every run must satisfy.
    @discardableResult
    private func colloquy(_ arguments: [String], status expected: Int32, memoryMB: Int = 150, input: String = "/dev/null",
                          rawOutput: Bool = false, file: StaticString = #filePath, line: UInt = #line) -> Spawn.Result {
        let ansi = arguments.contains("--ansi")
        let env = Spawn.environmentWithoutSettings
        let limit = Self.sanitized ? "unlimited" : String(memoryMB * 1024)
        let limited = ["/bin/sh", "-c", "ulimit -v \(limit) && exec \"$0\" \"$@\"", Spawn.colloquy] + arguments
        let r = Spawn.run(limited, environment: env, input: input, timeout: 120)
        XCTAssertFalse(r.timedOut, "colloquy \(arguments) did not finish within 120 s", file: file, line: line)
        XCTAssertEqual(r.status, expected, "colloquy \(arguments): \(r.error.prefix(300))", file: file, line: line)
        if r.status != 0 {
            XCTAssertTrue(r.error.hasPrefix("colloquy: ") && r.error.split(separator: "\n").count == 1,
                          "one clear line expected, got: \(r.error.prefix(300))", file: file, line: line)
        }
        // Export in text or Markdown passes the text through unchanged to files and pipes (and
        // makes it visible only on a terminal); everything else is terminal-safe everywhere.
        // With --ansi the only escapes are colloquy's own colour codes (SGR), taken out here.
        let output = ansi ? r.output.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression) : r.output
        for stream in rawOutput ? [r.error] : [output, r.error] {
            XCTAssertFalse(stream.contains("Fatal error") || stream.contains("Backtrace"), "crash report", file: file, line: line)
            let bad = stream.unicodeScalars.first { v in
                (v.value < 0x20 && v != "\n" && v != "\t") || (v.value >= 0x7F && v.value < 0xA0)
            }
            XCTAssertNil(bad, "control character U+\(String(bad?.value ?? 0, radix: 16)) printed", file: file, line: line)
        }
        return r
    }

    /// Under `swift test --sanitize=address|thread` the binary maps terabytes of shadow memory,
    /// which an address-space limit forbids; the memory bound is then left out. (`dlsym(nil, …)`
    /// looks in the whole process, as RTLD_DEFAULT.)
    static let sanitized: Bool = {
        let names: [String] = ["__asan_init", "__tsan_init"]
        return names.contains { name in dlsym(nil, name) != nil }
    }()

    func testBinaryAndDevZeroAreRefused() {
        XCTAssertTrue(colloquy(["outline", "/bin/sh"], status: 1).error.contains("binary"))
        XCTAssertTrue(colloquy(["outline", "/dev/zero"], status: 1).error.contains("binary"))
        // A folder is a library; one holding no transcript is refused in one line.
        let empty = folder.appendingPathComponent("no-transcripts")
        try? FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        XCTAssertTrue(colloquy(["outline", empty.path], status: 1).error.contains("no readable transcript"))
    }

    func testStrayNULBytesAreRemovedWithAWarning() {
        var text = Array(String(repeating: "Host: Is this text?\n\nGuest: It is, mostly.\n\n", count: 40).utf8)
        text.insert(0, at: 100)
        let path = file("nul.txt", text)
        XCTAssertTrue(colloquy(["outline", path], status: 0).output.contains("warning: 1 NUL byte(s) removed"))
        XCTAssertTrue(colloquy(["export", "--format", "text", path], status: 0).output.contains("It is, mostly."))
    }

    func testInvalidAndOverlongUTF8AreRepaired() {
        let bytes = Array("Host: caf".utf8) + [0xC3, 0x3F, 0x0A, 0x0A] + Array("Guest: slash ".utf8) + [0xC0, 0xAF, 0xE0, 0x80, 0xAF]
            + Array(" and \u{00E9}.\n".utf8)
        let r = colloquy(["export", "--format", "text", file("bad-utf8.txt", bytes)], status: 0)
        XCTAssertTrue(r.output.contains("caf\u{FFFD}?"), r.output)
        XCTAssertTrue(r.output.contains("and é."), r.output)
        XCTAssertFalse(r.output.contains("/"), "an overlong slash must not decode to '/'")
    }

    func testUTF16WithoutAByteOrderMark() {
        let text = "Host: Hello, are you there?\n\nGuest: Yes, in UTF-16 without a mark.\n"
        var le: [UInt8] = [], be: [UInt8] = []
        for unit in text.utf16 {
            le += [UInt8(unit & 0xFF), UInt8(unit >> 8)]
            be += [UInt8(unit >> 8), UInt8(unit & 0xFF)]
        }
        for (name, bytes) in [("le.txt", le), ("be.txt", be)] {
            let path = file(name, bytes)
            let r = colloquy(["export", "--format", "text", path], status: 0)
            XCTAssertTrue(r.output.contains("Yes, in UTF-16 without a mark."), "\(name): \(r.output)")
            XCTAssertTrue(colloquy(["outline", path], status: 0).output.contains("decoded as UTF-16"))
        }
    }

    func testFiftyMegabytesOnOneLine() {
        let line = "Host: " + String(repeating: "word ", count: 10 << 20)
        let r = colloquy(["outline", file("line.txt", Array(line.utf8))], status: 0, memoryMB: 600)
        XCTAssertTrue(r.output.contains("lines 1–1"), r.output)
    }

    func testSearchingAMegabyteParagraph() {
        // One paragraph of 1 MB with 2,600 hits: drawing the highlights was quadratic (84 s),
        // and so was grep's context; the watchdog turns a relapse into a failure.
        let words = (0..<195_000).map { $0 % 75 == 0 ? "minister" : ["the", "talks", "of", "sanctions", "and"][$0 % 5] }
        let path = file("paragraph.txt", Array(("Host: " + words.joined(separator: " ") + ".\n").utf8))
        let frame = colloquy(["render", "--ansi", "--keys", "/minis<Enter>nn", path], status: 0, memoryMB: 400).output
        XCTAssertTrue(frame.contains("match 3/2600"), frame)
        let grep = colloquy(["grep", "minis", path], status: 0, memoryMB: 400).output
        XCTAssertEqual(grep.split(separator: "\n").count, 2_600)
        // One speaker and no answer: the paragraph is the introduction (exchange 0).
        XCTAssertTrue(grep.hasPrefix("0:1: minister talks of sanctions"), String(grep.prefix(200)))
    }

    func testAMillionEmptyLinesAndAHundredThousandLabels() {
        colloquy(["outline", file("empty.txt", [UInt8](repeating: 0x0A, count: 1_000_000))], status: 0)
        let labels = (0..<100_000).map { "Speaker\($0 % 7): hi\n" }.joined()
        colloquy(["outline", file("labels.txt", Array(labels.utf8))], status: 0, memoryMB: 300)
        let bare = String(repeating: "A: \n", count: 100_000)
        colloquy(["outline", file("bare-labels.txt", Array(bare.utf8))], status: 0, memoryMB: 300)
        let colons = String(repeating: ":", count: 1_000_000) + "\n" + String(repeating: "Q: ", count: 100_000) + "\nA: ok\n"
        colloquy(["export", "--format", "json", file("colons.txt", Array(colons.utf8))], status: 0, memoryMB: 300)
    }

    func testEveryControlCharacterAndEscapeSequenceIsPrintedHarmlessly() {
        var text = "Host: every C0 control:"
        for v in 0x01..<0x20 where v != 0x0A { text.unicodeScalars.append(Unicode.Scalar(v)!) }
        text += "\n\nGuest: every C1 control:"
        for v in 0x7F..<0xA0 { text.unicodeScalars.append(Unicode.Scalar(v)!) }
        text += "\n\nHost: OSC title \u{1B}]0;pwned\u{07} clipboard \u{1B}]52;c;cHduZWQ=\u{07} DCS \u{1B}P1$qm\u{1B}\\ "
            + "CSI \u{1B}[99999999999;99999999999H \u{1B}[2J \u{1B}[?1049h?\n\nGuest: zero width \u{200B}\u{200D}\u{FEFF} and "
            + "bidi \u{202E}desrever\u{202C} \u{2066}isolate\u{2069}.\n"
        let path = file("controls.txt", Array(text.utf8))
        for args in [["outline", path], ["grep", "pwned", path], ["render", "--size", "80x24", path], ["render", "--size", "1x1", path],
                     ["render", "--size", "60x20", "--keys", "]]/pwned<Enter>n", "--ansi", path]] {
            colloquy(args, status: 0)
        }
        for format in ["text", "markdown"] { colloquy(["export", "--format", format, path], status: 0, rawOutput: true) }
        let json = colloquy(["export", "--format", "json", path], status: 0)
        XCTAssertNoThrow(try JSONSerialization.jsonObject(with: Data(json.output.utf8)))
    }

    func testAFIFOIsReadToItsEnd() throws {
        let fifo = folder.appendingPathComponent("fifo").path
        XCTAssertEqual(mkfifo(fifo, 0o600), 0)
        // Named on the command line without a writer: an empty document, at once.
        XCTAssertTrue(colloquy(["outline", fifo], status: 0).output.contains("warning: the document is empty"))
        // As standard input, with a writer that writes and closes.
        let writer = Thread {
            let fd = open(fifo, O_WRONLY)
            let text = Array("Host: Through a pipe?\n\nGuest: Yes.\n".utf8)
            _ = text.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            close(fd)
        }
        writer.start()
        let r = colloquy(["export", "--format", "text", "-"], status: 0, input: fifo)
        XCTAssertTrue(r.output.contains("Through a pipe?"), "out: \(r.output) err: \(r.error) status: \(r.status)")
    }

    func testAFileThatGrowsOrShrinksWhileRead() throws {
        let path = file("growing.txt", Array(String(repeating: "Host: Still here?\n\nGuest: Yes.\n\n", count: 200_000).utf8))
        let stop = ManagedAtomicFlag()
        let changer = Thread {
            var grow = true
            while !stop.isSet {
                if let handle = FileHandle(forWritingAtPath: path) {
                    if grow { handle.seekToEndOfFile(); handle.write(Data(String(repeating: "Host: More?\n\n", count: 10_000).utf8)) }
                    else { handle.truncateFile(atOffset: 1_000_000) }
                    handle.closeFile()
                }
                grow.toggle()
            }
        }
        changer.start()
        for _ in 0..<3 { colloquy(["outline", path], status: 0, memoryMB: 300) }
        stop.set()
    }

    private final class ManagedAtomicFlag: @unchecked Sendable {
        private let lock = NSLock()
        private var value = false
        var isSet: Bool { lock.withLock { value } }
        func set() { lock.withLock { value = true } }
    }
}
