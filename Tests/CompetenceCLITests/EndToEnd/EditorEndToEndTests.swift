import Foundation
import Testing
import CompetenceKit

/// The real binary in tmux: keys in, screens and saved files out.
@Suite(.serialized, .enabled(if: Tmux.available, "tmux is not installed: `make test` installs it"))
struct EditorEndToEndTests {
    static let editor = CommandRunner.binary

    /// Starts the editor on `file` from the shell and waits for its first screen.
    func open(_ file: String, in tmux: Tmux, arguments: String = "", expect: String) throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.editor), "run `swift build` first")
        try tmux.type("\(Self.editor) edit \(file) \(arguments)")
        try tmux.press("Enter")
        try tmux.waitFor(text: expect)
    }

    /// The shell is back, on the main screen, with its cursor and echo (see `Tmux.expectShellRestored`).
    func expectShellRestored(_ tmux: Tmux, status: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try tmux.expectShellRestored(status: status, sourceLocation: sourceLocation)
    }

    @Test func aWholeEditingSessionSavesExactlyTheEdits() throws {
        let folder = try ScratchFolder()
        try folder.copyExample("starter-en.json", as: "team.json")
        let tmux = try Tmux(width: 100, height: 30, folder: folder.path, environment: ["NO_COLOR": "1"])
        try open("team.json", in: tmux, arguments: "--assessor e2e", expect: "team.json │ Roles")

        // Roles: Sales requires Customer hearing 5, Negotiation 2, then undo both and redo one.
        try tmux.press("l", "5")
        try tmux.waitFor(text: "Sales requires Customer hearing at 5: Can teach others")
        try tmux.press("j", "2")
        try tmux.waitFor(text: "Sales requires Negotiation and proposal at 2: Understands it")
        try tmux.press("u", "u")
        try tmux.waitFor(text: "Undone: Sales requires Customer hearing at 5")
        try tmux.press("C-r")
        try tmux.waitFor(text: "Redone: Sales requires Customer hearing at 5")

        // A role and a skill, a requirement for each, a rename.
        try tmux.command("add-role Auditor trainee")
        try tmux.waitFor(text: "Added role Auditor trainee (id auditor-trainee)")
        try tmux.press("j", "3")
        try tmux.waitFor(text: "Auditor trainee requires Negotiation and proposal at 3")
        try tmux.command("add-skill Cloud security security")
        try tmux.waitFor(text: "Added security skill Cloud security (id cloud-security)")
        try tmux.press("2")
        try tmux.command("rename Cloud platform security")
        try tmux.waitFor(text: "Renamed skill Cloud security to Cloud platform security")

        // People: a role for Sato Hanako and a level.
        try tmux.press("Tab")
        try tmux.waitFor(text: "team.json [+] │ People │ Sato Hanako: Customer hearing 4")
        try tmux.command("assign auditor-trainee")
        try tmux.waitFor(text: "Sato Hanako now has role Auditor trainee")
        try tmux.press("l", "4")
        try tmux.waitFor(text: "Sato Hanako: Negotiation and proposal 4, assessed")
        try tmux.press("C-s")
        let saved = try tmux.waitFor(text: "Saved team.json")
        #expect(saved[28] == " team.json │ People │ Sato Hanako: Negotiation and proposal 4, requires 3")
        // Sales now requires Customer hearing 5, so Sato Hanako's 4 is short.
        #expect(saved[2] == "Sato Hanako    │        4!                 4                  3             3              ·")

        try tmux.command("q")
        try tmux.expectShellRestored(status: "0")

        var expected = try MatrixFile.load(path: CommandRunner.example("starter-en.json"))
        let sales = expected.roleIndex(id: "sales")!
        expected.roles[sales].requires["hearing"] = 5
        expected.roles.append(Role(id: "auditor-trainee", name: "Auditor trainee", requires: ["negotiation": 3, "cloud-security": 2]))
        expected.skills.append(Skill(id: "cloud-security", name: "Cloud platform security", category: .security))
        expected.people[0].roles.append("auditor-trainee")
        expected.people[0].assessments.append(Assessment(skill: "negotiation", level: 4, date: Day.today(), by: "e2e"))
        #expect(try folder.bytes("team.json") == MatrixFile.encode(expected))
    }

    @Test func aResizeRedrawsAtOnceWithJapaneseColumnsAligned() throws {
        let folder = try ScratchFolder()
        try folder.copyExample("starter-ja.json", as: "starter-ja.json")
        let tmux = try Tmux(width: 100, height: 30, folder: folder.path, environment: ["NO_COLOR": "1"])
        try open("starter-ja.json", in: tmux, expect: "starter-ja.json │ Roles")
        try tmux.tmux(["resize-window", "-x", "60", "-y", "15"])
        let expected = [
            " Roles  People  Gaps  Awareness   株式会社エグザン…   ? help",
            "Skill \\ Role        │ 全従業員 営業職 エンジニ… セキュリ… …▸",
            "Business            │",
            "ヒアリング能力      │    ·       4        ·         ·",
            "交渉・提案力        │    ·       3        ·         ·",
            "課題発見力          │    ·       3        3         ·",
            "事務処理            │    ·       2        ·         3",
            "ソフトウェア開発    │    ·       ·        4         ·",
            "監査技法            │    ·       ·        ·         ·",
            "Security            │",
            "ISMS/PMSの規程      │    2       3        ·         5",
            "セキュリティ一般知… │    2       ·        3         4",
            "インシデント対応力  │    1       ·        2         4",
            " starter-ja.json │ Roles │ 全従業員 does not require ヒアリ…",
            "? help  Tab next view  1-5 set level  u undo  : command  q …",
        ]
        let screen = try tmux.waitFor("the 60×15 screen") { $0 == expected }
        #expect(screen == expected)
        try tmux.tmux(["resize-window", "-x", "100", "-y", "30"])
        try tmux.waitFor("the 100×30 screen") { $0.count == 30 && $0[28] == " starter-ja.json │ Roles │ 全従業員 does not require ヒアリング能力" }
        try tmux.press("q")
        try tmux.expectShellRestored(status: "0")
    }

    @Test func qWithUnsavedChangesAsksAndKeepsTheFile() throws {
        let folder = try ScratchFolder()
        try folder.copyExample("starter-en.json", as: "team.json")
        let original = try folder.bytes("team.json")
        let tmux = try Tmux(width: 100, height: 30, folder: folder.path)
        try open("team.json", in: tmux, expect: "team.json │ Roles")
        try tmux.press("3", "q")
        try tmux.waitFor(text: "Discard unsaved changes and quit? (y/n)")
        try tmux.press("n")
        try tmux.waitFor(text: "Not quitting")
        try tmux.press("q")
        try tmux.waitFor(text: "Discard unsaved changes and quit? (y/n)")
        try tmux.press("Escape")
        try tmux.waitFor(text: "Not quitting")
        try tmux.command("q")
        try tmux.waitFor(text: "Unsaved changes: :w saves them, :q! quits without saving")
        try tmux.press("C-c")
        try tmux.waitFor(text: "Discard unsaved changes and quit? (y/n)")
        try tmux.press("y")
        try tmux.expectShellRestored(status: "0")
        #expect(try folder.bytes("team.json") == original)
    }

    @Test func sigtermRestoresTheTerminal() throws {
        let folder = try ScratchFolder()
        try folder.copyExample("starter-en.json", as: "team.json")
        let tmux = try Tmux(width: 100, height: 30, folder: folder.path)
        try #require(FileManager.default.isExecutableFile(atPath: Self.editor), "run `swift build` first")
        // The subshell writes its pid and becomes the editor, so the pid is the editor's.
        try tmux.type("sh -c 'echo $$ > editor.pid; exec \(Self.editor) edit team.json'")
        try tmux.press("Enter")
        try tmux.waitFor(text: "team.json │ Roles")
        try tmux.press("Tab", "3")
        try tmux.waitFor(text: "team.json [+] │ People")
        let pid = try folder.read("editor.pid").trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(kill(pid_t(pid)!, SIGTERM) == 0)
        try tmux.expectShellRestored(status: "143")
        #expect(try tmux.screen().contains { $0.contains("exec \(Self.editor) edit team.json") })
    }

    @Test func aMissingFileStartsANewMatrixCreatedOnSave() throws {
        let folder = try ScratchFolder()
        let tmux = try Tmux(width: 100, height: 30, folder: folder.path)
        try open("new.json", in: tmux, expect: "New matrix: new.json is created when you save (Ctrl-S).")
        #expect(!FileManager.default.fileExists(atPath: folder.file("new.json")))
        try tmux.command("add-skill 情報セキュリティ security")
        try tmux.command("add-role 全従業員")
        try tmux.press("3")
        try tmux.waitFor(text: "全従業員 requires 情報セキュリティ at 3")
        try tmux.command("wq")
        try tmux.expectShellRestored(status: "0")
        let saved = try MatrixFile.load(path: folder.file("new.json"))
        #expect(saved == Matrix(skills: [Skill(id: "skill", name: "情報セキュリティ", category: .security)],
                                roles: [Role(id: "role", name: "全従業員", requires: ["skill": 3])]))
    }
}
