// SQLite for GRDB: makes GRDB, and every sqlite3_* call of the engine, use the SQLite that
// vapor/sqlite-nio builds in (a recent release) instead of the system's libsqlite3.
//
// GRDB is compiled against the system's <sqlite3.h> and names the library `sqlite3`.
// This target defines every sqlite3_* function they call as a forwarder to the same
// function of the built-in SQLite, whose symbols are prefixed `sqlite_nio_`; the linker
// takes definitions in the program's own objects before those of a shared library, so
// every call lands here. The reason is the WAL-reset bug of SQLite before 3.51.3, which
// can corrupt a database written by several processes at once: boxoffice's main use.
// Tests check the version the program runs and that no sqlite3_* call is left to the
// system library (`SQLiteVersionTests`).
#ifndef SQLITE_FOR_GRDB_H
#define SQLITE_FOR_GRDB_H

struct sqlite3;

/// Turns on SQLite's query planner stability guarantee for the connection, so that a
/// prepared statement keeps the plan it was compiled with whatever values are bound to it.
/// Without it, SQLite marks a statement whose plan estimate looked at a bound value as
/// expired whenever GRDB clears its bindings before the next run (sqlite3_clear_bindings),
/// and every run of such a cached statement compiles its SQL again. Returns an SQLite
/// result code.
int boxoffice_sqlite3_keep_query_plans(struct sqlite3 *db);

#endif
