#if canImport(Glibc)
import Glibc
#endif

/// Reads a transcript from a path or standard input, refusing what is not a text file.
///
/// Reading stops at `limit` bytes so that `/dev/zero` or an endless pipe ends with an
/// error instead of exhausting memory.
public struct DocumentInput: Sendable {
    public static let defaultLimit = 1 << 30

    public struct Failure: Error, Equatable, CustomStringConvertible, Sendable {
        public var name: String
        public var reason: String
        /// The system's error number, when the failure came from one (`ENOENT`…).
        public var code: Int32 = 0
        public var description: String { "\(name): \(reason)" }
    }

    /// Bytes of the file at `path` (`-` is standard input). With `refusingBinary`, a stream
    /// whose first 4 KiB look binary is refused there, before it is read whole.
    ///
    /// `whenBeginningRead` is called once, as soon as `beginningLength` bytes are read (and
    /// checked), with the bytes so far and the size the whole will have where it is known (a
    /// regular file's size when opened): the reader starts on a long text's beginning while
    /// the rest is read.
    public static func read(path: String, limit: Int = defaultLimit, refusingBinary: Bool = true,
                            beginningLength: Int = .max,
                            whenBeginningRead: (_ beginning: [UInt8], _ total: Int?) -> Void = { _, _ in }) throws(Failure) -> [UInt8] {
        let name = path == "-" ? "standard input" : path
        let fd: Int32
        if path == "-" {
            fd = 0
        } else {
            fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
            if fd < 0 {
                let code = errno
                throw Failure(name: name, reason: errnoReason(), code: code)
            }
        }
        defer { if fd != 0 { close(fd) } }
        var info = stat()
        if fstat(fd, &info) != 0 { throw Failure(name: name, reason: errnoReason()) }
        let type = info.st_mode & S_IFMT
        if type == S_IFDIR { throw Failure(name: name, reason: "is a directory") }
        if fd != 0 {
            // O_NONBLOCK only served to keep open() from hanging on a FIFO without a writer.
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
        }
        var bytes: [UInt8] = []
        // A regular file is read as it was when opened: a log that keeps growing ends where it
        // ended then, instead of being chased; one that shrinks ends at its new end.
        let snapshot = type == S_IFREG && info.st_size > 0 ? Int(info.st_size) : nil
        if let snapshot { bytes.reserveCapacity(min(snapshot, limit) + 1) }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var checkedStart = false
        var toldBeginning = false
        while true {
            let want = snapshot.map { min(chunk.count, $0 - bytes.count) } ?? chunk.count
            if want == 0 { break }
            let got = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, want) }
            if got < 0 {
                if errno == EINTR { continue }
                throw Failure(name: name, reason: errnoReason())
            }
            if got == 0 { break }
            bytes.append(contentsOf: chunk[0..<got])
            if refusingBinary && !checkedStart && bytes.count >= 4096 {
                // Fail fast on binary streams such as /dev/zero, before reading them whole.
                checkedStart = true
                if !hasUTF16BOM(bytes), TextDecoding.utf16WithoutBOM(bytes.prefix(4096)) == nil,
                   TextDecoding.looksBinary(bytes.prefix(4096)) {
                    throw Failure(name: name, reason: "binary data, not a text transcript")
                }
            }
            if bytes.count > limit {
                throw Failure(name: name, reason: "larger than \(limit >> 20) MiB; not read")
            }
            if !toldBeginning && bytes.count >= beginningLength && (checkedStart || !refusingBinary) {
                toldBeginning = true
                whenBeginningRead(bytes, snapshot)
            }
        }
        return bytes
    }

    private static func hasUTF16BOM(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
    }

    private static func errnoReason() -> String {
        switch errno {
        case ENOENT: return "no such file"
        case EACCES: return "permission denied"
        case EISDIR: return "is a directory"
        default: return String(cString: strerror(errno)).lowercased()
        }
    }
}
