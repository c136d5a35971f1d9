import Foundation
import Testing
import CompetenceKit

@Suite struct NewCommandTests {
    /// The starter holds the skills, roles and level names of the starter
    /// example in the same language, and no people.
    @Test(arguments: [("en", "starter-en.json"), ("ja", "starter-ja.json")])
    func starter(language: String, example: String) throws {
        let folder = try ScratchFolder()
        #expect(try CommandRunner.run(["new", "m.json", "--lang", language], in: folder.path)
            == CommandResult(stdout: "created m.json: 12 skills, 6 roles, no people\n", stderr: "", status: 0))
        let made = try MatrixFile.load(path: folder.file("m.json"))
        let reference = try MatrixFile.load(path: CommandRunner.example(example))
        #expect(made.skills == reference.skills)
        #expect(made.roles == reference.roles)
        #expect(made.levelNames == reference.levelNames)
        #expect(made.people.isEmpty)
        #expect(made.title == (language == "en" ? "ISMS competence matrix" : "ISMS 力量マトリクス"))
        #expect(try CommandRunner.run(["validate", "m.json"], in: folder.path) == CommandResult(stdout: "", stderr: "", status: 0))
        #expect(try CommandRunner.run(["fmt", "--check", "m.json"], in: folder.path) == CommandResult(stdout: "", stderr: "", status: 0))
    }

    @Test func starterIsTheDefault() throws {
        let folder = try ScratchFolder()
        #expect(try CommandRunner.run(["new", "a.json"], in: folder.path).status == 0)
        #expect(try CommandRunner.run(["new", "b.json", "--template", "starter", "--lang", "en"], in: folder.path).status == 0)
        #expect(try folder.bytes("a.json") == (try folder.bytes("b.json")))
    }

    @Test func emptyJapanese() throws {
        let folder = try ScratchFolder()
        #expect(try CommandRunner.run(["new", "空.json", "--template", "empty", "--lang", "ja"], in: folder.path)
            == CommandResult(stdout: "created 空.json: 0 skills, 0 roles, no people\n", stderr: "", status: 0))
        #expect(try folder.read("空.json") == """
            {
              "format": "competence-matrix",
              "version": 1,
              "levels": [
                {"level": 1, "name": "知る"},
                {"level": 2, "name": "理解"},
                {"level": 3, "name": "指導されながらできる"},
                {"level": 4, "name": "一人で実施できる"},
                {"level": 5, "name": "人に指導できる"}
              ],
              "skills": [],
              "roles": [],
              "people": []
            }

            """)
    }

    @Test func neverOverwrites() throws {
        let folder = try ScratchFolder()
        try folder.write("m.json", "my work\n")
        #expect(try CommandRunner.run(["new", "m.json"], in: folder.path) == CommandResult(
            stdout: "", stderr: "error: m.json: cannot write: it already exists; choose another name (nothing was overwritten)\n", status: 73))
        #expect(try folder.read("m.json") == "my work\n")
    }

    @Test func missingFolder() throws {
        let folder = try ScratchFolder()
        #expect(try CommandRunner.run(["new", "no/m.json"], in: folder.path) == CommandResult(
            stdout: "", stderr: "error: no/m.json: cannot write: No such file or directory\n", status: 73))
        #expect(FileManager.default.subpaths(atPath: folder.path) == [])
    }

    @Test func unknownTemplateIsAUsageError() throws {
        let folder = try ScratchFolder()
        #expect(try CommandRunner.run(["new", "m.json", "--template", "big"], in: folder.path) == CommandResult(stdout: "", stderr: """
            Error: The value 'big' is invalid for '--template <starter|empty>'. Please provide one of 'starter' and 'empty'.
            Help:  --template <starter|empty>  The template to start from.
            Usage: competence new <FILE> [--template <starter|empty>] [--lang <en|ja>]
              See 'competence new --help' for more information.

            """, status: 64))
        #expect(FileManager.default.subpaths(atPath: folder.path) == [])
    }
}
