import FuzzChecks
#if canImport(Glibc)
import Glibc
#endif

// Built two ways. `Scripts/fuzz` builds it with `-sanitize=fuzzer,address -DFUZZING`: main
// hands control to libFuzzer, which calls back with inputs for the target named in
// COLLOQUY_FUZZ_TARGET. A normal build replays files: `colloquy-fuzz TARGET FILE...`.

/// One line on standard error (unbuffered, and free of the C `stderr` global).
func report(_ line: String) {
    var text = line + "\n"
    text.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
}

/// Reports violations and stops the process, which is how libFuzzer learns of a failure.
func check(_ target: FuzzTarget, _ bytes: [UInt8], name: String) -> Bool {
    let found = target.violations(bytes)
    for violation in found { report("\(target.rawValue): \(name): \(violation)") }
    return found.isEmpty
}

#if FUZZING
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzer(_ argc: UnsafeMutablePointer<CInt>,
               _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
               _ body: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

nonisolated(unsafe) var target = FuzzTarget.parser

@main enum Fuzz {
    static func main() {
        let name = getenv("COLLOQUY_FUZZ_TARGET").map { String(cString: $0) } ?? ""
        guard let chosen = FuzzTarget(rawValue: name) else {
            report("colloquy-fuzz: set COLLOQUY_FUZZ_TARGET to one of \(FuzzTarget.allCases.map(\.rawValue))")
            exit(2)
        }
        target = chosen
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(runFuzzer(&argc, &argv) { data, size in
            let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
            if !check(target, bytes, name: "input") { abort() }
            return 0
        })
    }
}
#else
@main enum Replay {
    static func main() {
        let args = Array(CommandLine.arguments.dropFirst())
        guard let first = args.first, let target = FuzzTarget(rawValue: first) else {
            report("usage: colloquy-fuzz \(FuzzTarget.allCases.map(\.rawValue).joined(separator: "|")) FILE...")
            exit(2)
        }
        var failed = false
        for path in args.dropFirst() {
            guard let file = fopen(path, "rb") else { report("\(path): cannot open"); failed = true; continue }
            var bytes: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 65536)
            while case let n = fread(&buffer, 1, buffer.count, file), n > 0 { bytes += buffer[..<n] }
            fclose(file)
            if !check(target, bytes, name: path) { failed = true }
        }
        exit(failed ? 1 : 0)
    }
}
#endif
