// Query plans that do not depend on bound values; see include/SQLiteForGRDB.h.
#include <sqlite3.h>

extern int sqlite_nio_sqlite3_db_config(sqlite3 *, int, ...);

int boxoffice_sqlite3_keep_query_plans(sqlite3 *db) {
    return sqlite_nio_sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_QPSG, 1, (int *)0);
}
