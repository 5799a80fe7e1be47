import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a program and collects its output, without Foundation.Process (which hangs when a
/// child such as the tmux server daemonises and keeps an inherited descriptor open).
public enum Spawn {
    public struct Result {
        public var status: Int32
        public var output: String
        public var error: String
        /// The child's peak resident memory.
        public var peakMemoryKB: Int = 0
        /// Killed for running past the timeout.
        public var timedOut = false
    }

    /// Kills the child once, unless it has already been waited for (its pid may be reused).
    private final class Watchdog: @unchecked Sendable {
        private let lock = NSLock()
        private let pid: pid_t
        private var state = 0   // 0 running, 1 killed, 2 finished
        init(pid: pid_t) { self.pid = pid }
        func fire() { lock.withLock { if state == 0 { kill(pid, SIGKILL); state = 1 } } }
        func finish() -> Bool { lock.withLock { defer { state = 2 }; return state == 1 } }
    }

    /// Runs `arguments` (looked up on PATH) with `environment`, standard input from `input`
    /// (a path, default /dev/null). Signals are unblocked and default in the child.
    @discardableResult
    /// After `timeout` seconds the child is killed and `timedOut` is set.
    public static func run(_ arguments: [String], environment: [String: String]? = nil, input: String = "/dev/null",
                           timeout: Double? = nil) -> Result {
        var outPipe: [Int32] = [0, 0], errPipe: [Int32] = [0, 0]
        guard pipe(&outPipe) == 0, pipe(&errPipe) == 0 else {
            return Result(status: -1, output: "", error: "pipe failed")
        }
        // Close-on-exec, so no other child (such as a daemonising tmux server) keeps them open.
        for fd in outPipe + errPipe { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawn_file_actions_addopen(&actions, 0, input, O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errPipe[1], 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        var none = sigset_t()
        sigemptyset(&none)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let env = (environment ?? ProcessInfo.processInfo.environment).map { "\($0.key)=\($0.value)" }
        var pid: pid_t = 0
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = env.map { strdup($0) } + [nil]
        let spawned = posix_spawnp(&pid, arguments[0], &actions, &attributes, argv, envp)
        argv.forEach { free($0) }
        envp.forEach { free($0) }
        posix_spawn_file_actions_destroy(&actions)
        posix_spawnattr_destroy(&attributes)
        close(outPipe[1])
        close(errPipe[1])
        defer { close(outPipe[0]); close(errPipe[0]) }
        guard spawned == 0 else { return Result(status: -1, output: "", error: "cannot start \(arguments[0])") }
        let watchdog = Watchdog(pid: pid)
        if let timeout { DispatchQueue.global().asyncAfter(deadline: .now() + timeout) { watchdog.fire() } }
        // Drain both pipes on two threads so neither can fill up and block the child.
        let errors = Bytes()
        let errFD = errPipe[0]
        let done = DispatchSemaphore(value: 0)
        Thread { errors.value = drain(errFD); done.signal() }.start()
        let outBytes = drain(outPipe[0])
        done.wait()
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let timedOut = watchdog.finish()
        let exit = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return Result(status: exit, output: String(decoding: outBytes, as: UTF8.self), error: String(decoding: errors.value, as: UTF8.self),
                      peakMemoryKB: usage.ru_maxrss, timedOut: timedOut)
    }

    private final class Bytes: @unchecked Sendable { var value: [UInt8] = [] }

    private static func drain(_ fd: Int32) -> [UInt8] {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            bytes.append(contentsOf: buffer[0..<n])
        }
        return bytes
    }

    /// The built `colloquy` executable (COLLOQUY_BINARY overrides).
    public static var colloquy: String {
        if let path = ProcessInfo.processInfo.environment["COLLOQUY_BINARY"] { return path }
        return Bundle.main.bundleURL.appendingPathComponent("colloquy").path
    }

    /// This process's environment without the user's colloquy settings (`COLLOQUY_*` and the
    /// config file), so that tests see the defaults whoever runs them.
    public static var environmentWithoutSettings: [String: String] {
        var env = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("COLLOQUY_") || $0.key == "COLLOQUY_BINARY" }
        env["XDG_CONFIG_HOME"] = "/nonexistent/colloquy-tests-config"
        env["SWIFT_BACKTRACE"] = "enable=no"
        return env
    }
}
