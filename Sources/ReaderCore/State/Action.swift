/// What a key asks the reader to do.
public enum Action: Equatable, Sendable {
    case lineDown, lineUp, pageDown, pageUp, halfPageDown, halfPageUp, top, bottom
    case nextSection, previousSection, nextParagraph, previousParagraph, goToPrompt, open
    case focusNext, focusPrevious, jumpBack, jumpForward
    case toggleCaptions, toggleSidebar, nextTheme, redraw, suspend, help, cancel, quit
}

/// Work for the program around the reader: the update itself never does I/O.
public enum Effect: Equatable, Sendable {
    case quit, redraw, suspend
}
