// The functions the generator cannot forward: variadic ones, and tracing, which the
// built-in SQLite leaves out.
#include <stdarg.h>
#include <stdio.h>
#include <sqlite3.h>

extern int sqlite_nio_sqlite3_config(int, ...);
extern int sqlite_nio_sqlite3_db_config(sqlite3 *, int, ...);
extern void sqlite_nio_sqlite3_log(int, const char *, ...);

/// The one configuration GRDB makes: its error log callback.
int sqlite3_config(int op, ...) {
    va_list arguments;
    va_start(arguments, op);
    int result = SQLITE_MISUSE;
    if (op == SQLITE_CONFIG_LOG) {
        void (*callback)(void *, int, const char *) = va_arg(arguments, void (*)(void *, int, const char *));
        void *context = va_arg(arguments, void *);
        result = sqlite_nio_sqlite3_config(op, callback, context);
    }
    va_end(arguments);
    return result;
}

/// The settings GRDB makes on a connection: an int and a pointer to an int.
int sqlite3_db_config(sqlite3 *db, int op, ...) {
    va_list arguments;
    va_start(arguments, op);
    int value = va_arg(arguments, int);
    int *result = va_arg(arguments, int *);
    va_end(arguments);
    return sqlite_nio_sqlite3_db_config(db, op, value, result);
}

void sqlite3_log(int code, const char *format, ...) {
    char message[1024];
    va_list arguments;
    va_start(arguments, format);
    vsnprintf(message, sizeof message, format, arguments);
    va_end(arguments);
    sqlite_nio_sqlite3_log(code, "%s", message);
}

/// Tracing is left out of the built-in SQLite; nothing in boxoffice asks for it.
int sqlite3_trace_v2(sqlite3 *db, unsigned mask, int (*callback)(unsigned, void *, void *, void *), void *context) {
    (void)db; (void)mask; (void)callback; (void)context;
    return SQLITE_ERROR;
}
