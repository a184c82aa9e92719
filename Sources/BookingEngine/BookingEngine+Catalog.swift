import BoxOfficeAssets
import Foundation

extension BookingEngine {
    /// Loads a catalog from text in the catalog format. Nothing is loaded when any line is
    /// wrong. A concert with the title and venue of one already loaded gets the file's dates
    /// added to it; a date it already has is refused, so loading a file twice loads nothing.
    @discardableResult
    public func loadCatalog(text: String) async throws(BookingError) -> CatalogSummary {
        try await noting(.catalogLoad) { () async throws(BookingError) in
            let document = try CatalogParser.parse(text)
            return try await write(.maintenance) { tx, _, time in
                let summary = try CatalogLoader.load(document, tx, time)
                try tx.record(.catalogLoaded(first: false, concerts: summary.concerts, dates: summary.dates), time)
                return summary
            }
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
                throw .invalidCatalog(line: 0, problem: .demoCatalogMissing)
            }
            text = try Self.readCatalog(url.path)
        }
        let document = try CatalogParser.parse(text)
        return try await noting(.firstCatalogLoad) { () async throws(BookingError) in
            try await write(.maintenance) { tx, _, time in
                if try tx.catalogLoaded() { return nil }
                let summary = try CatalogLoader.load(document, tx, time)
                try tx.record(.catalogLoaded(first: true, concerts: summary.concerts, dates: summary.dates), time)
                return summary
            }
        }
    }

    /// Reads and checks a catalog file without a database: the error `loadCatalog(file:)`
    /// would give, before anything is created for it.
    public static func checkCatalog(file path: String) throws(BookingError) {
        _ = try CatalogParser.parse(readCatalog(path))
    }

    private static func readCatalog(_ path: String) throws(BookingError) -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .invalidCatalog(line: 0, problem: .fileUnreadable(file: path))
        }
        guard data.count <= 4_000_000 else { throw .invalidCatalog(line: 0, problem: .fileTooLarge(file: path)) }
        guard let text = String(data: data, encoding: .utf8) else {
            throw .invalidCatalog(line: 0, problem: .notUTF8(file: path))
        }
        return text
    }
}
