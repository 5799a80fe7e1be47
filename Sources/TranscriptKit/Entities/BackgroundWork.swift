import Foundation

/// Work nobody is waiting for, run at a lower scheduling priority than the thread that draws
/// and takes keys: in the live reader, what it starts once a frame is on screen (the whole
/// text's decoding, hashing and parsing after a preview; the search's folded text; the entity
/// indexes and the sidebar's key terms).
///
/// Why: a frame's bytes still have to pass through the terminal (tmux, the emulator) to be seen,
/// and on a machine of two cores that work, started at once at full priority, took the processor
/// from them just then: a megabyte's first screen, the same frame as a short text's, showed later
/// because more work came after it. At niceness 10 the terminal is served first and the work
/// still has every idle cycle. What a key asks for (a search, an index not built yet) is not
/// lowered.
public enum BackgroundWork {
    public static let niceness: Int32 = 10

    /// Makes the calling thread a background one. Its priority is lowered: on Linux the nice
    /// value belongs to each thread, and `setpriority(PRIO_PROCESS, 0, …)` sets the caller's (the
    /// kernel's `current`, a thread), not the whole process's. An unprivileged thread cannot raise
    /// it again, so only threads made for such work are lowered, never the main thread or a pooled
    /// one (Dispatch's) that later work would share. And it takes no signals a program is sent
    /// (a resize, Ctrl-Z, a quit), as Dispatch's threads take none: they are for the main thread,
    /// whose wait for a key they interrupt, and ncurses' handlers must run there; a crash's
    /// signals still reach their handler on the thread that crashed.
    public static func enter() {
        var blocked = sigset_t()
        sigfillset(&blocked)
        for sig in [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGTRAP, SIGABRT] { sigdelset(&blocked, sig) }
        pthread_sigmask(SIG_BLOCK, &blocked, nil)
        _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, niceness)
    }

    /// Runs `work` on a thread of its own at the lower priority, not waited for (or here, at
    /// once, if no thread can be had).
    public static func start(_ work: @escaping @Sendable () -> Void) {
        let job = Unmanaged.passRetained(Job(work)).toOpaque()
        var thread = pthread_t()
        let started = holdingSuspend {
            pthread_create(&thread, nil, { raw in
                Unmanaged<Job>.fromOpaque(raw!).takeRetainedValue().run()
                return nil
            }, job) == 0
        }
        if started {
            pthread_detach(thread)
        } else {
            Unmanaged<Job>.fromOpaque(job).takeRetainedValue().work()   // at this thread's priority
        }
    }

    /// Runs `body` with Ctrl-Z's SIGTSTP blocked on this thread, and on any thread it starts
    /// (a thread inherits its maker's mask): threads are started this way so that they take no
    /// Ctrl-Z from their first instruction. The kernel gives a signal sent to the process to any
    /// thread not blocking it; while the main thread holds Ctrl-Z back (`Signals.holdingSuspend`,
    /// which is this), a thread born taking it would run ncurses' handler there, ending the
    /// screen in the middle of the main thread's drawing.
    public static func holdingSuspend<T>(_ body: () -> T) -> T {
        var held = sigset_t(), previous = sigset_t()
        sigemptyset(&held)
        sigaddset(&held, SIGTSTP)
        pthread_sigmask(SIG_BLOCK, &held, &previous)
        defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
        return body()
    }

    private final class Job {
        let work: () -> Void
        init(_ work: @escaping () -> Void) { self.work = work }
        func run() {
            BackgroundWork.enter()
            work()
        }
    }
}
