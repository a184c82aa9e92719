import Foundation
import PackagePlugin

/// Embeds a target's migrations in its code: each folder of `.sql` files becomes a Swift
/// enum of the folder's name holding the files' names and texts (see `migration-text`), so
/// the binary carries its schema and reads no file at run time. The generated source stays
/// in the build folder.
@main
struct MigrationText: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let target = target as? SourceModuleTarget else { return [] }
        let files = target.sourceFiles(withSuffix: "sql").map(\.url)
        let folders = Dictionary(grouping: files) { $0.deletingLastPathComponent() }
        let tool = try context.tool(named: "migration-text").url
        return folders.keys.sorted { $0.path < $1.path }.map { folder in
            let name = folder.lastPathComponent
            let migrations = folders[folder, default: []].sorted { $0.lastPathComponent < $1.lastPathComponent }
            let output = context.pluginWorkDirectoryURL.appending(path: "\(name).swift")
            return .buildCommand(
                displayName: "Embedding the migrations of \(name)",
                executable: tool,
                arguments: [output.path(), name] + migrations.map { $0.path() },
                inputFiles: migrations,
                outputFiles: [output])
        }
    }
}
