#if canImport(Glibc)
import Glibc
#endif

/// Writing to standard output and standard error with plain write(2): no buffering to flush
/// before exit, and a closed pipe ends the loop instead of raising.
enum Output {
    static func write(_ text: String) { write(Array(text.utf8), to: 1) }
    static func write(_ bytes: [UInt8]) { write(bytes, to: 1) }

    static func error(_ text: String) {
        write(Array((text.hasSuffix("\n") ? text : text + "\n").utf8), to: 2)
    }

    private static func write(_ bytes: [UInt8], to fd: Int32) {
        bytes.withUnsafeBufferPointer { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { return }
                offset += n
            }
        }
    }

    static var isTerminal: Bool { isatty(1) == 1 }
}
