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

#endif
