/// Migration 3: each event keeps, beside its English text, its detail as JSON
/// (`EngineEvent.Detail.json()`), which clients word in their own language. Events
/// recorded before have none, and are shown by their text. Frozen once shipped, like
/// `Schema.v1`.
enum SchemaV3 {
    static let eventDetail = """
        ALTER TABLE event ADD COLUMN detail TEXT CHECK (detail IS NULL OR json_valid(detail));
        """
}
