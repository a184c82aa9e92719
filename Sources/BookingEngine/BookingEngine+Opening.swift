extension BookingEngine {
    /// An engine on the SQLite file at `path` (the default location when nil), with a
    /// catalog: the database's own, or when it is new the demo catalog, or `catalog` when
    /// given (which is refused for a database that has a catalog already), or none with
    /// `seedDemo` false. A bad `catalog` is refused before any file is made.
    ///
    /// `creation` says whether a missing file may be created (by default: with its folders
    /// at the default location, in an existing folder elsewhere). A new database takes the
    /// `policy` asked for (defaults for the rest) and, with `qaMode`, a QA clock. An
    /// existing database keeps its own policy: a setting asked for that differs from it is
    /// refused with `policyConflict` (asking for the same value is fine).
    public static func open(
        path: String? = nil,
        creation: DatabaseCreation? = nil,
        policy: PolicyRequest = PolicyRequest(),
        qaMode: Bool = false,
        catalog: String? = nil,
        seedDemo: Bool = true,
        clock: any EngineClock = SystemClock(),
        keepAliveWrites: KeepAliveWrites = .immediate
    ) async throws(BookingError) -> BookingEngine {
        if let catalog { try checkCatalog(file: catalog) }
        let store = try SQLiteBookingStore(
            path: path ?? DatabaseLocation.defaultPath(), creation: creation ?? (path == nil ? .withFolders : .inExistingFolder),
            policy: policy.policy, qaMode: qaMode, clock: clock)
        return try await open(store: store, policy: policy, catalog: catalog, seedDemo: seedDemo, clock: clock, keepAliveWrites: keepAliveWrites)
    }

    /// An engine on `store`, opened as `open(path:…)` opens a file: the same policy check
    /// and the same first catalog. The store was opened with `policy.policy` for a new database.
    public static func open(
        store: any BookingStore,
        policy: PolicyRequest = PolicyRequest(),
        catalog: String? = nil,
        seedDemo: Bool = true,
        clock: any EngineClock = SystemClock(),
        keepAliveWrites: KeepAliveWrites = .immediate
    ) async throws(BookingError) -> BookingEngine {
        let engine = try await BookingEngine(store: store, clock: clock, keepAliveWrites: keepAliveWrites)
        if let conflict = policy.conflict(with: engine.configuration) { throw conflict }
        guard seedDemo || catalog != nil else { return engine }
        if try await engine.seedCatalogIfNew(file: catalog) == nil, let catalog {
            throw .invalidRequest(.catalogAlreadyThere(file: catalog))
        }
        return engine
    }
}
