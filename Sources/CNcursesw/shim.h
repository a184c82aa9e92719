#ifndef BOXOFFICE_CNCURSESW_SHIM_H
#define BOXOFFICE_CNCURSESW_SHIM_H

/* SwiftPM drops pkg-config's -D flags, so ask for the wide-character API here. */
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <locale.h>
#include <ncursesw/curses.h>

/* Swift 6 cannot use the global stdscr or these macros directly: wrap them. */
static inline WINDOW *boxoffice_stdscr(void) { return stdscr; }
static inline int boxoffice_color_pair(int pair) { return COLOR_PAIR(pair); }
static inline attr_t boxoffice_a_bold(void) { return A_BOLD; }
static inline attr_t boxoffice_a_reverse(void) { return A_REVERSE; }
static inline attr_t boxoffice_a_underline(void) { return A_UNDERLINE; }
static inline attr_t boxoffice_a_dim(void) { return A_DIM; }
static inline int boxoffice_key_f(int n) { return KEY_F(n); }
static inline int boxoffice_lines(void) { return LINES; }
static inline int boxoffice_cols(void) { return COLS; }

#endif
