import Testing
import Foundation
import CompetenceKit
@testable import CompetenceTUI

#if canImport(Glibc)
import Glibc
#endif

/// The editor's side of never losing work: saves that check the file on
/// disk and keep `FILE~`, read-only sessions, the recovery file kept off the
/// key-press path, and the choice offered when one is found at start.
@Suite struct SafetyTests {
    final class Folder {
        let path = NSTemporaryDirectory() + "competence-safety-\(UUID().uuidString)"
        init() { try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) }
        deinit { try? FileManager.default.removeItem(atPath: path) }
        func file(_ name: String) -> String { path + "/" + name }
        var names: [String] { ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted() }
    }

    /// A session on `small.json` written to `folder`, loaded as the editor loads it.
    static func session(in folder: Folder) throws -> EditorSession {
        let path = folder.file("small.json")
        try MatrixFile.save(Fixtures.small, to: path)
        let (m, fingerprint) = try MatrixFile.loadTracked(path: path)
        var session = EditorSession(state: Fixtures.state(m, path: path))
        session.saveCheck = .file(fingerprint)
        return session
    }

    static func send(_ keys: [Key], to session: inout EditorSession) {
        for k in keys { _ = session.send(k) }
    }

    // MARK: Saving

    @Test func writeBangCommandsForceTheSave() {
        var s = Fixtures.state()
        #expect(s.command("w!") == .save(path: "small.json", quitAfter: false, force: true))
        #expect(s.command("w! other.json") == .save(path: "other.json", quitAfter: false, force: true))
        #expect(s.command("wq!") == .save(path: "small.json", quitAfter: true, force: true))
        #expect(s.command("x!") == .save(path: "small.json", quitAfter: true, force: true))
        #expect(s.command("w") == .save(path: "small.json", quitAfter: false, force: false))
    }

    @Test func aFileChangedOnDiskIsNotOverwrittenUntilWriteBang() throws {
        let folder = Folder()
        var session = try Self.session(in: folder)
        let path = session.state.path
        Self.send([.char("5")], to: &session)
        let theirs = Array("{\"changed\": \"by another program\"}\n".utf8)
        _ = FileManager.default.createFile(atPath: path, contents: Data(theirs))
        let running = session.send(.ctrl("s"))
        #expect(running)
        #expect(session.state.message == .error("Not saved: \(path) changed on disk since it was loaded; :w! overwrites it, :w FILE writes a copy"))
        #expect(session.state.isModified)
        #expect(try FileBytes.read(path: path) == theirs)
        // :wq does not quit either.
        Self.send([.char(":")] + Key.typing("wq"), to: &session)
        let stillRunning = session.send(.enter)
        #expect(stillRunning)
        Self.send([.char(":")] + Key.typing("w!") + [.enter], to: &session)
        #expect(session.state.message == .info("Saved \(path)"))
        #expect(!session.state.isModified)
        #expect(try MatrixFile.load(path: path) == session.state.document)
        #expect(try FileBytes.read(path: path + "~") == theirs)
        // The next save checks against what was just written: it goes through.
        Self.send([.char("j"), .char("2"), .ctrl("s")], to: &session)
        #expect(session.state.message == .info("Saved \(path)"))
        #expect(try MatrixFile.load(path: path) == session.state.document)
    }

    @Test func aCopyDoesNotReplaceAnotherFileWithoutBang() throws {
        let folder = Folder()
        var session = try Self.session(in: folder)
        let other = folder.file("other.json")
        _ = FileManager.default.createFile(atPath: other, contents: Data("keep me\n".utf8))
        Self.send([.char("3"), .char(":")] + Key.typing("w \(other)") + [.enter], to: &session)
        #expect(session.state.message == .error("Not written: \(other) already exists; :w! \(other) overwrites it"))
        #expect(try FileBytes.read(path: other) == Array("keep me\n".utf8))
        Self.send([.char(":")] + Key.typing("w! \(other)") + [.enter], to: &session)
        #expect(try MatrixFile.load(path: other) == session.state.document)
        #expect(session.state.isModified)
    }

    @Test func savesKeepThePreviousVersionUnlessToldNot() throws {
        let folder = Folder()
        var session = try Self.session(in: folder)
        let before = try FileBytes.read(path: session.state.path)
        Self.send([.char("3"), .ctrl("s")], to: &session)
        #expect(try FileBytes.read(path: session.state.path + "~") == before)
        #expect(folder.names == ["small.json", "small.json~"])
        let other = Folder()
        var plain = try Self.session(in: other)
        plain.keepBackup = false
        Self.send([.char("3"), .ctrl("s")], to: &plain)
        #expect(other.names == ["small.json"])
    }

    // MARK: Read-only

    @Test func aReadOnlySessionRefusesEditsAndSavesToItsFile() throws {
        let folder = Folder()
        var session = try Self.session(in: folder)
        session.state.readOnly = true
        let path = session.state.path
        let refusal = Message.error("Read-only: \(path) is being edited in another editor; :w FILE writes a copy")
        Self.send([.char("5")], to: &session)
        #expect(session.state.message == refusal)
        Self.send([.char(":")] + Key.typing("add-role Auditor") + [.enter], to: &session)
        #expect(session.state.message == refusal)
        #expect(session.state.document == Fixtures.small)
        #expect(!session.state.isModified)
        #expect(StatusLine.text(session.state) == " \(path) [read-only] │ Roles │ Engineer does not require Customer hearing")
        let running = session.send(.ctrl("s"))
        #expect(running)
        #expect(session.state.message == refusal)
        Self.send([.char(":")] + Key.typing("w!") + [.enter], to: &session)
        #expect(session.state.message == refusal)
        #expect(try MatrixFile.load(path: path) == Fixtures.small)
        Self.send([.char(":")] + Key.typing("w \(folder.file("copy.json"))") + [.enter], to: &session)
        #expect(try MatrixFile.load(path: folder.file("copy.json")) == Fixtures.small)
        #expect(folder.names == ["copy.json", "small.json"])
    }

    // MARK: The recovery file

    /// A clock the test moves by hand.
    final class Clock: @unchecked Sendable {
        var now = 100.0
    }

    @Test func theRecoveryFileFollowsEditsAtMostOnceASecondWhenIdle() throws {
        let folder = Folder()
        var session = try Self.session(in: folder)
        let path = session.state.path
        let clock = Clock()
        let keeper = RecoveryKeeper(path: path, clock: { clock.now })
        // Opened: written at the first idle moment, with nothing unsaved.
        #expect(keeper.timeout(for: session) == 0)
        keeper.tick(&session)
        #expect(try RecoveryFile.read(for: path)?.document == Fixtures.small)
        #expect(keeper.timeout(for: session) == nil)
        // An edit: due one second after the last write, not on the key.
        Self.send([.char("5")], to: &session)
        clock.now += 0.25
        #expect(keeper.timeout(for: session) == 750)
        keeper.tick(&session)
        #expect(try RecoveryFile.read(for: path)?.document == Fixtures.small)
        clock.now += 0.75
        #expect(keeper.timeout(for: session) == 0)
        keeper.tick(&session)
        let written = try #require(try RecoveryFile.read(for: path))
        #expect(written.document == session.state.document)
        #expect(written.document.roles[0].requires["hearing"] == 5)
        #expect(written.owner == RecoveryOwner.current)
        #expect(written.saved == (try FileFingerprint.current(path: path)))
        // Undo back to the saved state is an edit too: the file follows.
        Self.send([.char("u")], to: &session)
        clock.now += 1
        keeper.tick(&session)
        #expect(try RecoveryFile.read(for: path)?.document == Fixtures.small)
        // A save changes the saved fingerprint: the file follows that too.
        Self.send([.char("4"), .ctrl("s")], to: &session)
        #expect(keeper.isPending(session))
        clock.now += 1
        keeper.tick(&session)
        #expect(try RecoveryFile.read(for: path)?.saved == (try FileFingerprint.current(path: path)))
        // A clean quit removes it; nothing else is left but the backup.
        keeper.finish()
        #expect(folder.names == ["small.json", "small.json~"])
    }

    @Test func flushWritesAtOnceBeforeSuspending() throws {
        let folder = Folder()
        var session = try Self.session(in: folder)
        let clock = Clock()
        let keeper = RecoveryKeeper(path: session.state.path, clock: { clock.now })
        keeper.tick(&session)
        Self.send([.char("2")], to: &session)
        keeper.flush(&session)
        #expect(try RecoveryFile.read(for: session.state.path)?.document == session.state.document)
    }

    @Test func aRecoveryFileThatCannotBeWrittenIsSaidOnce() throws {
        var session = EditorSession(state: Fixtures.state(path: "/nonexistent-folder/small.json"))
        let clock = Clock()
        let keeper = RecoveryKeeper(path: session.state.path, clock: { clock.now })
        keeper.tick(&session)
        let said = Message.error("No recovery file (No such file or directory): save often, a crash would lose unsaved edits")
        #expect(session.state.message == said)
        Self.send([.char("3")], to: &session)
        clock.now += 1
        keeper.tick(&session)
        // The same failure is not said again: the edit's own message stays.
        #expect(session.state.message == .info("Sales requires Customer hearing at 3: Can do it with guidance"))
    }

    @Test func aKeeperThatMustKeepSomeoneElsesFileNeverTouchesIt() throws {
        let folder = Folder()
        var session = try Self.session(in: folder)
        let path = session.state.path
        let theirs = RecoveryOwner(pid: 999_999, host: "elsewhere", user: "suzuki")
        try RecoveryFile.write(Matrix(title: "theirs"), for: path, saved: nil, owner: theirs)
        let keeper = RecoveryKeeper(path: path, enabled: false)
        Self.send([.char("5")], to: &session)
        #expect(keeper.timeout(for: session) == nil)
        keeper.tick(&session)
        keeper.flush(&session)
        keeper.finish()
        #expect(try RecoveryFile.read(for: path)?.owner == theirs)
    }

    // MARK: Opening a file with a recovery file

    /// Runs `RecoveryStart.decide` with scripted answers; returns it and every question asked.
    static func decide(_ path: String, document: Matrix, answers: [String]) throws -> (RecoveryStart?, [String]) {
        var asked: [String] = []
        var left = answers
        let saveCheck: SaveOptions.Expected = (try FileFingerprint.current(path: path)).map { .file($0) } ?? .absent
        let start = RecoveryStart.decide(path: path, document: document, saveCheck: saveCheck) { question in
            asked.append(question)
            return left.isEmpty ? nil : left.removeFirst()
        }
        return (start, asked)
    }

    /// A recovery file left by an editor that has gone (a finished process).
    static func goneOwner() throws -> RecoveryOwner {
        let child = Process()
        child.executableURL = URL(fileURLWithPath: "/bin/true")
        try child.run()
        child.waitUntilExit()
        return RecoveryOwner(pid: child.processIdentifier, host: RecoveryOwner.current.host, user: "yamamoto")
    }

    static func edited() -> Matrix {
        var m = Fixtures.small
        m.roles[0].requires["hearing"] = 5
        return m
    }

    @Test func editsLeftByAGoneEditorAreOfferedAndRecovered() throws {
        let folder = Folder()
        let path = folder.file("small.json")
        try MatrixFile.save(Fixtures.small, to: path)
        let saved = try FileFingerprint.current(path: path)
        let owner = try Self.goneOwner()
        try RecoveryFile.write(Self.edited(), for: path, saved: saved, owner: owner)
        let when = RecoveryStart.localTime(try #require(try RecoveryFile.read(for: path)).writtenSeconds)
        let (start, asked) = try Self.decide(path, document: Fixtures.small, answers: ["x", " R "])
        #expect(asked == ["""
            \(path) has edits that were never saved, kept in \(folder.file(".small.json.recovery"))
            by yamamoto (process \(owner.pid) on \(owner.host), no longer running) at \(when).
              r  recover the edits: the document opens as it was then, not yet saved
              o  open the saved file and keep the recovery file for later
              d  delete the recovery file and open the saved file
              q  quit
            Choose r, o, d or q: 
            """, "Choose r, o, d or q: "])
        var expected = RecoveryStart(document: Self.edited(), saveCheck: .file(saved!))
        expected.recovered = true
        expected.note = "Recovered the edits of \(when), not yet saved: Ctrl-S saves them"
        #expect(start == expected)
    }

    @Test func theOtherChoicesKeepOrDeleteTheRecoveryFileOrQuit() throws {
        let folder = Folder()
        let path = folder.file("small.json")
        try MatrixFile.save(Fixtures.small, to: path)
        let saved = try FileFingerprint.current(path: path)
        try RecoveryFile.write(Self.edited(), for: path, saved: saved, owner: try Self.goneOwner())
        let plain = RecoveryStart(document: Fixtures.small, saveCheck: .file(saved!))

        var kept = plain
        kept.keepsRecoveryFile = false
        kept.note = "Opened the saved file; \(folder.file(".small.json.recovery")) is kept and this session keeps no recovery file"
        #expect(try Self.decide(path, document: Fixtures.small, answers: ["o"]).0 == kept)
        #expect(folder.names == [".small.json.recovery", "small.json"])

        #expect(try Self.decide(path, document: Fixtures.small, answers: ["q"]).0 == nil)
        #expect(try Self.decide(path, document: Fixtures.small, answers: []).0 == nil)
        #expect(folder.names == [".small.json.recovery", "small.json"])

        var deleted = plain
        deleted.note = "Deleted the recovery file \(folder.file(".small.json.recovery"))"
        #expect(try Self.decide(path, document: Fixtures.small, answers: ["d"]).0 == deleted)
        #expect(folder.names == ["small.json"])
    }

    @Test func editsOnAnOlderVersionSayTheFileChangedAndKeepTheCheck() throws {
        let folder = Folder()
        let path = folder.file("small.json")
        try MatrixFile.save(Fixtures.small, to: path)
        let old = try FileFingerprint.current(path: path)
        try RecoveryFile.write(Self.edited(), for: path, saved: old, owner: try Self.goneOwner())
        var newer = Fixtures.small
        newer.title = "Changed by someone"
        try MatrixFile.save(newer, to: path)
        let (start, asked) = try Self.decide(path, document: newer, answers: ["r"])
        #expect(asked[0].contains("\n\(path) has changed on disk since those edits began.\n  r  recover"))
        #expect(start?.saveCheck == .file(old!))
        #expect(start?.note?.hasSuffix("; the file changed on disk since, so :w refuses (:w! overwrites, :w FILE writes a copy)") == true)
    }

    @Test func aRecoveryFileWithNothingUnsavedIsRemovedWithoutAsking() throws {
        let folder = Folder()
        let path = folder.file("small.json")
        try MatrixFile.save(Fixtures.small, to: path)
        try RecoveryFile.write(Fixtures.small, for: path, saved: try FileFingerprint.current(path: path), owner: try Self.goneOwner())
        let (start, asked) = try Self.decide(path, document: Fixtures.small, answers: [])
        #expect(asked == [])
        #expect(start == RecoveryStart(document: Fixtures.small, saveCheck: .file(try FileFingerprint.current(path: path)!)))
        #expect(folder.names == ["small.json"])
    }

    @Test func aRunningEditorMakesTheSecondOneReadOnly() throws {
        let folder = Folder()
        let path = folder.file("small.json")
        try MatrixFile.save(Fixtures.small, to: path)
        // Process 1 always runs: the first editor is still there.
        let owner = RecoveryOwner(pid: 1, host: RecoveryOwner.current.host, user: "suzuki")
        try RecoveryFile.write(Self.edited(), for: path, saved: try FileFingerprint.current(path: path), owner: owner)
        let when = RecoveryStart.localTime(try #require(try RecoveryFile.read(for: path)).writtenSeconds)
        let (start, asked) = try Self.decide(path, document: Fixtures.small, answers: ["r", "o"])
        #expect(asked == ["""
            \(path) is being edited by suzuki (process 1 on \(owner.host));
            its recovery file \(folder.file(".small.json.recovery")) was last written at \(when).
              o  open it read-only
              q  quit
            Choose o or q: 
            """, "Choose o or q: "])
        #expect(start?.readOnly == true)
        #expect(start?.keepsRecoveryFile == false)
        #expect(start?.document == Fixtures.small)
        #expect(start?.note == "Read-only: \(path) is being edited by suzuki (process 1 on \(owner.host)); :w FILE writes a copy")
        #expect(try RecoveryFile.read(for: path)?.owner == owner)
    }

    @Test func aDamagedRecoveryFileIsShownAndCanBeDeleted() throws {
        let folder = Folder()
        let path = folder.file("small.json")
        try MatrixFile.save(Fixtures.small, to: path)
        _ = FileManager.default.createFile(atPath: folder.file(".small.json.recovery"), contents: Data("\u{1B}]0;owned\u{7}\n".utf8))
        let (start, asked) = try Self.decide(path, document: Fixtures.small, answers: ["d"])
        #expect(asked == ["""
            \(folder.file(".small.json.recovery")): damaged recovery file: its first line is not a JSON header: expected a JSON value, found '\\e'
              d  delete it and open the saved file
              q  quit
            Choose d or q: 
            """])
        #expect(start?.note == "Deleted the damaged recovery file \(folder.file(".small.json.recovery"))")
        #expect(folder.names == ["small.json"])
    }
}
