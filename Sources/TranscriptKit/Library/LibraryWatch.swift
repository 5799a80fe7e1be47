import Dispatch

/// Notices the library's files that changed or vanished while it is open, by their
/// `FileStamp`s (no byte read), looking at most every `interval` seconds; and, every
/// `rescan` seconds, files added to its folders since (the folders walked again).
public struct LibraryWatch: Sendable {
    private var paths: [String]
    private var stamps: [FileStamp?]
    private var gone: Set<Int> = []
    /// Paths listed and not gone: a file found on a walk and not among them is new.
    private var known: Set<String>
    /// What was given to make the library (walked again for new files), if anything.
    private let given: [String]
    private let interval: Double, rescan: Double
    private var last = DispatchTime.now(), lastWalk = DispatchTime.now()

    /// Stamps every file now: what it is when the library opens is what later looks compare with.
    public init(paths: [String], walking given: [String] = [], interval: Double = 1, rescan: Double = 2) {
        self.paths = paths
        stamps = paths.map(FileStamp.init(path:))
        known = Set(paths)
        self.given = given
        self.interval = interval
        self.rescan = rescan
    }

    /// The documents (indices into the paths) whose files changed since the last look, those
    /// that vanished (each told once), and the paths of files added (which take the next
    /// indices, in the order given); nothing when the last look is too recent.
    public mutating func look() -> (changed: [Int], vanished: [Int], added: [String]) {
        let now = DispatchTime.now()
        guard Self.seconds(since: last, now) >= interval else { return ([], [], []) }
        last = now
        var changed: [Int] = [], vanished: [Int] = []
        for index in paths.indices where !gone.contains(index) {
            let stamp = FileStamp(path: paths[index])
            guard stamp != stamps[index] else { continue }
            stamps[index] = stamp
            if stamp == nil {
                gone.insert(index)
                known.remove(paths[index])
                vanished.append(index)
            } else {
                changed.append(index)
            }
        }
        var added: [String] = []
        if !given.isEmpty, Self.seconds(since: lastWalk, now) >= rescan {
            lastWalk = now
            // A file deleted and written again under its name is a new document.
            added = LibraryFiles(given).paths.filter { !known.contains($0) }
            for path in added {
                paths.append(path)
                stamps.append(FileStamp(path: path))
                known.insert(path)
            }
        }
        return (changed, vanished, added)
    }

    private static func seconds(since then: DispatchTime, _ now: DispatchTime) -> Double {
        Double(now.uptimeNanoseconds - then.uptimeNanoseconds) / 1e9
    }
}
