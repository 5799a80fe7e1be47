/// The three starting points for key bindings: `keys = vim | less | emacs` in the config file.
///
/// Each preset changes only the keys that move and search; the reader's own keys (`]` next
/// exchange, `m` bookmark, `s` sidebar…) are the same in all three.
extension KeyMap {
    public static let presetNames = ["vim", "less", "emacs"]

    public static func preset(_ name: String) -> KeyMap? {
        switch name {
        case "vim": return standard
        case "less": return less
        case "emacs": return emacs
        default: return nil
        }
    }

    /// As less(1) moves: `e`/`y` and Ctrl-E/Ctrl-Y by lines, `z`/`w` by pages, `<`/`>` to the ends,
    /// `h` for help.
    static let less = standard.replacing([
        (.lineDown, [.char("j"), .char("e"), .ctrl("e"), .down]),
        (.lineUp, [.char("k"), .char("y"), .ctrl("y"), .ctrl("p"), .up]),
        (.pageDown, [.char(" "), .char("f"), .ctrl("f"), .ctrl("v"), .char("z"), .pageDown]),
        (.pageUp, [.char("b"), .ctrl("b"), .char("w"), .pageUp]),
        (.top, [.char("g"), .char("<"), .home]),
        (.bottom, [.char("G"), .char(">"), .end]),
        (.help, [.char("h"), .char("H"), .char("?")]),
        (.previousTab, [.left]),
        (.redraw, [.ctrl("l"), .char("r")]),
        (.quit, [.char("q"), .char("Q")]),
    ])

    /// As Emacs moves in view-mode: Ctrl-N/Ctrl-P, Ctrl-V and Backspace by pages, `<`/`>` to the
    /// ends, Ctrl-S/Ctrl-R search, Ctrl-G cancels. Ctrl-N is taken, so jumping forward is Ctrl-T.
    static let emacs = standard.replacing([
        (.lineDown, [.ctrl("n"), .down]),
        (.lineUp, [.ctrl("p"), .up]),
        (.pageDown, [.ctrl("v"), .char(" "), .pageDown]),
        (.pageUp, [.backspace, .delete, .pageUp]),
        (.halfPageDown, [.char("d")]),
        (.halfPageUp, [.char("u")]),
        (.top, [.char("<"), .home]),
        (.bottom, [.char(">"), .end]),
        (.searchPrompt, [.ctrl("s"), .char("/")]),
        (.previousMatch, [.ctrl("r"), .char("N")]),
        (.jumpForward, [.ctrl("t")]),
        (.cancel, [.ctrl("g"), .escape]),
        (.nextTab, [.char("l"), .right]),
        (.previousTab, [.left]),
    ])
}
