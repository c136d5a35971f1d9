#ifndef CNCURSESW_SHIM_H
#define CNCURSESW_SHIM_H
// SwiftPM drops pkg-config's -D flags, and without these the wide-character
// API (wget_wch, mvaddnwstr) is compiled out of the header.
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <wchar.h>
#include <signal.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
#include <ncursesw/ncurses.h>

// Attribute macros built from shifts do not import into Swift.
static inline attr_t cm_a_bold(void) { return A_BOLD; }
static inline attr_t cm_a_reverse(void) { return A_REVERSE; }
static inline attr_t cm_a_underline(void) { return A_UNDERLINE; }
static inline attr_t cm_a_dim(void) { return A_DIM; }
static inline attr_t cm_a_normal(void) { return A_NORMAL; }
// COLOR_PAIRS is a mutable C global, which Swift 6 rejects; read it here.
static inline int cm_color_pairs(void) { return COLOR_PAIRS; }

// Leaving the terminal as it was when a signal or a crash ends the editor.
// endwin() is not async-signal-safe, so the handler does only what is:
// write(2) the terminal's own "leave" sequences (captured from terminfo
// while the screen opens), tcsetattr(3) the modes saved before it opened,
// then put back the previous handler and re-raise, so the process ends (or
// the Swift runtime reports its crash) exactly as it would have.
// Swift does not emit C globals declared in a header, so the state lives
// in one function-local static.
struct cm_terminal_state {
    struct termios saved_termios;
    int have_termios;
    char restore_sequence[512];
    size_t restore_length;
    struct sigaction previous_actions[NSIG];
    int handled[NSIG];
};

static inline struct cm_terminal_state *cm_state(void) {
    static struct cm_terminal_state state;
    return &state;
}

static inline void cm_restore_terminal_now(void) {
    struct cm_terminal_state *st = cm_state();
    if (st->restore_length > 0) {
        ssize_t ignored = write(STDOUT_FILENO, st->restore_sequence, st->restore_length);
        (void)ignored;
    }
    if (st->have_termios) tcsetattr(STDIN_FILENO, TCSANOW, &st->saved_termios);
}

static inline void cm_signal_handler(int sig) {
    cm_restore_terminal_now();
    struct cm_terminal_state *st = cm_state();
    if (sig > 0 && sig < NSIG && st->handled[sig]) sigaction(sig, &st->previous_actions[sig], NULL);
    raise(sig);
}

/// Saves the terminal modes the shell had; call before initscr().
static inline void cm_save_terminal_modes(void) {
    cm_state()->have_termios = tcgetattr(STDIN_FILENO, &cm_state()->saved_termios) == 0;
}

static inline void cm_append_capability(const char *name) {
    char *s = tigetstr(name);
    if (s == NULL || s == (char *)-1) return;
    size_t n = strlen(s);
    struct cm_terminal_state *st = cm_state();
    if (st->restore_length + n >= sizeof st->restore_sequence) return;
    memcpy(st->restore_sequence + st->restore_length, s, n);
    st->restore_length += n;
}

/// Captures the sequences that undo the screen's modes; call after initscr().
static inline void cm_capture_restore_sequence(void) {
    cm_state()->restore_length = 0;
    cm_append_capability("sgr0");
    cm_append_capability("cnorm");
    cm_append_capability("rmkx");
    cm_append_capability("rmcup");
}

/// Installs the restoring handler for termination and crash signals, except
/// those the process was told to ignore.
static inline void cm_install_signal_handlers(void) {
    int signals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE, SIGSEGV};
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = cm_signal_handler;
    sigemptyset(&sa.sa_mask);
    for (size_t i = 0; i < sizeof signals / sizeof signals[0]; i++) {
        int sig = signals[i];
        struct sigaction old;
        if (sigaction(sig, NULL, &old) != 0 || old.sa_handler == SIG_IGN) continue;
        cm_state()->previous_actions[sig] = old;
        cm_state()->handled[sig] = 1;
        sigaction(sig, &sa, NULL);
    }
    // A parent may have started us with signals blocked; the editor needs
    // these to arrive (SIGWINCH is how ncurses learns of a resize).
    sigset_t wanted;
    sigemptyset(&wanted);
    sigaddset(&wanted, SIGWINCH);
    sigaddset(&wanted, SIGINT);
    sigaddset(&wanted, SIGTERM);
    sigaddset(&wanted, SIGHUP);
    sigprocmask(SIG_UNBLOCK, &wanted, NULL);
}

/// Stops the process group as Ctrl-Z would in a cooked terminal, and
/// returns once it is continued (`fg`). Call after endwin(). SIGTSTP's
/// default action is used for the stop, whatever handler curses installed.
static inline void cm_suspend(void) {
    struct sigaction dfl, old;
    memset(&dfl, 0, sizeof dfl);
    dfl.sa_handler = SIG_DFL;
    sigemptyset(&dfl.sa_mask);
    sigaction(SIGTSTP, &dfl, &old);
    sigset_t tstp, previous;
    sigemptyset(&tstp);
    sigaddset(&tstp, SIGTSTP);
    sigprocmask(SIG_UNBLOCK, &tstp, &previous);
    kill(0, SIGTSTP);
    sigprocmask(SIG_SETMASK, &previous, NULL);
    sigaction(SIGTSTP, &old, NULL);
}

/// Puts back the handlers that were there before.
static inline void cm_remove_signal_handlers(void) {
    for (int sig = 1; sig < NSIG; sig++) {
        if (!cm_state()->handled[sig]) continue;
        sigaction(sig, &cm_state()->previous_actions[sig], NULL);
        cm_state()->handled[sig] = 0;
    }
    cm_state()->restore_length = 0;
}
#endif
