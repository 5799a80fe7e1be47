import Foundation

/// What the end-to-end tests can make the live reader do, through the environment: conditions
/// that are real but cannot be summoned on demand. Unset, they change nothing.
enum TestHooks {
    /// `COLLOQUY_TEST_BUSY_KEY=%`: that key sets the run loop computing for ever without looking
    /// at signals, as a pathological input could, to show that signals are honoured all the same.
    static let busyKey = Environment.value("COLLOQUY_TEST_BUSY_KEY")
    /// `COLLOQUY_TEST_SAVE_DELAY_MS=100`: a slow disk, so that a save is still under way when the
    /// reader is killed right after what it says on screen.
    static let saveDelay: UInt32 = {   // microseconds
        guard let ms = Environment.value("COLLOQUY_TEST_SAVE_DELAY_MS").flatMap({ UInt32($0) }) else { return 0 }
        return min(ms, 10_000) * 1000
    }()
    /// `COLLOQUY_TEST_SUSPEND_AT_FIRST_FRAME=1`: a Ctrl-Z typed just as the first frame is out
    /// and before ncurses is told of it (the process group is sent SIGTSTP as the terminal sends
    /// it), which the reader must take once ncurses knows the frame, the screen whole after `fg`.
    static let suspendsAtFirstFrame = Environment.value("COLLOQUY_TEST_SUSPEND_AT_FIRST_FRAME") != nil
    static func suspendAtFirstFrame() { kill(0, SIGTSTP) }
}

extension TestHooks {
    /// `COLLOQUY_TEST_HOLD_READING=PATH`: a previewed document is parsed whole only once PATH
    /// exists (30 s at most), so that a test sees the preview and types into it however fast
    /// the machine parses.
    static func holdReading() {
        guard let gate = Environment.value("COLLOQUY_TEST_HOLD_READING") else { return }
        for _ in 0..<3000 where access(gate, F_OK) != 0 { usleep(10_000) }
    }
}
