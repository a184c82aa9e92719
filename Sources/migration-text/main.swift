#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// migration-text OUTPUT ENUM FILE...
//
// Writes to OUTPUT a Swift enum named ENUM that holds the names and texts of FILE...,
// each text byte for byte, for the `MigrationText` build-tool plugin. The files are
// migrations, given in order: the first must be `0001-….sql`, the next `0002-….sql`, and so
// on without a gap, as file `i` brings a database from version `i - 1` to `i`. Foundation is
// left out so that a build from scratch compiles this tool quickly.

/// Says why the files cannot be embedded, and stops with a failure.
func fail(_ message: String) -> Never {
    let line = "migration-text: \(message)\n"
    _ = line.utf8CString.withUnsafeBufferPointer { write(2, $0.baseAddress, $0.count - 1) }
    exit(1)
}

/// The bytes of the file at `path`.
func contents(of path: String) -> [UInt8] {
    guard let file = fopen(path, "rb") else { fail("cannot open \(path)") }
    defer { fclose(file) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
        let count = fread(&chunk, 1, chunk.count, file)
        bytes += chunk[..<count]
        if count < chunk.count { break }
    }
    if ferror(file) != 0 { fail("cannot read \(path)") }
    return bytes
}

let arguments = CommandLine.arguments
guard arguments.count >= 3 else { fail("usage: migration-text OUTPUT ENUM FILE...") }
let (output, name, paths) = (arguments[1], arguments[2], arguments.dropFirst(3))

var files: [String] = []
var texts: [String] = []
for (index, path) in paths.enumerated() {
    let file = String(path.split(separator: "/").last ?? "")
    guard MigrationFileName.isValid(file, number: index + 1) else {
        fail("\(path): migration \(index + 1) must be named \(MigrationFileName.prefix(index + 1))-NAME.sql (NAME in a-z, 0-9 and -)")
    }
    guard let text = String(validating: contents(of: path), as: UTF8.self) else { fail("\(path) is not UTF-8") }
    files.append(file)
    texts.append(text)
}

let source = MigrationSource.render(name: name, files: files, texts: texts)
guard let out = fopen(output, "wb") else { fail("cannot create \(output)") }
let written = fputs(source, out)
if fclose(out) != 0 || written < 0 { fail("cannot write \(output)") }
