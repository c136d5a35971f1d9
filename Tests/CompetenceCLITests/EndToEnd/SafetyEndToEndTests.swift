import Foundation
import Testing
import CompetenceKit

#if canImport(Glibc)
import Glibc
#endif

/// The real editor in tmux, tried as issue 6 asks: `kill -9` with unsaved
/// edits then every edit recovered; a save that fails (file-size limit,
/// read-only folder) with the file and the edits intact; a file changed by
/// another program not overwritten silently; a second editor told and kept
/// read-only; signals and Ctrl-Z; escape sequences in names that do nothing
/// to the screen.
@Suite(.serialized, .enabled(if: Tmux.available, "tmux is not installed: `make test` installs it"))
struct SafetyEndToEndTests {
    private static let editor = CommandRunner.binary

    /// Starts `competence edit ARGUMENTS` through a shell that writes its
    /// process id (the editor's, after exec) to editor.pid, after `prefix`
    /// (`ulimit -f 8; `); returns the pid.
    private func start(_ arguments: String, in tmux: Tmux, folder: ScratchFolder, prefix: String = "") throws -> pid_t {
        try #require(FileManager.default.isExecutableFile(atPath: Self.editor), "run `swift build` first")
        unlink(folder.file("editor.pid"))
        try tmux.type("sh -c '\(prefix)echo $$ > editor.pid; exec \(Self.editor) edit \(arguments)'")
        try tmux.press("Enter")
        let deadline = Date().addingTimeInterval(15)
        while Date() < deadline {
            if let text = try? folder.read("editor.pid"), let pid = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)) {
                return pid
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        Issue.record("the editor did not start")
        return 0
    }

    /// Waits until the recovery file of `path` satisfies `condition`.
    @discardableResult
    private func waitForRecovery(_ path: String, sourceLocation: SourceLocation = #_sourceLocation,
                                 _ condition: (RecoveryFile) -> Bool) -> RecoveryFile? {
        let deadline = Date().addingTimeInterval(15)
        var last: RecoveryFile?
        while Date() < deadline {
            last = try? RecoveryFile.read(for: path)
            if let last, condition(last) { return last }
            Thread.sleep(forTimeInterval: 0.05)
        }
        Issue.record("the recovery file never got there; last: \(String(describing: last?.document.title))", sourceLocation: sourceLocation)
        return last
    }

    /// After a `kill -9` the terminal stays as the editor left it: put it back.
    private func resetShell(_ tmux: Tmux) throws {
        try tmux.type("stty sane; tput rmcup; clear")
        try tmux.press("Enter")
        try tmux.waitFor("a clean shell") { $0.first == "e2e$" && $0.dropFirst().allSatisfy(\.isEmpty) }
    }

    /// The example with the edits the tests make: Sales requires Customer
    /// hearing at 5, a role Auditor trainee requiring Negotiation at 3, and
    /// Sato Hanako assessed at 4 in Negotiation today by e2e.
    private static func edited() throws -> Matrix {
        var m = try MatrixFile.load(path: CommandRunner.example("starter-en.json"))
        m.roles[m.roleIndex(id: "sales")!].requires["hearing"] = 5
        m.roles.append(Role(id: "auditor-trainee", name: "Auditor trainee", requires: ["negotiation": 3]))
        m.people[0].assessments.append(Assessment(skill: "negotiation", level: 4, date: Day.today(), by: "e2e"))
        return m
    }

    private func makeTheEdits(_ tmux: Tmux) throws {
        try tmux.press("l", "5")
        try tmux.waitFor(text: "Sales requires Customer hearing at 5: Can teach others")
        try tmux.command("add-role Auditor trainee")
        try tmux.waitFor(text: "Added role Auditor trainee (id auditor-trainee)")
        try tmux.press("j", "3")
        try tmux.waitFor(text: "Auditor trainee requires Negotiation and proposal at 3")
        try tmux.press("Tab")
        try tmux.waitFor(text: "team.json [+] │ People │ Sato Hanako: Customer hearing 4")
        try tmux.press("l", "4")
        try tmux.waitFor(text: "Sato Hanako: Negotiation and proposal 4, assessed")
    }

    // MARK: kill -9 and recovery

    @Test func killNineThenReopenRecoversEveryEdit() throws {
        let folder = try ScratchFolder()
        try folder.copyExample("starter-en.json", as: "team.json")
        let original = try folder.bytes("team.json")
        let tmux = try Tmux(width: 100, height: 30, folder: folder.path, environment: ["NO_COLOR": "1"])
        let pid = try start("team.json --assessor e2e", in: tmux, folder: folder)
        try tmux.waitFor(text: "team.json │ Roles")
        try makeTheEdits(tmux)
        let expected = try Self.edited()
        let kept = waitForRecovery(folder.file("team.json")) { $0.document == expected }
        #expect(kept?.owner.pid == pid)
        #expect(kill(pid, SIGKILL) == 0)
        try resetShell(tmux)
        #expect(try folder.bytes("team.json") == original)

        _ = try start("team.json --assessor e2e", in: tmux, folder: folder)
        let when = try #require(try RecoveryFile.read(for: folder.file("team.json"))).writtenSeconds
        let question = try tmux.waitFor(text: "Choose r, o, d or q:")
        let host = RecoveryOwner.current.host
        #expect(Array(question.filter { !$0.isEmpty }.suffix(7)) == [
            "team.json has edits that were never saved, kept in .team.json.recovery",
            "by \(kept?.owner.user ?? "?") (process \(pid) on \(host), no longer running) at \(Self.localTime(when)).",
            "  r  recover the edits: the document opens as it was then, not yet saved",
            "  o  open the saved file and keep the recovery file for later",
            "  d  delete the recovery file and open the saved file",
            "  q  quit",
            "Choose r, o, d or q:",
        ])
        try tmux.type("r")
        try tmux.press("Enter")
        let screen = try tmux.waitFor(text: "Recovered the edits of \(Self.localTime(when)), not yet saved: Ctrl-S saves them")
        #expect(screen[28] == " team.json [+] │ Roles │ All staff does not require Customer hearing")
        try tmux.press("C-s")
        try tmux.waitFor(text: "Saved team.json")
        try tmux.command("q")
        try tmux.expectShellRestored(status: "0")
        #expect(try folder.bytes("team.json") == MatrixFile.encode(expected))
        #expect(try folder.bytes("team.json~") == original)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["editor.pid", "team.json", "team.json~"])
    }

    static func localTime(_ seconds: Int) -> String {
        var t = time_t(seconds)
        var parts = tm()
        localtime_r(&t, &parts)
        return String(format: "%04d-%02d-%02d %02d:%02d:%02d", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1,
                      Int(parts.tm_mday), Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec))
    }

    // MARK: Two editors

    @Test func aSecondEditorIsToldAndOpensReadOnly() throws {
        let folder = try ScratchFolder()
        try folder.copyExample("starter-en.json", as: "team.json")
        let original = try folder.bytes("team.json")
        let first = try Tmux(width: 100, height: 30, folder: folder.path, environment: ["NO_COLOR": "1"])
        let pid = try start("team.json", in: first, folder: folder)
        try first.waitFor(text: "team.json │ Roles")
        let kept = try #require(waitForRecovery(folder.file("team.json")) { $0.owner.pid == pid })

        let second = try Tmux(width: 100, height: 30, folder: folder.path, environment: ["NO_COLOR": "1"])
        try second.type("\(Self.editor) edit team.json")
        try second.press("Enter")
        let question = try second.waitFor(text: "Choose o or q:")
        #expect(Array(question.filter { !$0.isEmpty }.suffix(5)) == [
            "team.json is being edited by \(kept.owner.user) (process \(pid) on \(kept.owner.host));",
            "its recovery file .team.json.recovery was last written at \(Self.localTime(kept.writtenSeconds)).",
            "  o  open it read-only",
            "  q  quit",
            "Choose o or q:",
        ])
        try second.type("o")
        try second.press("Enter")
        try second.waitFor(text: "Read-only: team.json is being edited by \(kept.owner.user) (process \(pid) on \(kept.owner.host)); :w FILE writes a copy")
        try second.press("5")
        try second.waitFor(text: "Read-only: team.json is being edited in another editor; :w FILE writes a copy")
        #expect(try second.screen()[28] == " team.json [read-only] │ Roles │ All staff does not require Customer hearing")
        try second.command("w copy.json")
        try second.waitFor(text: "Wrote a copy to copy.json; still editing team.json")
        try second.press("q")
        try second.expectShellRestored(status: "0")
        // The first editor and its recovery file are untouched.
        #expect(kill(pid, 0) == 0)
        #expect(try RecoveryFile.read(for: folder.file("team.json"))?.owner.pid == pid)
        #expect(try folder.bytes("copy.json") == original)

        try first.press("q")
        try first.expectShellRestored(status: "0")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["copy.json", "editor.pid", "team.json"])
    }

    // MARK: Failing saves

    @Test func aSaveOverTheFileSizeLimitFailsAndKeepsFileAndEdits() throws {
        let folder = try ScratchFolder()
        try folder.copyExample("starter-en.json", as: "team.json")
        let original = try folder.bytes("team.json")
        let tmux = try Tmux(width: 100, height: 30, folder: folder.path, environment: ["NO_COLOR": "1"])
        // 8 blocks of 512 bytes (dash): far less than the 27 KB example.
        _ = try start("team.json --no-backup", in: tmux, folder: folder, prefix: "ulimit -f 8; ")
        try tmux.waitFor(text: "No recovery file (File too large): save often, a crash would lose unsaved edits")
        try tmux.press("l", "5")
        try tmux.waitFor(text: "Sales requires Customer hearing at 5: Can teach others")
        try tmux.press("C-s")
        let failed = try tmux.waitFor(text: "Not saved: team.json: cannot write: File too large; your edits are kept (:w FILE writes elsewhere)")
        #expect(failed[28] == " team.json [+] │ Roles │ Sales requires Customer hearing at 5: Can teach others")
        #expect(failed[3] == "Customer hearing           │     ·       5      ·            ·                ·                 ·")
        #expect(try folder.bytes("team.json") == original)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["editor.pid", "team.json"])
        try tmux.command("q!")
        try tmux.expectShellRestored(status: "0")
        #expect(try folder.bytes("team.json") == original)
    }

    /// A folder on a small tmpfs, made read-only; needs root to mount.
    final class ReadOnlyFolder {
        let path: String
        init?(in parent: String, with name: String, copying source: String) {
            path = parent + "/ro"
            guard mkdir(path, 0o755) == 0, mount("tmpfs", path, "tmpfs", 0, "size=256k,mode=0755") == 0 else { return nil }
            guard (try? FileManager.default.copyItem(atPath: source, toPath: path + "/" + name)) != nil,
                  mount("tmpfs", path, "tmpfs", UInt(MS_REMOUNT | MS_RDONLY), "size=256k") == 0 else {
                umount2(path, Int32(MNT_DETACH))
                return nil
            }
        }
        deinit { umount2(path, Int32(MNT_DETACH)) }
    }

    static let canMount: Bool = {
        let probe = NSTemporaryDirectory() + "competence-mount-\(UUID().uuidString)"
        defer { rmdir(probe + "/ro"); rmdir(probe) }
        mkdir(probe, 0o755)
        return ReadOnlyFolder(in: probe, with: "x", copying: "/dev/null") != nil
    }()

    @Test(.enabled(if: canMount, "needs root to mount a read-only tmpfs"))
    func aSaveIntoAReadOnlyFolderFailsAndTheEditsCanBeWrittenElsewhere() throws {
        let folder = try ScratchFolder()
        let readOnly = try #require(ReadOnlyFolder(in: folder.path, with: "team.json", copying: CommandRunner.example("starter-en.json")))
        let original = try FileBytes.read(path: readOnly.path + "/team.json")
        let tmux = try Tmux(width: 100, height: 30, folder: folder.path, environment: ["NO_COLOR": "1"])
        _ = try start("ro/team.json --assessor e2e", in: tmux, folder: folder)
        try tmux.waitFor(text: "No recovery file (Read-only file system): save often, a crash would lose unsaved edits")
        try tmux.press("l", "5")
        try tmux.waitFor(text: "Sales requires Customer hearing at 5: Can teach others")
        try tmux.press("C-s")
        let failed = try tmux.waitFor(text: "Not saved: ro/team.json: cannot write: Read-only file system (writing the backup team.json~); your …")
        #expect(failed[28] == " ro/team.json [+] │ Roles │ Sales requires Customer hearing at 5: Can teach others")
        #expect(try FileBytes.read(path: readOnly.path + "/team.json") == original)
        try tmux.command("w copy.json")
        try tmux.waitFor(text: "Wrote a copy to copy.json; still editing ro/team.json")
        var expected = try MatrixFile.load(path: CommandRunner.example("starter-en.json"))
        expected.roles[expected.roleIndex(id: "sales")!].requires["hearing"] = 5
        #expect(try MatrixFile.load(path: folder.file("copy.json")) == expected)
        try tmux.command("q!")
        try tmux.expectShellRestored(status: "0")
        #expect(try FileBytes.read(path: readOnly.path + "/team.json") == original)
    }

    // MARK: A file changed by another program

    @Test func aFileChangedByAnotherProgramIsNotOverwrittenSilently() throws {
        let folder = try ScratchFolder()
        try folder.copyExample("starter-en.json", as: "team.json")
        let tmux = try Tmux(width: 100, height: 30, folder: folder.path, environment: ["NO_COLOR": "1"])
        _ = try start("team.json", in: tmux, folder: folder)
        try tmux.waitFor(text: "team.json │ Roles")
        try tmux.press("l", "5")
        try tmux.waitFor(text: "Sales requires Customer hearing at 5: Can teach others")
        // Another program (a colleague's editor, a sync tool) writes the file.
        let theirs = try FileBytes.read(path: CommandRunner.example("starter-ja.json"))
        try folder.write("team.json", bytes: theirs)
        try tmux.press("C-s")
        try tmux.waitFor(text: "Not saved: team.json changed on disk since it was loaded; :w! overwrites it, :w FILE writes a copy")
        #expect(try folder.bytes("team.json") == theirs)
        try tmux.command("wq")
        try tmux.waitFor(text: "Not saved: team.json changed on disk since it was loaded; :w! overwrites it, :w FILE writes a copy")
        try tmux.command("w!")
        try tmux.waitFor(text: "Saved team.json")
        var expected = try MatrixFile.load(path: CommandRunner.example("starter-en.json"))
        expected.roles[expected.roleIndex(id: "sales")!].requires["hearing"] = 5
        #expect(try MatrixFile.load(path: folder.file("team.json")) == expected)
        #expect(try folder.bytes("team.json~") == theirs)
        try tmux.command("q")
        try tmux.expectShellRestored(status: "0")
    }

    // MARK: Signals, crashes and Ctrl-Z

    @Test(arguments: [(SIGINT, "130"), (SIGHUP, "129"), (SIGTERM, "143"), (SIGILL, "132"), (SIGABRT, "134")])
    func aSignalOrCrashLeavesTheTerminalAndTheRecoveryFile(_ signal: Int32, _ status: String) throws {
        let folder = try ScratchFolder()
        try folder.copyExample("starter-en.json", as: "team.json")
        let tmux = try Tmux(width: 100, height: 30, folder: folder.path, environment: ["NO_COLOR": "1", "SWIFT_BACKTRACE": "enable=no"])
        let pid = try start("team.json", in: tmux, folder: folder)
        try tmux.waitFor(text: "team.json │ Roles")
        try tmux.press("l", "5")
        try tmux.waitFor(text: "Sales requires Customer hearing at 5: Can teach others")
        waitForRecovery(folder.file("team.json")) { $0.document.roles[1].requires["hearing"] == 5 }
        #expect(kill(pid, signal) == 0)
        try tmux.expectShellRestored(status: status)
        let left = try #require(try RecoveryFile.read(for: folder.file("team.json")))
        #expect(left.owner.pid == pid)
        #expect(left.owner.state == .gone)
        #expect(left.document.roles[1].requires["hearing"] == 5)
    }

    @Test func ctrlZSuspendsAndFgRedrawsTheSameScreen() throws {
        let folder = try ScratchFolder()
        try folder.copyExample("starter-en.json", as: "team.json")
        let tmux = try Tmux(width: 100, height: 30, folder: folder.path, environment: ["NO_COLOR": "1"])
        let pid = try start("team.json", in: tmux, folder: folder)
        try tmux.waitFor(text: "team.json │ Roles")
        try tmux.press("Tab", "l", "3")
        let before = try tmux.waitFor(text: "Sato Hanako: Negotiation and proposal 3, assessed")
        try tmux.press("C-z")
        try tmux.waitFor(text: "Stopped")
        #expect(try tmux.pane("alternate_on") == "0")
        // The recovery file was written before the stop: the edit is in it.
        #expect(try RecoveryFile.read(for: folder.file("team.json"))?.document.people[0].assessments.last?.level == 3)
        try tmux.type("fg")
        try tmux.press("Enter")
        try tmux.waitFor("the same editor screen") { $0 == before }
        // Stopped from outside (kill -TSTP), curses gives the terminal back and redraws too.
        #expect(kill(pid, SIGTSTP) == 0)
        try tmux.waitFor(text: "Stopped")
        try tmux.type("fg")
        try tmux.press("Enter")
        try tmux.waitFor("the same editor screen again") { $0 == before }
        try tmux.press("j")
        try tmux.waitFor(text: "Suzuki Ichiro")
        try tmux.command("q!")
        try tmux.expectShellRestored(status: "0")
    }

    // MARK: Escape sequences in names

    /// Colour, clear screen, cursor home, window title (OSC 0), clipboard
    /// (OSC 52), C1 CSI, bidi override, BS, DEL, CR, LF and tab in every text
    /// field: shown as text, while the pane's title and tmux's clipboard stay
    /// as they were and every row stays where it belongs.
    @Test func escapeSequencesInNamesDoNotAffectTheScreen() throws {
        let folder = try ScratchFolder()
        let fixture = CommandRunner.packageRoot.appendingPathComponent("Tests/Fixtures/invalid/control-every-text-field.json").path
        try folder.write("hostile.json", bytes: try FileBytes.read(path: fixture))
        let tmux = try Tmux(width: 100, height: 30, folder: folder.path, environment: ["NO_COLOR": "1"])
        try tmux.tmux(["set-option", "-g", "set-clipboard", "on"])
        try tmux.tmux(["select-pane", "-T", "e2e-title"])
        _ = try start("hostile.json", in: tmux, folder: folder)
        let roles = try tmux.waitFor(text: "hostile.json │ Roles")
        #expect(Array(roles.prefix(6)) == [
            #" Roles  People  Gaps  Awareness   Title \e[31mred\e[0m \e[2J\e[H \e]0;owned\u{7} \e]52;c;cm…  ? help"#,
            #"Skill \ Role                     │ Sales \e[31mred…"#,
            #"Business                         │"#,
            #"Customer hearing \e[31mred\e[0m… │        4"#,
            #"Security                         │"#,
            #"ISMS rules \e[31mred\e[0m \e[2J… │        2"#,
        ])
        #expect(roles.count == 30)
        #expect(roles[28] == #" hostile.json │ Roles │ Sales \e[31mred\e[0m \e[2J\e[H \e]0;owned\u{7} \e]52;c;cm0gLXJmIH4=\u{7} \u…"#)
        for (key, view) in [("Tab", "People"), ("Tab", "Gaps"), ("Tab", "Awareness"), ("Tab", "Roles")] {
            try tmux.press(key)
            let screen = try tmux.waitFor(text: "hostile.json │ \(view)")
            #expect(screen.count == 30)
            #expect(screen[0].hasPrefix(" Roles  People  Gaps  Awareness   Title \\e[31mred"))
            #expect(screen[28].hasPrefix(" hostile.json │ \(view)"))
            #expect(try tmux.pane("pane_title") == "e2e-title")
            #expect(try tmux.tmux(["list-buffers"]) == "")
        }
        try tmux.press("Tab")
        let people = try tmux.waitFor(text: "hostile.json │ People")
        #expect(people[2].hasPrefix("Sato \\e[31mred\\e[0m \\e[2J\\e[H"))
        try tmux.press("q")
        try tmux.expectShellRestored(status: "0")
        #expect(try tmux.pane("pane_title") == "e2e-title")
        #expect(try tmux.tmux(["list-buffers"]) == "")
    }
}
