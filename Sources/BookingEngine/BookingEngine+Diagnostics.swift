extension BookingEngine {
    /// One line naming the storage, such as "SQLite 3.40.1", or nil when the store says nothing.
    public var storageDescription: String? { store.diagnostics?.storageDescription }

    /// A warning for operators about how the storage is used (never for buyers), or nil.
    public func operatorWarning() async -> String? {
        await store.diagnostics?.operatorWarning()
    }
}
