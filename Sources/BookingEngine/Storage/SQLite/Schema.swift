/// The SQLite schema, as migrations of SQL text: the files of `SQLiteMigrations/`, embedded
/// at build time (its README says what each does). A migration on main is never edited:
/// a change to the schema is a new file there, and `FrozenMigrationTests` fails if a
/// recorded one changes.
///
/// A boxoffice database is marked by its `application_id` (`boxoffice`); its
/// `user_version` is the number of migrations applied. Both sit in the file's header,
/// so a file can be recognised, and refused untouched, without opening it for writing.
enum Schema {
    /// SQLite's `application_id` of a boxoffice database: "boxf" in ASCII.
    static let applicationID: Int32 = 0x626F_7866

    /// Every migration, in order: index `i` brings a database from version `i` to `i + 1`.
    static let migrations: [String] = SQLiteMigrations.texts

    /// The version of a database with every migration applied.
    static var version: Int { migrations.count }
}
