/* What Swift cannot reach directly in ncursesw: macros, globals and feature-gated functions. */
#ifndef STAFFROOM_CURSES_SHIM_H
#define STAFFROOM_CURSES_SHIM_H

#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#define _GNU_SOURCE 1

#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include <ncursesw/curses.h>

static inline WINDOW *shim_stdscr(void) { return stdscr; }
static inline int shim_lines(void) { return LINES; }
static inline int shim_cols(void) { return COLS; }
static inline int shim_colors(void) { return COLORS; }
static inline int shim_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t shim_a_bold(void) { return A_BOLD; }
static inline attr_t shim_a_underline(void) { return A_UNDERLINE; }
static inline attr_t shim_a_reverse(void) { return A_REVERSE; }
static inline attr_t shim_a_dim(void) { return A_DIM; }
static inline attr_t shim_a_italic(void) { return A_ITALIC; }
static inline int shim_wcwidth(wchar_t c) { return wcwidth(c); }
/* Starts curses on the process's standard input and output; NULL when TERM is unusable. */
static inline SCREEN *shim_newterm(void) { return newterm(NULL, stdout, stdin); }

/* Sets the locale from the environment; when its character set is not UTF-8 (LANG=C over SSH),
   switches LC_CTYPE to C.UTF-8 so Cyrillic is neither dropped on output nor lost on input.
   Returns 1 when the fallback was needed. */
static inline int shim_setlocale_utf8(void) {
    setlocale(LC_ALL, "");
    const char *codeset = nl_langinfo(CODESET);
    if (codeset != NULL && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0)) return 0;
    if (setlocale(LC_CTYPE, "C.UTF-8") == NULL) setlocale(LC_CTYPE, "en_US.UTF-8");
    return 1;
}

/* The terminal's size from the kernel, for use after SIGWINCH. Returns 0 on success. */
static inline int shim_terminal_size(int fd, int *rows, int *cols) {
    struct winsize size;
    if (ioctl(fd, TIOCGWINSZ, &size) != 0 || size.ws_row == 0 || size.ws_col == 0) return -1;
    *rows = size.ws_row;
    *cols = size.ws_col;
    return 0;
}

#endif
