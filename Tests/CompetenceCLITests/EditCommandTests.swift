import Foundation
import Testing

/// `competence edit` before the screen opens: the same refusals as `validate`.
@Suite struct EditCommandTests {
    @Test func anInvalidFileIsRefusedAsValidateRefusesIt() throws {
        let folder = try ScratchFolder()
        try folder.write("broken.json", "{\"format\": \"competence-matrix\", \"version\": 1, \"skills\": [], \"roles\": [],\n \"people\": [{\"id\": \"p\"}]}\n")
        let validate = try CommandRunner.run(["validate", "broken.json"], in: folder.path)
        let edit = try CommandRunner.run(["edit", "broken.json"], in: folder.path)
        #expect(edit == validate)
        #expect(edit == CommandResult(stdout: "", stderr: """
            error: broken.json:2:13: people[0]: missing required key "name"
                 "people": [{"id": "p"}]}
                            ^

            """, status: 65))
    }

    @Test func aFolderIsRefusedAsValidateRefusesIt() throws {
        let folder = try ScratchFolder()
        try FileManager.default.createDirectory(atPath: folder.file("dir.json"), withIntermediateDirectories: false)
        #expect(try CommandRunner.run(["edit", "dir.json"], in: folder.path)
            == CommandResult(stdout: "", stderr: "error: dir.json: cannot read: it is a folder\n", status: 66))
    }

    @Test func withoutATerminalItSaysSo() throws {
        let folder = try ScratchFolder()
        #expect(try CommandRunner.run(["edit", "new.json"], in: folder.path) == CommandResult(stdout: "", stderr: """
            error: edit needs a terminal; `competence print new.json` shows the matrix as text

            """, status: 64))
        #expect(!FileManager.default.fileExists(atPath: folder.file("new.json")))
    }

    @Test func aBadDateOrAssessorIsAUsageError() throws {
        let folder = try ScratchFolder()
        let date = try CommandRunner.run(["edit", "x.json", "--as-of", "2026-02-30"], in: folder.path)
        #expect(date.status == 64 && date.stderr.hasPrefix("Error: --as-of expects a date YYYY-MM-DD that exists, found '2026-02-30'\n"))
        let who = try CommandRunner.run(["edit", "x.json", "--assessor", " "], in: folder.path)
        #expect(who.status == 64 && who.stderr.hasPrefix("Error: --assessor expects a name\n"))
    }
}
