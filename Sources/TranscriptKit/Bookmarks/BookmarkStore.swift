import Foundation

/// Bookmark files on disk: atomic replacement, a lock around read-merge-write, damaged files
/// moved aside and never overwritten.
public struct BookmarkStore: Sendable {
    public let folder: URL
    /// For tests: the write of the temporary file fails after this many bytes.
    public var failWritesAfter: Int?
    /// For tests: a slow disk, this many microseconds between writing the file and renaming it.
    public var delayBeforeRename: UInt32 = 0

    public init(folder: URL) { self.folder = folder }

    /// `$XDG_DATA_HOME/colloquy`, default `~/.local/share/colloquy`.
    public static func standardFolder(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        URL(fileURLWithPath: standardFolderPath(environment: environment))
    }

    /// The same folder as a path (`UserFolders`: no `URL` on the way to the first screen).
    public static func standardFolderPath(environment: [String: String]) -> String {
        UserFolders.path("XDG_DATA_HOME", else: ".local/share", environment: environment)
    }

    /// The name of a document's bookmarks file in the folder.
    public static func fileName(for sha256: String) -> String { "\(sha256).json" }

    public struct Failure: Error, CustomStringConvertible, Sendable { public var description: String }

    public func url(for sha256: String) -> URL { folder.appendingPathComponent(Self.fileName(for: sha256)) }

    /// The document's bookmarks: its own file, or — when the document was edited — the file of
    /// the same path, re-anchored to the new text. `notes` says what happened to the reader.
    public func open(_ document: Document, path: String?) -> (file: BookmarkFile, notes: [String]) {
        removeStaleTemporaries()
        var notes: [String] = []
        let info = BookmarkFile.DocumentInfo(sha256: document.source.sha256, name: document.source.name,
                                             path: path, title: document.title)
        switch read(url(for: info.sha256)) {
        case .found(let file):
            return (file, notes)
        case .damaged(let reason):
            notes.append(moveAside(url(for: info.sha256), reason: reason))
        case .missing:
            break
        }
        if let path, let previous = latestFile(forPath: path, except: info.sha256) {
            var file = BookmarkFile(document: info, bookmarks: Reanchoring.reanchor(previous.bookmarks, in: document))
            file.position = nil   // positions of another text do not carry over
            let lost = file.visible.filter(\.orphaned).count
            notes.append("the document changed: \(file.visible.count - lost) bookmark(s) found again" + (lost > 0 ? ", \(lost) orphaned (kept)" : ""))
            return (file, notes)
        }
        return (BookmarkFile(document: info), notes)
    }

    enum ReadResult { case missing, found(BookmarkFile), damaged(String) }

    /// Far above any real file (1,000 bookmarks take about 400 KB); a bigger one is not ours.
    static let sizeLimit = 256 << 20

    func read(_ url: URL) -> ReadResult {
        let bytes: [UInt8]
        do {
            bytes = try DocumentInput.read(path: url.path, limit: Self.sizeLimit, refusingBinary: false)
        } catch {
            return error.code == ENOENT ? .missing : .damaged(error.reason)
        }
        guard let file = BookmarkFile.decode(bytes) else { return .damaged("not a bookmarks file") }
        guard file.format <= BookmarkFile.currentFormat else { return .damaged("written by a newer colloquy (format \(file.format))") }
        return .found(file)
    }

    /// Renames a damaged file to `NAME.damaged-TIMESTAMP` so nothing in it is lost.
    func moveAside(_ url: URL, reason: String) -> String {
        let stamp = Int(Date().timeIntervalSince1970)
        // link() refuses an existing name, so a second damaged file in the same second does
        // not replace the first one kept aside.
        for attempt in 0..<100 {
            let suffix = attempt == 0 ? "\(stamp)" : "\(stamp)-\(attempt)"
            let aside = url.deletingPathExtension().appendingPathExtension("damaged-\(suffix).json")
            let kept: Bool
            if link(url.path, aside.path) == 0 {
                unlink(url.path)
                kept = true
            } else if errno == EEXIST {
                continue
            } else {
                // Folders without hard links: rename, having checked that the name is free.
                kept = access(aside.path, F_OK) != 0 && rename(url.path, aside.path) == 0
            }
            if kept { return "bookmarks file was damaged (\(reason)); kept as \(aside.lastPathComponent), starting afresh" }
            break
        }
        return "bookmarks file is damaged (\(reason)) and could not be moved aside; bookmarks are kept in memory only"
    }

    /// Removes what saves killed mid-write left behind (`SHA256.json.tmp-PID-RAND`): the files
    /// of processes that no longer exist. Another live reader's may be a save in progress.
    func removeStaleTemporaries() {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        for name in names {
            guard let marker = name.range(of: ".json.tmp-"),
                  let pid = name[marker.upperBound...].split(separator: "-").first.flatMap({ pid_t($0) }), pid > 0,
                  kill(pid, 0) != 0, errno == ESRCH else { continue }
            unlink(folder.appendingPathComponent(name).path)
        }
    }

    /// For each of `paths` (standardised), the live bookmarks of its newest bookmark file: what a
    /// library lists across its documents. Only reads; a damaged file is left for its reader.
    public func bookmarks(forPaths paths: Set<String>) -> [String: [Bookmark]] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [:] }
        var newest: [String: (Date, [Bookmark])] = [:]
        for name in names where name.hasSuffix(".json") && !name.contains(".damaged-") {
            guard case .found(let file) = read(folder.appendingPathComponent(name)), let path = file.document.path,
                  paths.contains(path) else { continue }
            let updated = file.bookmarks.map(\.updated).max() ?? .distantPast
            if newest[path].map({ updated > $0.0 }) ?? true { newest[path] = (updated, file.visible) }
        }
        return newest.mapValues(\.1).filter { !$0.value.isEmpty }
    }

    private func latestFile(forPath path: String, except sha: String) -> BookmarkFile? {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return nil }
        var best: BookmarkFile?
        for name in names where name.hasSuffix(".json") && !name.contains(".damaged-") && name != "\(sha).json" {
            guard case .found(let file) = read(folder.appendingPathComponent(name)), file.document.path == path else { continue }
            let newest = file.bookmarks.map(\.updated).max() ?? .distantPast
            if newest > (best?.bookmarks.map(\.updated).max() ?? .distantPast) || best == nil { best = file }
        }
        return best
    }

    /// Identity of a file's contents on disk: when it is unchanged since this reader wrote it,
    /// nobody else did, and there is nothing to merge.
    public struct Stamp: Equatable, Sendable {
        var inode: UInt64, size: Int64, seconds: Int, nanoseconds: Int
    }

    func stamp(_ url: URL) -> Stamp? {
        var info = stat()
        guard stat(url.path, &info) == 0 else { return nil }
        return Stamp(inode: UInt64(info.st_ino), size: Int64(info.st_size),
                     seconds: Int(info.st_mtim.tv_sec), nanoseconds: Int(info.st_mtim.tv_nsec))
    }

    /// Merges `file` with what is on disk under an exclusive lock, writes the result atomically
    /// and returns it (it may hold bookmarks another reader added meanwhile).
    public func save(_ file: BookmarkFile) throws(Failure) -> BookmarkFile {
        try save(file, unchangedSince: nil).file
    }

    /// As `save`, skipping the read when the file still is as `unchangedSince` says this reader
    /// left it; returns the stamp of the file written, for the next save.
    public func save(_ file: BookmarkFile, unchangedSince known: Stamp?) throws(Failure) -> (file: BookmarkFile, stamp: Stamp?) {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw Failure(description: "cannot create \(folder.path): \(Self.reason(error))")
        }
        let target = Self.followingLink(url(for: file.document.sha256))
        if Self.isReadOnly(target) {
            throw Failure(description: "\(target.path) is read-only; bookmarks are kept in memory only")
        }
        return try withLock(target) { () throws(Failure) -> (file: BookmarkFile, stamp: Stamp?) in
            var merged = file
            if known == nil || stamp(target) != known {
                switch read(target) {
                case .found(let onDisk): merged = file.merged(with: onDisk)
                case .damaged(let reason): _ = moveAside(target, reason: reason)
                case .missing: break
                }
            }
            try writeAtomically(merged, to: target)
            return (merged, stamp(target))
        }
    }

    /// A bookmarks file linked from elsewhere (a dotfiles folder, a synced drive) is written
    /// where it really lives, so that saving keeps the link instead of replacing it.
    static func followingLink(_ url: URL) -> URL {
        var info = stat()
        guard lstat(url.path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK,
              let real = realpath(url.path, nil) else { return url }
        defer { free(real) }
        return URL(fileURLWithPath: String(cString: real))
    }

    /// A file someone made read-only is left as it is, even where the folder would allow a
    /// rename over it (and even for root, which the permission bits do not stop).
    static func isReadOnly(_ url: URL) -> Bool {
        var info = stat()
        return stat(url.path, &info) == 0 && info.st_mode & 0o222 == 0
    }

    private func withLock<T>(_ target: URL, _ body: () throws(Failure) -> T) throws(Failure) -> T {
        let lockPath = target.path + ".lock"
        let fd = Glibc.open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw Failure(description: "cannot lock \(lockPath): \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        while flock(fd, LOCK_EX) != 0 {
            if errno != EINTR { throw Failure(description: "cannot lock \(lockPath): \(String(cString: strerror(errno)))") }
        }
        defer { flock(fd, LOCK_UN) }
        return try body()
    }

    /// Temporary file in the same folder, flushed to disk, then renamed over the old one: a
    /// crash at any moment leaves the old file or the new one, never half of either.
    private func writeAtomically(_ file: BookmarkFile, to target: URL) throws(Failure) {
        let data = Data(file.encoded())
        let temporary = target.path + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let fd = Glibc.open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw Failure(description: "cannot write \(folder.path): \(String(cString: strerror(errno)))") }
        var failed: String?
        data.withUnsafeBytes { raw in
            var offset = 0
            let limit = failWritesAfter.map { min($0, raw.count) } ?? raw.count
            while offset < limit {
                let n = Glibc.write(fd, raw.baseAddress! + offset, limit - offset)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { failed = String(cString: strerror(errno)); return }
                offset += n
            }
            if limit < raw.count { failed = "injected write failure" }
        }
        if failed == nil && fsync(fd) != 0 { failed = String(cString: strerror(errno)) }
        close(fd)
        if let failed {
            unlink(temporary)
            throw Failure(description: "cannot save bookmarks: \(failed)")
        }
        if delayBeforeRename > 0 { usleep(delayBeforeRename) }
        guard rename(temporary, target.path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw Failure(description: "cannot save bookmarks: \(reason)")
        }
        let dir = Glibc.open(target.deletingLastPathComponent().path, O_RDONLY | O_CLOEXEC)
        if dir >= 0 { fsync(dir); close(dir) }   // make the rename itself durable
    }

    static func reason(_ error: Error) -> String { (error as NSError).localizedDescription }


}
