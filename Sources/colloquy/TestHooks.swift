import Foundation

/// What the end-to-end tests can make the live reader do, through the environment: conditions
/// that are real but cannot be summoned on demand. Unset, they change nothing.
enum TestHooks {
    /// `COLLOQUY_TEST_BUSY_KEY=%`: that key sets the run loop computing for ever without looking
    /// at signals, as a pathological input could, to show that signals are honoured all the same.
    static let busyKey = ProcessInfo.processInfo.environment["COLLOQUY_TEST_BUSY_KEY"]
    /// `COLLOQUY_TEST_SAVE_DELAY_MS=100`: a slow disk, so that a save is still under way when the
    /// reader is killed right after what it says on screen.
    static let saveDelay: UInt32 = {   // microseconds
        guard let ms = ProcessInfo.processInfo.environment["COLLOQUY_TEST_SAVE_DELAY_MS"].flatMap({ UInt32($0) }) else { return 0 }
        return min(ms, 10_000) * 1000
    }()
}
