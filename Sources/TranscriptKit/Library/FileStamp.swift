#if canImport(Glibc)
import Glibc
#endif

/// A file as the file system knows it, without reading it: device, inode, size, modification
/// and change times. The cache finds a document's summary by it; the library view notices by
/// it that a file changed or vanished while the library was open.
public struct FileStamp: Hashable, Sendable {
    var device: UInt64, inode: UInt64, size: Int64
    var modified: (seconds: Int, nanoseconds: Int)
    var changed: (seconds: Int, nanoseconds: Int)

    /// The stamp of the regular file at `path`; nil when there is none (vanished, or never was).
    public init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
        size = Int64(info.st_size)
        modified = (Int(info.st_mtim.tv_sec), Int(info.st_mtim.tv_nsec))
        changed = (Int(info.st_ctim.tv_sec), Int(info.st_ctim.tv_nsec))
    }

    /// `file-DEV-INODE-SIZE-MTIME-CTIME`, a name for the cache.
    public var key: String {
        "file-\(device)-\(inode)-\(size)-\(modified.seconds).\(modified.nanoseconds)-\(changed.seconds).\(changed.nanoseconds)"
    }

    /// The file was last changed at least `seconds` ago. A file's change time is kept in ticks
    /// of a few milliseconds and no program can set it back: a write in the same tick as the
    /// stamp was taken could go unseen, one made after a file has been left alone cannot.
    public func isSettled(for seconds: Int) -> Bool { changed.seconds + seconds <= time(nil) }

    public static func == (a: FileStamp, b: FileStamp) -> Bool { a.key == b.key }
    public func hash(into hasher: inout Hasher) { hasher.combine(key) }
}
