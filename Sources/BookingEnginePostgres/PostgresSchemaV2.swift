/// Migration 2: each event keeps, beside its English text, its detail as JSON
/// (`EngineEvent.Detail.json()`), which clients word in their own language; SQLite's
/// version 3 (`SchemaV3`). Events recorded before have none, and are shown by their text.
/// Frozen once shipped.
enum PostgresSchemaV2 {
    static let eventDetail = """
        ALTER TABLE event ADD COLUMN detail text CHECK (detail IS NULL OR detail::jsonb IS NOT NULL);
        """
}
