import CNcursesw
import Glibc
import ReaderCore

/// The first frame written by the reader itself, in one write, before ncurses is told of it.
///
/// Why: the time to a first screen is what a reader waits for at every start, and on that path
/// ncurses' first `doupdate` (2.4 M instructions: every cell compared, its colour strings
/// formatted, 4,800 characters put out one at a time) and the cells handed to it (1.6 M) came
/// before any byte reached the terminal. Here the frame's bytes are made from the cells at
/// once: the screen cleared, each row's cursor address, ncurses' own attribute changes
/// (`vid_puts`, so colours, pairs and missing capabilities come out as ncurses would write them)
/// and the characters. Only then are the cells given to ncurses and a `doupdate` run with its
/// output thrown away, which leaves ncurses believing what the terminal shows: the screen
/// cleared and painted, attributes normal and the cursor where that `doupdate` leaves it, which
/// the bytes end with too. Later frames are ncurses' as before.
enum FirstFrame {
    /// What ncurses puts out through the C callback, which can capture nothing; moved into the
    /// frame's bytes after each call. Only the main thread draws.
    nonisolated(unsafe) static var captured: [UInt8] = []
    /// Whether the callback keeps what it is given (not while ncurses is only brought up to date).
    nonisolated(unsafe) static var keeping = true

    /// The bytes of `frame` on a cleared screen, ending with normal attributes and the cursor at
    /// `cursor`; nil where the terminal is not one this is sure about (no cursor addressing or
    /// clear, writing the last cell would scroll, not UTF-8), and ncurses draws instead.
    static func bytes(of frame: Frame, cursor: (x: Int, y: Int),
                      style: (Element) -> (attr_t, Int16)) -> [UInt8]? {
        guard let clear = shim_capability("clear"), let cup = shim_capability("cup"),
              tigetflag("am") <= 0 || tigetflag("xenl") > 0,
              String(cString: nl_langinfo(nl_item(CODESET))) == "UTF-8" else { return nil }
        // The ANSI cursor address, which nearly every terminal's entry has, is written here;
        // any other is formatted by terminfo (tparm for each row was a tenth of the frame).
        let ansiAddress = String(cString: cup) == "\u{1B}[%i%p1%d;%p2%dH"
        var out: [UInt8] = []
        out.reserveCapacity(frame.width * frame.height * 3 / 2)
        captured.removeAll(keepingCapacity: true)
        keeping = true
        let put: @convention(c) (Int32) -> Int32 = { c in
            if FirstFrame.keeping { FirstFrame.captured.append(UInt8(truncatingIfNeeded: c)) }
            return c
        }
        func take() {
            out.append(contentsOf: captured)
            captured.removeAll(keepingCapacity: true)
        }
        vid_puts(SHIM_A_NORMAL, 0, nil, put)
        shim_tputs(clear, Int32(frame.height), put)
        take()
        func move(_ y: Int, _ x: Int) -> Bool {
            if ansiAddress {
                out.append(0x1B)
                out.append(0x5B)
                decimal(y + 1, into: &out)
                out.append(0x3B)
                decimal(x + 1, into: &out)
                out.append(0x48)
                return true
            }
            guard let to = shim_cursor_to(cup, Int32(y), Int32(x)), shim_tputs(to, 1, put) != ERR else { return false }
            take()
            return true
        }
        // A change of style is what ncurses writes for it (`vid_puts`), made once for each pair
        // of styles met: formatting a colour's string took most of the frame's own time.
        // Styles are numbered by element, the last number being normal.
        let normal = Element.allCases.count
        var looks = [(attr_t, Int16)?](repeating: nil, count: normal + 1)
        looks[normal] = (SHIM_A_NORMAL, 0)
        func look(_ element: Element) -> (attr_t, Int16) {
            let index = Int(element.rawValue)
            if let known = looks[index] { return known }
            let made = style(element)
            looks[index] = made
            return made
        }
        var changes = [[UInt8]?](repeating: nil, count: (normal + 1) * (normal + 1))
        var current = normal, told = normal   // what the terminal has, and what ncurses was last told
        func change(to next: Int) {
            let (from, to) = (looks[current]!, looks[next]!)
            if from == to { current = next; return }
            let key = current * (normal + 1) + next
            if let known = changes[key] {
                out.append(contentsOf: known)
            } else {
                if told != current {   // ncurses' idea of the terminal, brought up to date unsaid
                    keeping = false
                    vid_puts(from.0, from.1, nil, put)
                    keeping = true
                }
                vid_puts(to.0, to.1, nil, put)
                changes[key] = captured
                take()
                told = next
            }
            current = next
        }
        for y in 0..<frame.height {
            // Blanks in normal attributes and default colours at a row's end are what the
            // cleared screen already shows.
            var end = frame.width
            while end > 0 {
                let cell = frame[end - 1, y]
                if cell.isContinuation || !cell.glyph.isSpace || cell.glyph.mark1 != 0 { break }
                if look(cell.element) != looks[normal]! { break }
                end -= 1
            }
            if end == 0 { continue }
            guard move(y, 0) else { return nil }
            var x = 0
            while x < end {
                let cell = frame[x, y]
                if cell.isContinuation { x += 1; continue }
                _ = look(cell.element)
                change(to: Int(cell.element.rawValue))
                let glyph = cell.glyph
                append(glyph.base, to: &out)
                if glyph.mark1 != 0 {
                    append(glyph.mark1, to: &out)
                    if glyph.mark2 != 0 { append(glyph.mark2, to: &out) }
                }
                x += Int(max(glyph.width, 1))
                // A character whose width a table might disagree about: the next one is put at
                // its own column, as the cells given to ncurses are.
                if (glyph.mark1 != 0 || !Terminal.oneColumn(glyph.base)) && x < end {
                    guard move(y, x) else { return nil }
                }
            }
        }
        change(to: normal)
        if told != normal {   // ncurses must end believing the attributes normal, as they are
            keeping = false
            vid_puts(SHIM_A_NORMAL, 0, nil, put)
            keeping = true
        }
        guard move(cursor.y, cursor.x) else { return nil }
        return out
    }

    private static func decimal(_ n: Int, into out: inout [UInt8]) {
        if n >= 10 { decimal(n / 10, into: &out) }
        out.append(UInt8(0x30 + n % 10))
    }

    /// One scalar in UTF-8 (cells hold valid scalars; anything else is dropped).
    private static func append(_ scalar: UInt32, to bytes: inout [UInt8]) {
        switch scalar {
        case 0..<0x80:
            bytes.append(UInt8(scalar))
        case 0x80..<0x800:
            bytes.append(UInt8(0xC0 | scalar >> 6))
            bytes.append(UInt8(0x80 | scalar & 0x3F))
        case 0x800..<0x10000:
            guard !(0xD800...0xDFFF).contains(scalar) else { return }
            bytes.append(UInt8(0xE0 | scalar >> 12))
            bytes.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            bytes.append(UInt8(0x80 | scalar & 0x3F))
        case 0x10000...0x10FFFF:
            bytes.append(UInt8(0xF0 | scalar >> 18))
            bytes.append(UInt8(0x80 | scalar >> 12 & 0x3F))
            bytes.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            bytes.append(UInt8(0x80 | scalar & 0x3F))
        default:
            return
        }
    }
}
