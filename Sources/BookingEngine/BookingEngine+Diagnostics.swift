extension BookingEngine {
    /// One line naming the storage, such as "SQLite 3.40.1", or nil when the store says nothing.
    public var storageDescription: String? { store.diagnostics?.storageDescription }

    /// Whether a boxoffice process has the database file at `path` open, asked without
    /// opening it; nil when this cannot be known.
    public static func isOpenInAnotherProcess(path: String) -> Bool? {
        ProcessPresence.anyPresent(path: path)
    }

    /// A warning for operators about how the storage is used (never for buyers), or nil.
    public func operatorWarning() async -> String? {
        await store.diagnostics?.operatorWarning()
    }
}
