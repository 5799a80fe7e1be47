import Dispatch

/// Notices the library's files that changed or vanished while it is open, by their
/// `FileStamp`s (no byte read), looking at most every `interval` seconds.
public struct LibraryWatch: Sendable {
    private let paths: [String]
    private var stamps: [FileStamp?]
    private var gone: Set<Int> = []
    private let interval: Double
    private var last = DispatchTime.now()

    /// Stamps every file now: what it is when the library opens is what later looks compare with.
    public init(paths: [String], interval: Double = 1) {
        self.paths = paths
        stamps = paths.map(FileStamp.init(path:))
        self.interval = interval
    }

    /// The documents (indices into `paths`) whose files changed since the last look, and those
    /// that vanished (each told once); nothing when the last look is too recent.
    public mutating func look() -> (changed: [Int], vanished: [Int]) {
        let now = DispatchTime.now()
        guard Double(now.uptimeNanoseconds - last.uptimeNanoseconds) / 1e9 >= interval else { return ([], []) }
        last = now
        var changed: [Int] = [], vanished: [Int] = []
        for index in paths.indices where !gone.contains(index) {
            let stamp = FileStamp(path: paths[index])
            guard stamp != stamps[index] else { continue }
            stamps[index] = stamp
            if stamp == nil {
                gone.insert(index)
                vanished.append(index)
            } else {
                changed.append(index)
            }
        }
        return (changed, vanished)
    }
}
