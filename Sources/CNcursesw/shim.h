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
#include <langinfo.h>
#include <ncursesw/curses.h>

/* Swift 6 cannot use the global stdscr or these macros directly: wrap them. */
static inline WINDOW *boxoffice_stdscr(void) { return stdscr; }
static inline int boxoffice_color_pair(int pair) { return COLOR_PAIR(pair); }
static inline attr_t boxoffice_a_normal(void) { return A_NORMAL; }
static inline attr_t boxoffice_a_bold(void) { return A_BOLD; }
static inline attr_t boxoffice_a_reverse(void) { return A_REVERSE; }
static inline attr_t boxoffice_a_underline(void) { return A_UNDERLINE; }
static inline attr_t boxoffice_a_dim(void) { return A_DIM; }
static inline int boxoffice_key_f(int n) { return KEY_F(n); }
static inline int boxoffice_lines(void) { return LINES; }
static inline int boxoffice_cols(void) { return COLS; }
static inline int boxoffice_color_pairs(void) { return COLOR_PAIRS; }
static inline int boxoffice_max_y(WINDOW *window) { return getmaxy(window); }
static inline int boxoffice_max_x(WINDOW *window) { return getmaxx(window); }

/* Mouse masks are function-like macros. */
static inline mmask_t boxoffice_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t boxoffice_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t boxoffice_wheel_up(void) { return BUTTON4_PRESSED; }
static inline mmask_t boxoffice_wheel_down(void) { return BUTTON5_PRESSED; }

/* Glibc's module hides wcwidth (an X/Open function): the width ncurses itself will use. */
static inline int boxoffice_wcwidth(wchar_t character) {
    extern int wcwidth(wchar_t);
    return wcwidth(character);
}

/* Whether terminal type `term` (NULL: $TERM) can move the cursor, read from terminfo without
   touching the terminal; -1 when terminfo does not know the type. */
static inline int boxoffice_type_moves_cursor(const char *term) {
    extern int setupterm(const char *, int, int *);
    extern struct term *set_curterm(struct term *);
    extern int del_curterm(struct term *);
    int error = 0;
    if (setupterm(term, 1, &error) != OK) return -1;
    const char *move = tigetstr("cup");
    int moves = move != NULL && move != (const char *)-1;
    del_curterm(set_curterm(NULL));
    return moves;
}

/* The wide read-back call is a macro over wmove + winnwstr. */
static inline int boxoffice_mvwinnwstr(WINDOW *window, int y, int x, wchar_t *text, int count) {
    return mvwinnwstr(window, y, x, text, count);
}

#endif
