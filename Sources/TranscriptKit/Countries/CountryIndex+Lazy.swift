import Foundation

/// A country index built once, on first use or ahead of time on a background queue, and
/// shared by every copy of the reader's state.
public final class LazyCountryIndex: @unchecked Sendable {
    private let document: Document
    private let lock = NSLock()
    private var built: CountryIndex?

    public init(document: Document) { self.document = document }

    public var index: CountryIndex {
        lock.lock()
        defer { lock.unlock() }
        if let built { return built }
        let index = CountryIndex(document: document)
        built = index
        return index
    }

    /// Builds the index now (call from a background queue to have it ready).
    public func warm() { _ = index }
}
