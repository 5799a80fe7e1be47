/* The one C header the terminal backend sees. Feature macros come before any #include. */
#define _GNU_SOURCE 1
#define _XOPEN_SOURCE 700
#define NCURSES_WIDECHAR 1
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <unistd.h>
#include <locale.h>
#include <wchar.h>
#include <langinfo.h>
#include <ncurses.h>

/* Swift 6 cannot read these C globals and macros directly. */
static inline WINDOW *shim_stdscr(void) { return stdscr; }
static inline int shim_LINES(void) { return LINES; }
static inline int shim_COLS(void) { return COLS; }
static inline int shim_COLORS(void) { return COLORS; }
static inline int shim_COLOR_PAIRS(void) { return COLOR_PAIRS; }
static const attr_t SHIM_A_NORMAL = A_NORMAL, SHIM_A_BOLD = A_BOLD, SHIM_A_DIM = A_DIM,
                    SHIM_A_REVERSE = A_REVERSE, SHIM_A_UNDERLINE = A_UNDERLINE,
                    SHIM_A_ITALIC = A_ITALIC;
static const mmask_t SHIM_BUTTON1_PRESSED = BUTTON1_PRESSED,
                     SHIM_BUTTON1_CLICKED = BUTTON1_CLICKED,
                     SHIM_BUTTON4_PRESSED = BUTTON4_PRESSED,
                     SHIM_BUTTON5_PRESSED = BUTTON5_PRESSED;

/* A file in memory for `shim_doupdate_at_once` to gather a frame in (-1 if there is none). */
static inline int shim_frame_sink(void) { return memfd_create("colloquy-frame", MFD_CLOEXEC); }

/* doupdate, its output sent in one write. ncurses 6.4 writes a frame a row at a time: until a
   screen has once been ended and resumed, every cursor move flushes its buffer (as programs that
   call mvcur alone need), so a first frame took some 45 writes, each a wake-up of the terminal
   (of tmux, and of whatever reads tmux). Here the terminal's descriptor points at `sink` while
   doupdate runs, then at the terminal again (`copy`, a duplicate of it), and what was gathered
   goes out at once. Ctrl-Z waits meanwhile: ncurses' handler for it ends the screen by writing
   to that descriptor. With no sink, doupdate writes as it always did. */
/* A resize that came while the terminal's descriptor pointed at a sink is lost: ncurses asks
   that descriptor for the size, a memory file has none, and it keeps the old one. Asked again
   here, on the terminal; resizeterm queues KEY_RESIZE and repaints everything next. */
static inline void shim_catch_lost_resize(int terminal) {
    struct winsize size;
    if (ioctl(terminal, TIOCGWINSZ, &size) == 0 && size.ws_row > 0 && size.ws_col > 0
        && (size.ws_row != LINES || size.ws_col != COLS))
        resizeterm(size.ws_row, size.ws_col);
}

/* doupdate that keeps a Ctrl-Z typed while it was held. ncurses ignores SIGTSTP while it
   updates the screen (SIG_IGN, its handler put back after), and setting SIG_IGN discards a
   SIGTSTP already pending: one typed while the caller held it (blocked) was lost and the reader
   never stopped. One still pending just before is sent again to this thread after, to be taken
   when the caller lets it through; one typed during the update stays pending by itself (a
   blocked signal is never discarded as ignored). */
static inline int shim_doupdate_keeping_suspend(void) {
    sigset_t pending;
    int wanted = sigpending(&pending) == 0 && sigismember(&pending, SIGTSTP) == 1;
    int result = doupdate();
    if (wanted) pthread_kill(pthread_self(), SIGTSTP);
    return result;
}

static inline int shim_write_all(int descriptor, const unsigned char *bytes, size_t count) {
    for (size_t sent = 0; sent < count;) {
        ssize_t n = write(descriptor, bytes + sent, count - sent);
        if (n > 0) sent += (size_t)n;
        else if (n < 0 && errno != EINTR && errno != EAGAIN) return -1;
    }
    return 0;
}

/* doupdate into `sink` with Ctrl-Z held, the terminal's descriptor pointed back after; what was
   gathered then goes to the terminal at once when `send`, else is dropped. -2 when the sink
   could not be used: nothing was done. */
static inline int shim_doupdate_through(int terminal, int copy, int sink, int send) {
    sigset_t held, previous;
    sigemptyset(&held);
    sigaddset(&held, SIGTSTP);
    if (copy < 0 || sink < 0 || pthread_sigmask(SIG_BLOCK, &held, &previous) != 0) return -2;
    if (dup2(sink, terminal) < 0) {
        pthread_sigmask(SIG_SETMASK, &previous, NULL);
        return -2;
    }
    int result = shim_doupdate_keeping_suspend();
    while (dup2(copy, terminal) < 0) {}   /* fails only when interrupted: the screen must come back */
    shim_catch_lost_resize(terminal);
    off_t size = send ? lseek(sink, 0, SEEK_CUR) : 0, at = 0;
    unsigned char buffer[16384];
    while (at < size) {
        ssize_t got = pread(sink, buffer, (size_t)(size - at < (off_t)sizeof buffer ? size - at : (off_t)sizeof buffer), at);
        if (got <= 0 || shim_write_all(terminal, buffer, (size_t)got) != 0) break;
        at += got;
    }
    lseek(sink, 0, SEEK_SET);
    pthread_sigmask(SIG_SETMASK, &previous, NULL);
    return result;
}

/* The frame gathered and sent at once; with no sink, doupdate as it always was. */
static inline int shim_doupdate_at_once(int terminal, int copy, int sink) {
    int result = shim_doupdate_through(terminal, copy, sink, 1);
    return result == -2 ? shim_doupdate_keeping_suspend() : result;
}

/* The first frame's own bytes (`FirstFrame.swift`): terminfo strings, ncurses' attribute changes
   written through a callback, one write, then ncurses told of the frame by a doupdate whose
   output is thrown away. */
static inline const char *shim_capability(const char *name) {
    char *s = tigetstr(name);
    return s == (char *)-1 ? NULL : s;
}
extern int tputs(const char *, int, int (*)(int));   /* term.h's; that header's macros would clash */
static inline int shim_tputs(const char *string, int lines, int (*put)(int)) { return tputs(string, lines, put); }
static inline const char *shim_cursor_to(const char *cup, int row, int column) {
    return tparm(cup, (long)row, (long)column, 0L, 0L, 0L, 0L, 0L, 0L, 0L);
}
/* doupdate with its output put in `sink` and dropped: the terminal already shows the frame. */
static inline int shim_doupdate_unsent(int terminal, int copy, int sink) {
    int result = shim_doupdate_through(terminal, copy, sink, 0);
    return result == -2 ? ERR : result;
}
