import Foundation

/// Files shipped in `assets/`, found wherever SwiftPM put this target's resources.
public enum BoxOfficeAssets {
    /// The demo catalog a fresh database is filled with.
    public static var demoCatalog: URL? {
        Bundle.module.url(forResource: "demo-catalog", withExtension: "yaml")
    }
}
