import Foundation
import Testing

@Suite struct ValidateCommandTests {
    @Test func validExamplesPrintNothing() throws {
        let folder = try ScratchFolder()
        let files = ["starter-en.json", "starter-ja.json", "sales-ja.json"].map(CommandRunner.example)
        #expect(try CommandRunner.run(["validate"] + files, in: folder.path) == CommandResult(stdout: "", stderr: "", status: 0))
    }

    /// Every file is checked; invalid (65) wins over missing (66).
    @Test func invalidAndMissingFiles() throws {
        let folder = try ScratchFolder()
        try folder.copyExample("starter-en.json", as: "good.json")
        let text = try folder.read("good.json")
            .replacingOccurrences(of: "\"level\": 4,\n          \"date\": \"2026-04-01\"", with: "\"level\": 6,\n          \"date\": \"2026-04-01\"")
        try folder.write("broken.json", text)
        let result = try CommandRunner.run(["validate", "good.json", "broken.json", "missing.json"], in: folder.path)
        #expect(result == CommandResult(stdout: "", stderr: """
            error: broken.json:163:20: people[0].assessments[1].level: expected a level from 1 to 5, found 6
                          "level": 6,
                                   ^
            error: missing.json: no such file

            """, status: 65))
    }

    @Test func missingFileOnly() throws {
        let folder = try ScratchFolder()
        #expect(try CommandRunner.run(["validate", "nope.json"], in: folder.path)
            == CommandResult(stdout: "", stderr: "error: nope.json: no such file\n", status: 66))
    }

    @Test func aFolderIsUnreadable() throws {
        let folder = try ScratchFolder()
        try FileManager.default.createDirectory(atPath: folder.file("dir.json"), withIntermediateDirectories: false)
        #expect(try CommandRunner.run(["validate", "dir.json"], in: folder.path)
            == CommandResult(stdout: "", stderr: "error: dir.json: cannot read: it is a folder\n", status: 66))
    }

    @Test func japaneseFileWithAnUnknownRole() throws {
        let folder = try ScratchFolder()
        try folder.copyExample("sales-ja.json", as: "営業.json")
        try folder.write("営業.json", try folder.read("営業.json").replacingOccurrences(of: "[\"sales-lead\"]", with: "[\"sales-leed\"]"))
        #expect(try CommandRunner.run(["validate", "営業.json"], in: folder.path) == CommandResult(stdout: "", stderr: """
            error: 営業.json:84:17: people[0].roles[0]: unknown role id "sales-leed"
                      "roles": ["sales-leed"],
                                ^

            """, status: 65))
    }

    /// The caret lines up under Japanese text, which takes two columns a character.
    @Test func japaneseValueInTheExcerpt() throws {
        let folder = try ScratchFolder()
        try folder.copyExample("sales-ja.json", as: "営業.json")
        try folder.write("営業.json", try folder.read("営業.json").replacingOccurrences(
            of: "\"name\": \"森 真一\",\n", with: "\"name\": \"森 真一\",\n      \"kind\": \"社員\",\n"))
        #expect(try CommandRunner.run(["validate", "営業.json"], in: folder.path) == CommandResult(stdout: "", stderr: """
            error: 営業.json:84:15: people[0].kind: expected "employee" or "contractor", found "社員"
                      "kind": "社員",
                              ^

            """, status: 65))
    }

    @Test func emptyFile() throws {
        let folder = try ScratchFolder()
        try folder.write("empty.json", "")
        #expect(try CommandRunner.run(["validate", "empty.json"], in: folder.path) == CommandResult(
            stdout: "", stderr: "error: empty.json: the file is empty; expected a competence-matrix JSON document\n", status: 65))
    }

    @Test func noFileIsAUsageError() throws {
        let folder = try ScratchFolder()
        #expect(try CommandRunner.run(["validate"], in: folder.path) == CommandResult(stdout: "", stderr: """
            Error: Missing expected argument '<FILE> ...'
            Help:  <FILE>  Matrix files to check.
            Usage: competence validate <FILE> ...
              See 'competence validate --help' for more information.

            """, status: 64))
    }
}
