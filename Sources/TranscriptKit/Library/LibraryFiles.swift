#if canImport(Glibc)
import Glibc
#endif

/// The files a library is made of: the paths given, folders walked recursively.
///
/// A library is just files: nothing is imported. What cannot be a transcript (a FIFO, a
/// device, a symlink loop, a path that cannot be opened) is skipped and counted here; a file
/// that turns out to be binary is skipped when it is read (`LibraryFiles.Skipped.binary`).
public struct LibraryFiles: Sendable {
    public enum Skip: String, CaseIterable, Sendable {
        case binary, unreadable
        case special = "not a regular file"
        case loop = "symlink loop"
    }

    /// Candidate transcripts, in a stable order: the paths given in their order, each folder's
    /// files sorted by name, folders after the files beside them.
    public internal(set) var paths: [String] = []
    /// Paths left out, with why.
    public internal(set) var skipped: [(path: String, why: Skip)] = []
    /// The paths given: walked again, they show files added since.
    public let given: [String]

    /// Walks `arguments`. Hidden entries (`.git`) and speaker sidecars (`FILE.speakers`) inside
    /// folders are not documents; a path named on the command line is always tried.
    public init(_ arguments: [String]) {
        given = arguments
        for argument in arguments {
            var info = stat()
            if stat(argument, &info) != 0 {
                skipped.append((argument, errno == ELOOP ? .loop : .unreadable))
            } else if info.st_mode & S_IFMT == S_IFDIR {
                var above: Set<DirectoryID> = []
                walk(argument, info, above: &above)
            } else if info.st_mode & S_IFMT == S_IFREG {
                paths.append(argument)
            } else {
                skipped.append((argument, .special))
            }
        }
    }

    /// True when `path` names a folder (the command line then reads it as a library).
    public static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }

    /// A line for standard error: `skipped 3 files: 1 binary, 2 not a regular file`, or nil.
    public static func summary(_ skipped: [(path: String, why: Skip)]) -> String? {
        guard !skipped.isEmpty else { return nil }
        let counts = Skip.allCases.compactMap { why -> String? in
            let n = skipped.filter { $0.why == why }.count
            return n == 0 ? nil : "\(n) \(why.rawValue)"
        }
        return "skipped \(skipped.count) file\(skipped.count == 1 ? "" : "s"): " + counts.joined(separator: ", ")
    }

    private struct DirectoryID: Hashable { var device: UInt, inode: UInt }

    /// Folders read so far: one reached again by another link is not read twice.
    private var read: Set<DirectoryID> = []

    /// `above` holds the folders on the way down: meeting one of them again is a loop (a
    /// symlink to a parent), skipped and counted.
    private mutating func walk(_ folder: String, _ info: stat, above: inout Set<DirectoryID>) {
        let id = DirectoryID(device: UInt(info.st_dev), inode: UInt(info.st_ino))
        guard above.insert(id).inserted else {
            skipped.append((folder, .loop))
            return
        }
        defer { above.remove(id) }
        guard read.insert(id).inserted else { return }
        guard let dir = opendir(folder) else {
            skipped.append((folder, .unreadable))
            return
        }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name.hasPrefix(".") || name.hasSuffix(".speakers") { continue }
            names.append(name)
        }
        closedir(dir)
        var folders: [(String, stat)] = []
        for name in names.sorted() {
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            var entry = stat()
            if stat(path, &entry) != 0 {
                skipped.append((path, errno == ELOOP ? .loop : .unreadable))
                continue
            }
            switch entry.st_mode & S_IFMT {
            case S_IFREG: paths.append(path)
            case S_IFDIR: folders.append((path, entry))
            default: skipped.append((path, .special))
            }
        }
        for (path, entry) in folders { walk(path, entry, above: &above) }
    }
}
