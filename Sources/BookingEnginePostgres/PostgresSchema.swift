/// The PostgreSQL schema, as migrations of SQL text: the files of `PostgresMigrations/`,
/// embedded at build time (its README says what each does). A migration on main is never
/// edited: a change to the schema is a new file there, and `FrozenMigrationTests` fails if a
/// recorded one changes.
///
/// A boxoffice database is marked by its `boxoffice_schema` row, which names the
/// application and the number of migrations applied; a database of a newer version is
/// refused untouched. Setup runs under an advisory lock (see `PostgresSchemaSetup`), so
/// any number of processes may open a new database at once.
enum PostgresSchema {
    /// What `boxoffice_schema.application` says in a boxoffice database.
    static let application = "boxoffice"

    /// Every migration, in order: index `i` brings a database from version `i` to `i + 1`.
    static let migrations: [String] = PostgresMigrations.texts

    /// The version of a database with every migration applied.
    static var version: Int { migrations.count }

    /// The key of the advisory lock held while a database is set up or migrated.
    static let setupLockKey: Int64 = 0x626F_7866_0001
    /// The key of the advisory lock maintenance transactions take turns on.
    static let maintenanceLockKey: Int64 = 0x626F_7866_0002
}
