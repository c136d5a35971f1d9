import Testing
import Foundation
@testable import CompetenceKit

#if canImport(Glibc)
import Glibc
#endif

/// The recovery file: where it lives, what it holds, written and read back
/// exactly, its owner's state, damaged files refused, and deletion.
@Suite struct RecoveryFileTests {
    typealias Folder = AtomicSaveTests.Folder

    static let owner = RecoveryOwner(pid: 4242, host: "audit-pc", user: "yamamoto")

    static let edited: Matrix = {
        var m = Matrix(title: "ISMS 力量表", skills: [Skill(id: "s", name: "情報セキュリティ \u{1B}[31m", category: .security)])
        m.people = [Person(id: "p1", name: "佐藤 花子", assessments: [
            Assessment(skill: "s", level: 4, date: Day(year: 2026, month: 11, day: 28)!, by: "山本"),
        ])]
        return m
    }()

    @Test func livesHiddenBesideTheDocument() {
        #expect(RecoveryFile.path(for: "/srv/isms/matrix.json") == "/srv/isms/.matrix.json.recovery")
        #expect(RecoveryFile.path(for: "matrix.json") == ".matrix.json.recovery")
        #expect(RecoveryFile.path(for: "./matrix.json") == "./.matrix.json.recovery")
        #expect(RecoveryFile.path(for: "/matrix.json") == "/.matrix.json.recovery")
    }

    /// Every name of one file leads to one recovery file: links are followed.
    @Test func followsSymbolicLinks() throws {
        let folder = Folder()
        #expect(mkdir(folder.file("sub"), 0o755) == 0)
        _ = FileManager.default.createFile(atPath: folder.file("sub/real.json"), contents: Data("{}".utf8))
        #expect(symlink("sub/real.json", folder.file("link.json")) == 0)
        #expect(RecoveryFile.path(for: folder.file("link.json")) == folder.file("sub/.real.json.recovery"))
    }

    @Test func writesAndReadsBackEverything() throws {
        let folder = Folder()
        let path = folder.file("m.json")
        let saved = FileFingerprint(size: 1234, modifiedSeconds: 1_790_000_000, modifiedNanoseconds: 123_456_789, contentHash: 0xDEAD_BEEF_0102_0304)
        try RecoveryFile.write(Self.edited, for: path, saved: saved, owner: Self.owner)
        let bytes = try FileBytes.read(path: folder.file(".m.json.recovery"))
        let header = String(decoding: bytes.prefix { $0 != 0x0A }, as: UTF8.self)
        #expect(header == #"{"format": "competence-recovery", "version": 1, "pid": 4242, "host": "audit-pc", "user": "yamamoto", "file": "\#(path)", "saved": {"size": 1234, "modifiedSeconds": 1790000000, "modifiedNanoseconds": 123456789, "fnv1a64": "deadbeef01020304"}}"#)
        #expect(Array(bytes.drop { $0 != 0x0A }.dropFirst()) == MatrixFile.encode(Self.edited))
        #expect(AtomicSaveTests.permissions(folder.file(".m.json.recovery")) == 0o600)
        let read = try #require(try RecoveryFile.read(for: path))
        #expect(read.document == Self.edited)
        #expect(read.owner == Self.owner)
        #expect(read.saved == saved)
        #expect(read.file == path)
        #expect(abs(read.writtenSeconds - Int(time(nil))) < 60)
        #expect(folder.names == [".m.json.recovery"])
    }

    @Test func aNeverSavedDocumentHasNoSavedFingerprint() throws {
        let folder = Folder()
        let path = folder.file("new.json")
        try RecoveryFile.write(Self.edited, for: path, saved: nil)
        let read = try #require(try RecoveryFile.read(for: path))
        #expect(read.saved == nil)
        #expect(read.owner == RecoveryOwner.current)
        #expect(read.owner.state == .thisProcess)
    }

    @Test func replacedByEachWriteAndRemovedByDelete() throws {
        let folder = Folder()
        let path = folder.file("m.json")
        try RecoveryFile.write(Matrix(title: "first"), for: path, saved: nil)
        try RecoveryFile.write(Self.edited, for: path, saved: nil)
        #expect(try RecoveryFile.read(for: path)?.document == Self.edited)
        #expect(folder.names == [".m.json.recovery"])
        try RecoveryFile.delete(for: path)
        #expect(folder.names == [])
        #expect(try RecoveryFile.read(for: path) == nil)
        try RecoveryFile.delete(for: path)
    }

    @Test func tellsARunningOwnerFromAGoneOne() throws {
        #expect(RecoveryOwner.current.state == .thisProcess)
        #expect(RecoveryOwner(pid: 1, host: RecoveryOwner.current.host, user: "root").state == .running)
        #expect(RecoveryOwner(pid: 1, host: "another-host.example", user: "x").state == .otherHost)
        let child = Process()
        child.executableURL = URL(fileURLWithPath: "/bin/true")
        try child.run()
        child.waitUntilExit()
        #expect(RecoveryOwner(pid: child.processIdentifier, host: RecoveryOwner.current.host, user: "x").state == .gone)
    }

    @Test func aDamagedRecoveryFileIsRefusedWithWhereAndWhat() throws {
        let folder = Folder()
        let path = folder.file("m.json")
        let recovery = folder.file(".m.json.recovery")
        func error() -> String {
            do throws(MatrixFileError) { _ = try RecoveryFile.read(for: path); return "read" } catch { return error.description }
        }
        _ = FileManager.default.createFile(atPath: recovery, contents: Data("garbage\n{}".utf8))
        #expect(error() == "\(recovery): damaged recovery file: its first line is not a JSON header: expected a JSON value, found 'garbage'")
        _ = FileManager.default.createFile(atPath: recovery, contents: Data(#"{"format": "competence-matrix"}"#.utf8))
        #expect(error() == "\(recovery): damaged recovery file: it is not a competence recovery file")
        // A document cut short by a full disk: the line counts from the file's start.
        try RecoveryFile.write(Self.edited, for: path, saved: nil, owner: Self.owner)
        let whole = try FileBytes.read(path: recovery)
        let text = String(decoding: whole, as: UTF8.self)
        let cut = text.range(of: "\"skills\": [")!.upperBound
        _ = FileManager.default.createFile(atPath: recovery, contents: Data(text[..<cut].utf8))
        let line = text[..<cut].split(separator: "\n", omittingEmptySubsequences: false).count
        #expect(error() == "\(recovery):\(line):14: skills[0]: expected a skill object, found the end of the file")
    }
}
