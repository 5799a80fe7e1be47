import TranscriptKit

/// What a key asks the reader to do.
public enum Action: Equatable, Sendable, CaseIterable {
    case lineDown, lineUp, pageDown, pageUp, halfPageDown, halfPageUp, top, bottom
    case nextSection, previousSection, nextParagraph, previousParagraph, goToPrompt, open
    case focusNext, focusPrevious, jumpBack, jumpForward
    case toggleCaptions, toggleSidebar, nextTheme, redraw, suspend, help, cancel, quit
    case searchPrompt, nextMatch, previousMatch, nextTab, previousTab
    case bookmark, showBookmarks, exportBookmarks, pickCountry, pickTopic
    case filterPrompt, select, selectParagraphs, copy, nextSentence, previousSentence, play
}

/// Work for the program around the reader: the update itself never does I/O.
public enum Effect: Equatable, Sendable {
    case quit, redraw, suspend
    /// Run this search (off the drawing path) and hand the result to `receive(_:generation:)`.
    case search(SearchQuery, generation: Int)
    /// Keep these searches for next time.
    case saveHistory([SearchQuery])
    /// Save bookmarks and the reading position (merging with other readers' changes);
    /// the result comes back through `replaceBookmarks(_:)`.
    case persist
    /// Write the bookmarks as Markdown and say where.
    case exportBookmarks
    /// Put this text on the clipboard (OSC 52, and the copy command if one is set) and say where.
    case copy(String)
    /// Run the player from this time (`seconds` into the recording), or without one copy the time.
    case play(seconds: Int, time: String)
}
