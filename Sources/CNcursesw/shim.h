#ifndef CNCURSESW_SHIM_H
#define CNCURSESW_SHIM_H
// SwiftPM drops pkg-config's -D flags, and without these the wide-character
// API (wget_wch, mvaddnwstr) is compiled out of the header.
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <wchar.h>
#include <ncursesw/ncurses.h>

// Attribute macros built from shifts do not import into Swift.
static inline attr_t cm_a_bold(void) { return A_BOLD; }
static inline attr_t cm_a_reverse(void) { return A_REVERSE; }
static inline attr_t cm_a_underline(void) { return A_UNDERLINE; }
static inline attr_t cm_a_dim(void) { return A_DIM; }
static inline attr_t cm_a_normal(void) { return A_NORMAL; }
#endif
