import BoxOfficeAssets
import Foundation

extension BookingEngine {
    /// Loads a catalog from text in the catalog format. Nothing is loaded when any line is wrong.
    @discardableResult
    public func loadCatalog(text: String) async throws(BookingError) -> CatalogSummary {
        let described = { (summary: CatalogSummary) in "Loaded a catalog: " + Self.describe(summary) }
        return try await recording(.catalog, "Catalog load", describe: described) { () async throws(BookingError) in
            let document = try CatalogParser.parse(text)
            let now = clock.now()
            let summary = try await perform { try await store.loadCatalog(document, now: now, onlyIntoEmptyDatabase: false) }
            return summary ?? CatalogSummary(concerts: 0, dates: 0, seats: 0, soldSeats: 0)
        }
    }

    /// Loads a catalog file. Unreadable files and bad lines are `invalidCatalog` errors.
    @discardableResult
    public func loadCatalog(file path: String) async throws(BookingError) -> CatalogSummary {
        try await loadCatalog(text: Self.readCatalog(path))
    }

    /// Fills a database that never had a catalog with `path`'s, or the demo catalog from
    /// `assets/` when `path` is nil. Returns nil when the database already had one.
    @discardableResult
    public func seedCatalogIfNew(file path: String? = nil) async throws(BookingError) -> CatalogSummary? {
        let text: String
        if let path {
            text = try Self.readCatalog(path)
        } else {
            guard let url = BoxOfficeAssets.demoCatalog else {
                throw .invalidCatalog(line: 0, problem: "the demo catalog is missing from this installation")
            }
            text = try Self.readCatalog(url.path)
        }
        let document = try CatalogParser.parse(text)
        let now = clock.now()
        let described = { (summary: CatalogSummary?) in summary.map { "Loaded the first catalog: " + Self.describe($0) } }
        return try await recording(.catalog, "First catalog load", describe: described) { () async throws(BookingError) in
            try await perform { try await store.loadCatalog(document, now: now, onlyIntoEmptyDatabase: true) }
        }
    }

    private static func describe(_ summary: CatalogSummary) -> String {
        EngineEvent.counted(summary.concerts, "concert") + ", " + EngineEvent.counted(summary.dates, "date")
    }

    private static func readCatalog(_ path: String) throws(BookingError) -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .invalidCatalog(line: 0, problem: "\(path) cannot be read; check the path")
        }
        guard data.count <= 4_000_000 else { throw .invalidCatalog(line: 0, problem: "\(path) is over 4 MB") }
        guard let text = String(data: data, encoding: .utf8) else {
            throw .invalidCatalog(line: 0, problem: "\(path) is not UTF-8 text")
        }
        return text
    }
}

extension BookingEngine {
    /// An engine on the SQLite file at `path` (the default location when nil), with a
    /// catalog: the database's own, or the demo catalog when the file is new.
    ///
    /// With `qaMode`, a new database is created in QA mode. A QA database always runs on
    /// its shared QA clock (real time plus the stored offset), whoever opens it.
    public static func open(
        path: String? = nil,
        configuration: EngineConfiguration = EngineConfiguration(),
        clock: any EngineClock = SystemClock(),
        qaMode: Bool = false,
        catalog: String? = nil
    ) async throws(BookingError) -> BookingEngine {
        let store = try SQLiteBookingStore(path: path ?? DatabaseLocation.defaultPath())
        let probe = try BookingEngine(store: store, configuration: configuration, clock: clock)
        if qaMode {
            try await probe.perform { try await store.enableQAMode() }
        }
        let isQA = try await probe.perform { try store.qaClockOffset() != nil }
        let engine = isQA ? try BookingEngine(store: store, configuration: configuration, clock: QAClock(store: store, base: clock)) : probe
        if try await engine.seedCatalogIfNew(file: catalog) == nil, let catalog {
            throw .invalidRequest(
                "This database already has a catalog, so \(catalog) was not used as its first one; add it with `boxoffice catalog load \(catalog)`")
        }
        return engine
    }
}
