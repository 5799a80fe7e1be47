enum Usage {
    static let version = "colloquy 0.1.0"

    static let text = """
    colloquy — read interviews and Q&A transcripts in the terminal

    Usage:
      colloquy [FILE] [--theme NAME|PATH] [--format FMT] [--no-resume]   (--no-resume: start at the top)
               [--measure N] [--sidebar-width N]   (text at most N columns, default 100; the sidebar's width)
      colloquy outline [FILE] [--format FMT] [--explain]
      colloquy export [FILE] [--format json|markdown|text] [--input-format FMT]
      colloquy render [FILE] --size WxH [--keys KEYS] [--ansi] [--theme NAME|PATH]
      colloquy grep [-e] [-c] PATTERN [FILE]
      colloquy bookmarks [FILE] [--format text|json|markdown]
      colloquy countries|people|organisations|topics [FILE]
      colloquy bench [--megabytes N]
      colloquy corpus-report [CORPUS-DIR] [--gold DIR] [-v]
      colloquy --list-themes | --help | --version

    FILE is a transcript (plain text, Markdown, WebVTT or SRT; detected from the content,
    FMT overrides it). '-' or a pipe reads standard input; no FILE opens the embedded
    2020 Sputnik interview with Sergei Lavrov. When standard output is not a terminal
    the reader prints the outline instead.

    Commands:
      outline   numbered exchanges with title, speakers and source lines; --explain adds
                why each label was believed and what began each exchange
      export    the whole document as JSON (docs/json-contract.md), Markdown or text
      render    replay KEYS headlessly and print one frame (plain, or --ansi styled)
      grep      every match as exchange:line: context (-e regular expression, -c count);
                exit 1 when nothing matches. Smart case; accents, quotes and dashes fold
      bookmarks the document's bookmarks (kept in $XDG_DATA_HOME/colloquy/)
      countries, people, organisations, topics
                each entity with its mentions and the exchanges that mention it
      bench     generate a deterministic transcript and measure parsing and drawing
      corpus-report
                real transcripts (default ../shared/corpus) against their hand-written gold

    Every command takes --speaker 'LABEL=ROLE' (interviewer, interviewee, moderator, other,
    or none for a label-like shape that is text), repeatable, to correct who is who; the same
    lines can live in FILE.speakers beside the transcript.

    KEYS notation: characters as typed, plus <Enter> <Esc> <Tab> <S-Tab> <Space> <BS>
    <Up> <Down> <Left> <Right> <PgUp> <PgDn> <Home> <End> <C-x> <lt> and <Resize:WxH>.

    In the reader press ? for every key. q quits.

    Environment: NO_COLOR (no colours), COLLOQUY_THEME (the theme, unless --theme),
    XDG_CONFIG_HOME (themes in colloquy/themes/).
    Exit status: 0 success, 1 unreadable input (grep: no match; the reader: quit, but the
    bookmarks could not be saved), 2 usage error, 128+N after signal N.
    """
}
