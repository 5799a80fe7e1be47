import CNcursesw
import Glibc
import ReaderCore
import Synchronization

/// The only code that talks to ncurses: start and stop the screen, read keys, draw frames.
///
/// Frames are diffed row by row against the last one drawn, so a keypress sends only the
/// cells that changed; `redrawAll` (Ctrl-L) repaints everything.
public final class Terminal {
    public struct Failure: Error, CustomStringConvertible { public var description: String }

    private var screen: OpaquePointer?
    /// Where ncurses writes: the clipboard's escape sequence goes the same way, after a frame.
    private var output: UnsafeMutablePointer<FILE>?
    /// Held while ncurses draws, so that the signal watch never ends the screen in mid-frame;
    /// the Bool says the screen was ended.
    private let ended = Mutex(false)
    private var last: Frame?
    /// The theme `last` was painted in: cells store elements, not colours, so a new theme
    /// changes no cell and would otherwise repaint nothing.
    private var lastTheme: Theme?
    private var cursorShown = false
    /// Whether a frame has been drawn since the screen started: the first is written by
    /// `FirstFrame` before ncurses is told of it.
    private var drawnOnce = false
    private var colourCount = 0
    /// Run once the first frame's bytes are written, before ncurses is told of them (the
    /// end-to-end tests' Ctrl-Z typed as the first frame appears, `TestHooks`).
    public var afterFirstFrameWrite: (() -> Void)?
    /// Where a frame is gathered to go out in one write, and a duplicate of the terminal's
    /// descriptor to point it back with (`shim_doupdate_at_once`); -1 when not to be had.
    private var frameSink: Int32 = -1
    private var terminalCopy: Int32 = -1
    private var descriptor: Int32 = -1
    /// Colour pairs made so far, by foreground and background (`key`): keyed by an Int, since the
    /// first dictionary of a new key type costs a search of every conformance in the binary.
    private var pairs: [Int: Int16] = [:]

    /// - Parameter keysFromTTY: read keys from /dev/tty (the document came through stdin).
    public init(keysFromTTY: Bool) throws(Failure) {
        Signals.installCrashHandlers()
        let input = keysFromTTY ? fopen("/dev/tty", "r") : fdopen(dup(0), "r")
        guard let input, let output = fdopen(dup(1), "w") else {
            throw Failure(description: "cannot open the terminal for keys (/dev/tty)")
        }
        guard let s = newterm(nil, output, input) else {
            let term = String(cString: getenv("TERM") ?? strdup("unset"))
            throw Failure(description: "cannot start the terminal (TERM=\(term))")
        }
        screen = s
        self.output = output
        descriptor = fileno(output)
        frameSink = shim_frame_sink()
        terminalCopy = frameSink < 0 ? -1 : fcntl(descriptor, F_DUPFD_CLOEXEC, 0)
        Signals.terminal = (descriptor, terminalCopy)
        set_term(s)
        Signals.activeScreen = true
        cbreak()
        // Ctrl-S and Ctrl-Q are keys (the emacs preset searches with Ctrl-S), not flow control,
        // which would freeze the screen; endwin restores the shell's modes, def_prog_mode keeps
        // this through Ctrl-Z and fg.
        var modes = termios()
        if tcgetattr(fileno(input), &modes) == 0 {
            modes.c_iflag &= ~tcflag_t(IXON)
            tcsetattr(fileno(input), TCSANOW, &modes)
            def_prog_mode()
        }
        noecho()
        nonl()
        keypad(shim_stdscr(), true)
        curs_set(0)
        set_escdelay(25)
        // Without these, the first arrow after Ctrl-Z and fg arrives as ESC [ B.
        for (sequence, key) in [("\u{1B}[A", KEY_UP), ("\u{1B}[B", KEY_DOWN), ("\u{1B}[C", KEY_RIGHT),
                                ("\u{1B}[D", KEY_LEFT), ("\u{1B}[H", KEY_HOME), ("\u{1B}[F", KEY_END)] {
            define_key(sequence, key)
        }
        mousemask(SHIM_BUTTON1_PRESSED | SHIM_BUTTON4_PRESSED | SHIM_BUTTON5_PRESSED, nil)
        mouseinterval(0)
        if has_colors() {
            start_color()
            use_default_colors()
            colourCount = Int(shim_COLORS())
        }
        wtimeout(shim_stdscr(), 200)
        Signals.restoreTerminal = { [weak self] in self?.end() }
        Signals.installQuitHandlers()
    }

    /// Gives the terminal back as it was: normal screen, cursor, echo.
    public func stop() {
        end()
        if let screen { delscreen(screen) }
        screen = nil
        for open in [frameSink, terminalCopy] where open >= 0 { close(open) }
        (frameSink, terminalCopy) = (-1, -1)
        Signals.terminal = (-1, -1)
    }

    /// Leaves the screen (from any thread); drawing does nothing afterwards.
    private func end() {
        ended.withLock { done in
            guard !done, screen != nil else { return }
            endwin()
            Signals.activeScreen = false
            done = true
        }
    }

    /// Runs `body` (work between the first frame and the run loop, or a long text read on after
    /// its preview is drawn) with Ctrl-Z taken only after it. A type's function, as the terminal
    /// may not have started yet.
    public static func holdingSuspend<T>(_ body: () -> T) -> T { Signals.holdingSuspend(body) }

    /// What to finish when a signal finds the run loop too busy to leave the normal way: called
    /// on another thread, with the terminal already restored, just before the process exits.
    public func whenBusyAtSignal(_ body: @escaping (Int32) -> Void) { Signals.whenBusy = body }

    /// A pending SIGINT, SIGTERM or SIGHUP, if any. Asking tells the signal watch that the run
    /// loop is leaving the normal way (saving what it holds), so the watch lets it.
    public func pendingQuit() -> Int32? {
        guard Signals.received != 0 else { return nil }
        Signals.acknowledged.store(true, ordering: .releasing)
        return Signals.received
    }

    deinit { stop() }

    public var size: (width: Int, height: Int) { (Int(shim_COLS()), Int(shim_LINES())) }

    /// How long `nextKey` waits (milliseconds) before giving the run loop a turn.
    public var keyTimeout: Int32 = 200 {
        didSet { if keyTimeout != oldValue { wtimeout(shim_stdscr(), keyTimeout) } }
    }
    public var colours: Int { colourCount }

    /// The next key, or nil after a short wait with none (so signals are noticed).
    public func nextKey() -> Key? {
        guard !ended.withLock({ $0 }) else { return nil }
        var ch: wint_t = 0
        let result = wget_wch(shim_stdscr(), &ch)
        if result == KEY_CODE_YES { return special(Int32(ch)) }
        if result == OK { return character(UInt32(ch)) }
        return nil
    }

    private func character(_ v: UInt32) -> Key? {
        switch v {
        case 10, 13: return .enter
        case 9: return .tab
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return .ctrl(Character(Unicode.Scalar(v + 96) ?? "?"))
        case 0, 28...31: return nil
        default: return Unicode.Scalar(v).map { .char(Character($0)) }
        }
    }

    private func special(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_NPAGE: return .pageDown
        case KEY_PPAGE: return .pageUp
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_BTAB: return .backTab
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_ENTER: return .enter
        case KEY_RESIZE:
            last = nil
            return .resize(width: size.width, height: size.height)
        case KEY_MOUSE:
            var event = MEVENT()
            guard getmouse(&event) == OK else { return nil }
            let kind: MouseEvent.Kind
            if event.bstate & SHIM_BUTTON4_PRESSED != 0 { kind = .wheelUp }
            else if event.bstate & SHIM_BUTTON5_PRESSED != 0 { kind = .wheelDown }
            else if event.bstate & SHIM_BUTTON1_PRESSED != 0 { kind = .press }
            else { return nil }
            return .mouse(MouseEvent(kind: kind, x: Int(event.x), y: Int(event.y)))
        default: return nil
        }
    }

    /// Puts text on the clipboard with OSC 52 (`payload` is the text in base64): terminals that
    /// allow it take it, tmux does with `set-clipboard on`, and it travels over ssh.
    public func setClipboard(base64 payload: String) {
        ended.withLock { done in
            guard !done, let output else { return }
            fputs("\u{1B}]52;c;" + payload + "\u{07}", output)
            fflush(output)
        }
    }

    /// Draws the rows that differ from the last frame.
    public func draw(_ frame: Frame, theme: Theme) {
        ended.withLock { done in
            guard !done else { return }
            // The first frame is written by the reader before ncurses is told of it: Ctrl-Z,
            // whose handler ends the screen and repaints what ncurses believes, waits for both.
            if drawnOnce { paint(frame, theme: theme) } else { Signals.holdingSuspend { paint(frame, theme: theme) } }
        }
    }

    private func paint(_ frame: Frame, theme: Theme) {
        let win = shim_stdscr()
        let sameShape = last?.width == frame.width && last?.height == frame.height && lastTheme == theme
        let previous = sameShape ? last : nil
        // One buffer for every cell and each element's style looked up once a frame: an array
        // per cell and a theme look-up per cell were most of the first frame's time. Cells
        // whose width nobody can disagree about go to ncurses a run at a time (one call per
        // run instead of one per cell); others each at their own column, so that a table
        // disagreeing with ours about a character's width cannot shift the rest of the row.
        var chars: [wchar_t] = [0, 0, 0, 0]
        var styles = [(attr_t, Int16)?](repeating: nil, count: Element.allCases.count)
        // The first frame: its bytes to the terminal at once, then ncurses told of them below.
        // The cursor goes where those bytes leave it (the frame's, or the top left).
        let firstCursor = frame.cursor.map { (x: $0.x, y: $0.y) } ?? (x: 0, y: 0)
        var sentAlready = false
        if !drawnOnce, frameSink >= 0, terminalCopy >= 0,
           let bytes = FirstFrame.bytes(of: frame, cursor: firstCursor, style: { element in
               let look = styles[Int(element.rawValue)] ?? self.style(theme.style(element))
               styles[Int(element.rawValue)] = look
               return look
           }) {
            sentAlready = bytes.withUnsafeBufferPointer {
                shim_write_all(descriptor, $0.baseAddress, $0.count) == 0
            }
            afterFirstFrameWrite?()
            if !sentAlready { clearok(win, true) }   // some bytes may be out: ncurses paints it all
        }
        drawnOnce = true
        var templates = [cchar_t?](repeating: nil, count: styles.count)
        var run: [cchar_t] = []
        run.reserveCapacity(frame.width)
        var rowsChanged = 0
        for y in 0..<frame.height where !(previous.map { Terminal.sameRow($0, frame, y) } ?? false) {
            rowsChanged += 1
            var runStart = 0
            func flush(at x: Int) {
                if !run.isEmpty { mvwadd_wchnstr(win, Int32(y), Int32(runStart), &run, Int32(run.count)) }
                run.removeAll(keepingCapacity: true)
                runStart = x
            }
            for x in 0..<frame.width {
                let cell = frame[x, y]
                if cell.isContinuation { continue }
                let index = Int(cell.element.rawValue)
                let (attributes, pair) = styles[index] ?? style(theme.style(cell.element))
                styles[index] = (attributes, pair)
                if cell.glyph.mark1 == 0 && Terminal.oneColumn(cell.glyph.base) {
                    // What setcchar makes of one character alone, made once per style: the
                    // character goes into a copy (setcchar for every cell was a fifth of the paint).
                    var cc = templates[index] ?? Terminal.character(0x20, attributes, pair)
                    templates[index] = cc
                    cc.chars.0 = wchar_t(cell.glyph.base)
                    if run.isEmpty { runStart = x }
                    run.append(cc)
                } else {
                    chars[0] = wchar_t(cell.glyph.base)
                    chars[1] = cell.glyph.mark1 == 0 ? 0 : wchar_t(cell.glyph.mark1)
                    chars[2] = cell.glyph.mark1 == 0 ? 0 : wchar_t(cell.glyph.mark2)
                    var cc = cchar_t()
                    setcchar(&cc, &chars, attributes, pair, nil)
                    flush(at: x)
                    mvwadd_wch(win, Int32(y), Int32(x), &cc)
                }
            }
            flush(at: 0)
        }
        if let cursor = frame.cursor {
            wmove(win, Int32(cursor.y), Int32(cursor.x))
        } else if sentAlready {
            wmove(win, Int32(firstCursor.y), Int32(firstCursor.x))
        }
        if (frame.cursor != nil) != cursorShown {
            cursorShown = frame.cursor != nil
            curs_set(cursorShown ? 1 : 0)
        }
        wnoutrefresh(win)
        // Gathered when rows changed; a frame with none (most turns of the run loop) sends little
        // or nothing, and the descriptor need not be moved for it.
        if sentAlready {
            if shim_doupdate_unsent(descriptor, terminalCopy, frameSink) == ERR {
                clearok(win, true)   // what ncurses believes is unknown: it paints it all
                shim_doupdate_at_once(descriptor, terminalCopy, frameSink)
            } else if size != (frame.width, frame.height) {
                // A resize came while ncurses was being told: that doupdate took it (the
                // frame it then drew went unsent), so the next frame, at the new size,
                // paints everything rather than what differs from a screen never shown.
                clearok(win, true)
            }
        } else if rowsChanged > 0 {
            shim_doupdate_at_once(descriptor, terminalCopy, frameSink)
        } else {
            shim_doupdate_keeping_suspend()
        }
        last = frame
        lastTheme = theme
    }

    /// One character as ncurses holds it in a cell, in these attributes and colours.
    private static func character(_ scalar: wchar_t, _ attributes: attr_t, _ pair: Int16) -> cchar_t {
        var chars: [wchar_t] = [scalar, 0]
        var cc = cchar_t()
        setcchar(&cc, &chars, attributes, pair, nil)
        return cc
    }

    /// Characters one column wide in every width table: Latin, Greek, Cyrillic and the like,
    /// dashes, quotes and box drawing.
    static func oneColumn(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x20...0x7E, 0xA0...0xAC, 0xAE...0x2FF, 0x370...0x482, 0x48A...0x52F, 0x2010...0x2027, 0x2030...0x205E, 0x2500...0x259F:
            return true
        default:
            return false
        }
    }

    private static func sameRow(_ a: Frame, _ b: Frame, _ y: Int) -> Bool {
        for x in 0..<a.width where a[x, y] != b[x, y] { return false }
        return true
    }

    private func style(_ s: Style) -> (attr_t, Int16) {
        var attributes = SHIM_A_NORMAL
        if s.bold { attributes |= SHIM_A_BOLD }
        if s.dim { attributes |= SHIM_A_DIM }
        if s.italic { attributes |= SHIM_A_ITALIC }
        if s.underline { attributes |= SHIM_A_UNDERLINE }
        if s.reverse { attributes |= SHIM_A_REVERSE }
        guard colourCount >= 8, s.foreground != nil || s.background != nil else { return (attributes, 0) }
        let fg = s.foreground?.index(for: colourCount) ?? -1, bg = s.background?.index(for: colourCount) ?? -1
        let key = (fg + 1) << 32 | (bg + 1)
        if let pair = pairs[key] { return (attributes, pair) }
        let next = Int16(pairs.count + 1)
        guard Int32(next) < shim_COLOR_PAIRS(), next < Int16.max else { return (attributes, 0) }
        init_pair(next, Int16(fg), Int16(bg))
        pairs[key] = next
        return (attributes, next)
    }

    /// Ctrl-L: forget what is on screen and paint every cell again.
    public func redrawAll() {
        last = nil
        clearok(shim_stdscr(), true)
    }

    /// Ctrl-Z as a key: leave the screen, stop, and come back to a full repaint.
    public func suspend() {
        endwin()
        kill(getpid(), SIGTSTP)
        last = nil
        refresh()
    }
}
