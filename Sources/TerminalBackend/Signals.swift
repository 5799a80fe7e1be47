import CNcursesw
import Glibc

/// Signal handling that always gives the terminal back.
///
/// SIGINT, SIGTERM and SIGHUP only set a flag: the run loop notices it within one key
/// timeout and leaves through the normal path. Crash signals restore the terminal, then
/// re-raise with the default action so the exit status still tells what happened.
enum Signals {
    nonisolated(unsafe) static var received: Int32 = 0
    nonisolated(unsafe) static var activeScreen = false

    static func installQuitHandlers() {
        for sig in [SIGINT, SIGTERM, SIGHUP] {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { sig in Signals.received = sig }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0   // no SA_RESTART: a blocked read returns so the loop can see the flag
            sigaction(sig, &action, nil)
        }
    }

    static func installCrashHandlers() {
        for sig in [SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE] {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { sig in
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
