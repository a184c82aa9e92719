import Foundation
import Testing

/// The README shows screens as the renderer really draws them: each block after a
/// `<!-- screen: NAME -->` marker must equal the golden `NAME.txt` without its frame.
@Suite struct ReadmeScreensTests {
    static let root = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func readmeScreensMatchTheRenderer() throws {
        let readme = try String(contentsOf: Self.root.appending(path: "README.md"), encoding: .utf8)
        let blocks = Self.screenBlocks(in: readme)
        #expect(blocks.count >= 4, "the README should show the main screens")
        for (name, shown) in blocks {
            let golden = try String(contentsOf: Golden.directory.appending(path: "\(name).txt"), encoding: .utf8)
            let expected = golden.split(separator: "\n", omittingEmptySubsequences: false)
                .filter { $0.hasPrefix("|") }
                .map { String($0.dropFirst()) }
                .joined(separator: "\n")
            #expect(shown == expected, "README screen \(name) is stale; run scripts/update-readme-screens")
        }
    }

    /// Both languages are shown: every English screen is followed by its Korean twin
    /// (`NAME-ko-WxH`), which `scripts/update-readme-screens` adds when missing.
    @Test func everyReadmeScreenIsShownInKoreanToo() throws {
        let readme = try String(contentsOf: Self.root.appending(path: "README.md"), encoding: .utf8)
        let names = Self.screenBlocks(in: readme).map(\.0)
        let english = names.filter { !$0.contains("-ko-") }
        #expect(!english.isEmpty)
        for (index, name) in names.enumerated() where !name.contains("-ko-") {
            let size = name.split(separator: "-").last.map(String.init) ?? ""
            let twin = name.dropLast(size.count + 1) + "-ko-" + size
            #expect(index + 1 < names.count && names[index + 1] == twin, "README screen \(name) has no Korean twin after it")
        }
    }

    /// (name, text) of every marked block.
    static func screenBlocks(in readme: String) -> [(String, String)] {
        let lines = readme.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var blocks: [(String, String)] = []
        var index = 0
        while index < lines.count {
            let line = lines[index]
            if line.hasPrefix("<!-- screen: "), line.hasSuffix(" -->"), index + 1 < lines.count, lines[index + 1] == "```text" {
                let name = String(line.dropFirst("<!-- screen: ".count).dropLast(" -->".count))
                var body: [String] = []
                index += 2
                while index < lines.count, lines[index] != "```" {
                    body.append(lines[index])
                    index += 1
                }
                blocks.append((name, body.joined(separator: "\n")))
            }
            index += 1
        }
        return blocks
    }
}
