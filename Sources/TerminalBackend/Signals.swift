import CNcursesw
import Glibc
import Synchronization
import TranscriptKit

/// Signal handling that always gives the terminal back, and soon.
///
/// SIGINT, SIGTERM and SIGHUP set a flag and wake a watch thread. The run loop normally sees the
/// flag within a few milliseconds (the signal is steered to the main thread, so a wait for a key
/// returns at once) and leaves the normal way, saving what it holds. If it does not say so
/// within `grace` — it is busy computing — the watch thread restores the terminal, lets the
/// reader finish what must be kept (`whenBusy`) and exits with 128 + N itself.
/// SIGQUIT restores the terminal and exits 131 at once, with no crash report over the screen
/// (the Swift runtime's backtracer would otherwise take it).
/// Crash signals restore the terminal, then re-raise with the default action so the exit status
/// still tells what happened.
enum Signals {
    nonisolated(unsafe) static var received: Int32 = 0
    nonisolated(unsafe) static var quitNow: Int32 = 0
    nonisolated(unsafe) static var activeScreen = false
    nonisolated(unsafe) static var mainThread = pthread_self()
    /// Set by the run loop when it has seen `received` and is leaving the normal way.
    static let acknowledged = Atomic<Bool>(false)
    /// Posted by the handlers: `sem_post` is one of the few calls a handler may make.
    nonisolated(unsafe) static let wake: UnsafeMutablePointer<sem_t> = {
        let semaphore = UnsafeMutablePointer<sem_t>.allocate(capacity: 1)
        sem_init(semaphore, 0, 0)
        return semaphore
    }()
    /// How long the run loop has to notice a signal before the watch thread ends the reader.
    static let grace: Int64 = 50_000_000   // nanoseconds
    nonisolated(unsafe) static var restoreTerminal: () -> Void = {}
    /// The terminal's descriptor and a duplicate of it: a crash while a frame is gathered
    /// elsewhere (`shim_doupdate_at_once`) points the terminal's back before ending the screen.
    nonisolated(unsafe) static var terminal: (descriptor: Int32, copy: Int32) = (-1, -1)
    nonisolated(unsafe) static var whenBusy: (Int32) -> Void = { _ in }
    private static let watching = Atomic<Bool>(false)

    static func installQuitHandlers() {
        _ = wake   // initialised here, never first inside a handler
        mainThread = pthread_self()
        for sig in [SIGINT, SIGTERM, SIGHUP, SIGQUIT] {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { sig in
                // Any thread may take a process signal; the main thread must, so that its wait
                // for a key is interrupted and the run loop sees the flag at once.
                if pthread_equal(pthread_self(), Signals.mainThread) == 0 {
                    pthread_kill(Signals.mainThread, sig)
                    return
                }
                if sig == SIGQUIT { Signals.quitNow = sig } else { Signals.received = sig }
                sem_post(Signals.wake)
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0   // no SA_RESTART: a blocked read returns so the loop can see the flag
            sigaction(sig, &action, nil)
        }
        startWatch()
    }

    private static func startWatch() {
        guard !watching.exchange(true, ordering: .relaxed) else { return }
        // The watch thread takes no signals itself (it is started with them blocked), Ctrl-Z's
        // SIGTSTP included: ncurses' handler for it must run on the main thread (`holdingSuspend`).
        var blocked = sigset_t(), previous = sigset_t()
        sigemptyset(&blocked)
        for sig in [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP] { sigaddset(&blocked, sig) }
        pthread_sigmask(SIG_BLOCK, &blocked, &previous)
        var thread = pthread_t()
        pthread_create(&thread, nil, { _ in
            Signals.watch()
            return nil
        }, nil)
        pthread_detach(thread)
        pthread_sigmask(SIG_SETMASK, &previous, nil)
    }

    private static func watch() {
        while true {
            while sem_wait(wake) != 0 {}   // EINTR
            if quitNow != 0 {
                restoreTerminal()
                _exit(128 + SIGQUIT)
            }
            let sig = received
            guard sig != 0 else { continue }
            let deadline = now() + grace
            while !acknowledged.load(ordering: .acquiring) && now() < deadline { usleep(2_000) }
            if acknowledged.load(ordering: .acquiring) { continue }
            restoreTerminal()
            whenBusy(sig)
            _exit(128 + sig)
        }
    }

    private static func now() -> Int64 {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Int64(t.tv_sec) * 1_000_000_000 + Int64(t.tv_nsec)
    }

    /// Runs `body` with Ctrl-Z held back until it is done. ncurses stops the reader from its
    /// SIGTSTP handler, which ends the screen (allocating and writing): run in the middle of an
    /// allocation on the same thread (Foundation reading a file, a thread being started), it
    /// deadlocks. Held back, the signal is taken when `body` returns, at a safe point.
    /// A Ctrl-Z held across a `doupdate` is not lost (`shim_doupdate_keeping_suspend`).
    static func holdingSuspend<T>(_ body: () -> T) -> T { BackgroundWork.holdingSuspend(body) }

    static func installCrashHandlers() {
        for sig in [SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE] {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { sig in
                if Signals.terminal.copy >= 0 { dup2(Signals.terminal.copy, Signals.terminal.descriptor) }
                if Signals.activeScreen { endwin() }
                signal(sig, SIG_DFL)
                raise(sig)
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(sig, &action, nil)
        }
    }
}
