import Foundation
import Testing

@Suite struct FmtCommandTests {
    /// The example with the same content written differently: other key
    /// order, no indentation, escapes where the canonical form has text.
    static func scrambled(_ example: String) throws -> String {
        let data = try Data(contentsOf: URL(fileURLWithPath: CommandRunner.example(example)))
        let object = try JSONSerialization.jsonObject(with: data)
        let out = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        return String(decoding: out, as: UTF8.self)
    }

    static func modificationDate(_ path: String) throws -> Date {
        try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as! Date
    }

    @Test func rewritesToTheCanonicalForm() throws {
        let folder = try ScratchFolder()
        try folder.write("en.json", try Self.scrambled("starter-en.json"))
        try folder.write("ja.json", try Self.scrambled("starter-ja.json"))
        #expect(try folder.read("ja.json") != (try String(contentsOfFile: CommandRunner.example("starter-ja.json"), encoding: .utf8)))
        #expect(try CommandRunner.run(["fmt", "en.json", "ja.json"], in: folder.path) == CommandResult(stdout: "", stderr: "", status: 0))
        #expect(try folder.read("en.json") == (try String(contentsOfFile: CommandRunner.example("starter-en.json"), encoding: .utf8)))
        #expect(try folder.read("ja.json") == (try String(contentsOfFile: CommandRunner.example("starter-ja.json"), encoding: .utf8)))
    }

    /// A canonical file is not written at all: same bytes, same modification time.
    @Test func idempotentAndLeavesCanonicalFilesAlone() throws {
        let folder = try ScratchFolder()
        try folder.write("m.json", try Self.scrambled("sales-ja.json"))
        #expect(try CommandRunner.run(["fmt", "m.json"], in: folder.path).status == 0)
        let once = try folder.bytes("m.json")
        let past = Date(timeIntervalSince1970: 1_000_000_000)
        try FileManager.default.setAttributes([.modificationDate: past], ofItemAtPath: folder.file("m.json"))
        #expect(try CommandRunner.run(["fmt", "m.json"], in: folder.path) == CommandResult(stdout: "", stderr: "", status: 0))
        #expect(try folder.bytes("m.json") == once)
        #expect(try Self.modificationDate(folder.file("m.json")) == past)
    }

    @Test func checkListsFilesThatAreNotCanonical() throws {
        let folder = try ScratchFolder()
        try folder.copyExample("starter-en.json", as: "good.json")
        try folder.write("bad.json", try Self.scrambled("starter-ja.json"))
        let before = try folder.bytes("bad.json")
        #expect(try CommandRunner.run(["fmt", "--check", "good.json", "bad.json"], in: folder.path)
            == CommandResult(stdout: "bad.json\n", stderr: "", status: 0))
        #expect(try folder.bytes("bad.json") == before)
        #expect(try CommandRunner.run(["fmt", "--check", "good.json"], in: folder.path) == CommandResult(stdout: "", stderr: "", status: 0))
    }

    /// An invalid file is reported and never touched; the other files are still formatted.
    @Test func invalidFileIsNeverOverwritten() throws {
        let folder = try ScratchFolder()
        let invalid = try Self.scrambled("starter-en.json").replacingOccurrences(of: "\"level\":2", with: "\"level\":2.5")
        try folder.write("invalid.json", invalid)
        try folder.write("ok.json", try Self.scrambled("sales-ja.json"))
        let before = try folder.bytes("invalid.json")
        let result = try CommandRunner.run(["fmt", "invalid.json", "ok.json"], in: folder.path)
        #expect(result.stdout == "")
        #expect(result.status == 65)
        #expect(result.stderr.hasPrefix("error: invalid.json:1:"))
        #expect(result.stderr.contains(": expected a level from 1 to 5, found 2.5\n"))
        #expect(try folder.bytes("invalid.json") == before)
        #expect(try folder.read("ok.json") == (try String(contentsOfFile: CommandRunner.example("sales-ja.json"), encoding: .utf8)))
        #expect(FileManager.default.subpaths(atPath: folder.path)?.sorted() == ["invalid.json", "ok.json"])
    }

    @Test func invalidFileWithExcerpt() throws {
        let folder = try ScratchFolder()
        let text = #"{"format": "competence-matrix", "version": 1, "skills": [], "roles": [], "people": [],}"# + "\n"
        try folder.write("m.json", text)
        #expect(try CommandRunner.run(["fmt", "m.json"], in: folder.path) == CommandResult(stdout: "", stderr: """
            error: m.json:1:86: trailing comma before '}'
                …ills": [], "roles": [], "people": [],}
                                                     ^

            """, status: 65))
        #expect(try folder.read("m.json") == text)
    }

    /// With an error, stdout stays empty: the --check listing is not printed.
    @Test func checkWithAnInvalidFilePrintsOnlyTheError() throws {
        let folder = try ScratchFolder()
        try folder.write("scrambled.json", try Self.scrambled("starter-en.json"))
        try folder.write("empty.json", "")
        #expect(try CommandRunner.run(["fmt", "--check", "scrambled.json", "empty.json", "missing.json"], in: folder.path) == CommandResult(
            stdout: "",
            stderr: "error: empty.json: the file is empty; expected a competence-matrix JSON document\nerror: missing.json: no such file\n",
            status: 65))
    }

    @Test func missingFile() throws {
        let folder = try ScratchFolder()
        #expect(try CommandRunner.run(["fmt", "missing.json"], in: folder.path)
            == CommandResult(stdout: "", stderr: "error: missing.json: no such file\n", status: 66))
    }

    @Test func keepsPermissionsAndWritesThroughALink() throws {
        let folder = try ScratchFolder()
        try folder.write("real.json", try Self.scrambled("starter-en.json"))
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: folder.file("real.json"))
        try FileManager.default.createSymbolicLink(atPath: folder.file("link.json"), withDestinationPath: "real.json")
        #expect(try CommandRunner.run(["fmt", "link.json"], in: folder.path) == CommandResult(stdout: "", stderr: "", status: 0))
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder.file("link.json")) == "real.json")
        #expect(try folder.read("real.json") == (try String(contentsOfFile: CommandRunner.example("starter-en.json"), encoding: .utf8)))
        let mode = try FileManager.default.attributesOfItem(atPath: folder.file("real.json"))[.posixPermissions] as! NSNumber
        #expect(mode.intValue == 0o600)
    }

    /// A folder that cannot be written: the file stays as it was and fmt exits 73.
    @Test(.enabled(if: getuid() != 0, "root may write into a read-only folder"))
    func unwritableFolder() throws {
        let folder = try ScratchFolder()
        try FileManager.default.createDirectory(atPath: folder.file("ro"), withIntermediateDirectories: false)
        try folder.write("ro/m.json", try Self.scrambled("starter-en.json"))
        try FileManager.default.setAttributes([.posixPermissions: 0o500], ofItemAtPath: folder.file("ro"))
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: folder.file("ro")) }
        #expect(try CommandRunner.run(["fmt", "ro/m.json"], in: folder.path)
            == CommandResult(stdout: "", stderr: "error: ro/m.json: cannot write: Permission denied\n", status: 73))
    }
}
