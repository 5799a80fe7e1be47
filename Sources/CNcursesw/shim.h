/* The one C header the terminal backend sees. Feature macros come before any #include. */
#define _XOPEN_SOURCE 700
#define NCURSES_WIDECHAR 1
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
