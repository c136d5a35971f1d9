import Testing
import Foundation
@testable import CompetenceKit

#if canImport(Glibc)
import Glibc
#endif

/// Saving as the editor does: the previous version kept as `FILE~`, a file
/// changed on disk since loading not overwritten, links written through, and
/// a failed save (disk full, read-only folder) leaving the file as it was.
@Suite struct SafeSaveTests {
    typealias Folder = AtomicSaveTests.Folder

    static func matrix(_ title: String) -> Matrix {
        Matrix(title: title, skills: [Skill(id: "s", name: "Skill", category: .security)])
    }

    static func bytes(_ path: String) -> [UInt8]? { try? FileBytes.read(path: path) }

    /// A file written by "another program", as a person would with an editor.
    static func writeBehindOurBack(_ text: String, to path: String) {
        _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
    }

    static func setModified(_ path: String, seconds: Int, nanoseconds: Int = 0) {
        var times = [timespec(tv_sec: seconds, tv_nsec: nanoseconds), timespec(tv_sec: seconds, tv_nsec: nanoseconds)]
        #expect(utimensat(AT_FDCWD, path, &times, 0) == 0)
    }

    static func error(_ body: () throws(MatrixFileError) -> Void) -> MatrixFileError? {
        do throws(MatrixFileError) { try body(); return nil } catch { return error }
    }

    @Test func keepsThePreviousVersionAsABackupWithItsPermissions() throws {
        let folder = Folder()
        let path = folder.file("m.json")
        try MatrixFile.save(Self.matrix("one"), to: path)
        #expect(chmod(path, 0o640) == 0)
        let (loaded, fingerprint) = try MatrixFile.loadTracked(path: path)
        #expect(loaded == Self.matrix("one"))
        let second = try MatrixFile.save(Self.matrix("two"), to: path, options: SaveOptions(expected: .file(fingerprint)))
        #expect(Self.bytes(path) == MatrixFile.encode(Self.matrix("two")))
        #expect(Self.bytes(path + "~") == MatrixFile.encode(Self.matrix("one")))
        #expect(AtomicSaveTests.permissions(path + "~") == 0o640)
        #expect(AtomicSaveTests.permissions(path) == 0o640)
        // The fingerprint returned is the one the next save checks against.
        #expect(try FileFingerprint.current(path: path) == second)
        _ = try MatrixFile.save(Self.matrix("three"), to: path, options: SaveOptions(expected: .file(second)))
        #expect(Self.bytes(path + "~") == MatrixFile.encode(Self.matrix("two")))
        #expect(folder.names == ["m.json", "m.json~"])
    }

    @Test func backupCanBeTurnedOff() throws {
        let folder = Folder()
        let path = folder.file("m.json")
        try MatrixFile.save(Self.matrix("one"), to: path)
        let (_, fingerprint) = try MatrixFile.loadTracked(path: path)
        _ = try MatrixFile.save(Self.matrix("two"), to: path, options: SaveOptions(keepBackup: false, expected: .file(fingerprint)))
        #expect(folder.names == ["m.json"])
    }

    @Test func aNewDocumentIsCreatedWithoutBackup() throws {
        let folder = Folder()
        let path = folder.file("new.json")
        let saved = try MatrixFile.save(Self.matrix("new"), to: path, options: SaveOptions(expected: .absent))
        #expect(folder.names == ["new.json"])
        #expect(saved.size == MatrixFile.encode(Self.matrix("new")).count)
        #expect(saved.contentHash == FileFingerprint.hash(MatrixFile.encode(Self.matrix("new"))))
    }

    @Test func refusesAFileChangedOnDiskAndForceOverwritesIt() throws {
        let folder = Folder()
        let path = folder.file("m.json")
        try MatrixFile.save(Self.matrix("one"), to: path)
        let (_, fingerprint) = try MatrixFile.loadTracked(path: path)
        Self.writeBehindOurBack("{\"someone\": \"else\"}\n", to: path)
        let refused = Self.error { () throws(MatrixFileError) in _ = try MatrixFile.save(Self.matrix("two"), to: path, options: SaveOptions(expected: .file(fingerprint))) }
        #expect(refused == .changedOnDisk(file: path))
        #expect(refused?.description == "\(path): changed on disk since it was loaded; not overwritten")
        #expect(Self.bytes(path) == Array("{\"someone\": \"else\"}\n".utf8))
        #expect(folder.names == ["m.json"])
        // `:w!`: no check; the other program's version becomes the backup.
        _ = try MatrixFile.save(Self.matrix("two"), to: path, options: SaveOptions(expected: .anything))
        #expect(Self.bytes(path) == MatrixFile.encode(Self.matrix("two")))
        #expect(Self.bytes(path + "~") == Array("{\"someone\": \"else\"}\n".utf8))
    }

    /// Same size and the old modification time: only the content hash tells.
    @Test func seesAChangeOfTheSameSizeAndTime() throws {
        let folder = Folder()
        let path = folder.file("m.json")
        try MatrixFile.save(Self.matrix("abc"), to: path)
        Self.setModified(path, seconds: 1_700_000_000, nanoseconds: 5)
        let (_, fingerprint) = try MatrixFile.loadTracked(path: path)
        try MatrixFile.save(Self.matrix("xyz"), to: path)
        Self.setModified(path, seconds: 1_700_000_000, nanoseconds: 5)
        let now = try #require(try FileFingerprint.current(path: path))
        #expect(now.size == fingerprint.size)
        #expect(now.modifiedSeconds == fingerprint.modifiedSeconds && now.modifiedNanoseconds == fingerprint.modifiedNanoseconds)
        let refused = Self.error { () throws(MatrixFileError) in _ = try MatrixFile.save(Self.matrix("mine"), to: path, options: SaveOptions(expected: .file(fingerprint))) }
        #expect(refused == .changedOnDisk(file: path))
        #expect(Self.bytes(path) == MatrixFile.encode(Self.matrix("xyz")))
    }

    /// A new modification time with the same content (`touch`) is no change.
    @Test func aTouchIsNoChange() throws {
        let folder = Folder()
        let path = folder.file("m.json")
        try MatrixFile.save(Self.matrix("one"), to: path)
        let (_, fingerprint) = try MatrixFile.loadTracked(path: path)
        Self.setModified(path, seconds: 1_800_000_000)
        _ = try MatrixFile.save(Self.matrix("two"), to: path, options: SaveOptions(expected: .file(fingerprint)))
        #expect(Self.bytes(path) == MatrixFile.encode(Self.matrix("two")))
    }

    @Test func refusesAFileDeletedOrCreatedSinceLoading() throws {
        let folder = Folder()
        let path = folder.file("m.json")
        try MatrixFile.save(Self.matrix("one"), to: path)
        let (_, fingerprint) = try MatrixFile.loadTracked(path: path)
        #expect(unlink(path) == 0)
        #expect(Self.error { () throws(MatrixFileError) in _ = try MatrixFile.save(Self.matrix("two"), to: path, options: SaveOptions(expected: .file(fingerprint))) }
            == .changedOnDisk(file: path))
        #expect(folder.names == [])
        let created = folder.file("new.json")
        Self.writeBehindOurBack("theirs\n", to: created)
        #expect(Self.error { () throws(MatrixFileError) in _ = try MatrixFile.save(Self.matrix("mine"), to: created, options: SaveOptions(expected: .absent)) }
            == .changedOnDisk(file: created))
        #expect(Self.bytes(created) == Array("theirs\n".utf8))
    }

    /// The link stays a link and its target gets the new content; the backup
    /// is a plain copy beside the name the user gave.
    @Test func writesThroughASymbolicLink() throws {
        let folder = Folder()
        let target = folder.file("real.json")
        let link = folder.file("link.json")
        try MatrixFile.save(Self.matrix("one"), to: target)
        #expect(symlink("real.json", link) == 0)
        let (_, fingerprint) = try MatrixFile.loadTracked(path: link)
        _ = try MatrixFile.save(Self.matrix("two"), to: link, options: SaveOptions(expected: .file(fingerprint)))
        var st = stat()
        #expect(lstat(link, &st) == 0 && (st.st_mode & S_IFMT) == S_IFLNK)
        #expect(Self.bytes(target) == MatrixFile.encode(Self.matrix("two")))
        #expect(lstat(link + "~", &st) == 0 && (st.st_mode & S_IFMT) == S_IFREG)
        #expect(Self.bytes(link + "~") == MatrixFile.encode(Self.matrix("one")))
        #expect(folder.names == ["link.json", "link.json~", "real.json"])
    }

    @Test func aFolderIsNotAFileToSaveOver() throws {
        let folder = Folder()
        let path = folder.file("dir.json")
        #expect(mkdir(path, 0o755) == 0)
        #expect(Self.error { () throws(MatrixFileError) in _ = try MatrixFile.save(Self.matrix("x"), to: path, options: SaveOptions()) }
            == .unwritable(file: path, reason: "cannot read the current file to check and keep it: it is a folder"))
    }

    // MARK: Failing saves on a small file system

    /// A tmpfs of `kilobytes` mounted on a fresh folder, unmounted afterwards.
    /// Needs root (CI and the development machines run as root).
    final class SmallDisk {
        let folder = Folder()
        var path: String { folder.path }
        init?(kilobytes: Int) {
            guard mount("tmpfs", folder.path, "tmpfs", 0, "size=\(kilobytes)k,mode=0755") == 0 else { return nil }
        }
        func file(_ name: String) -> String { folder.file(name) }
        func makeReadOnly() -> Bool {
            mount("tmpfs", path, "tmpfs", UInt(MS_REMOUNT | MS_RDONLY), "size=64k") == 0
        }
        deinit { umount2(path, Int32(MNT_DETACH)) }
    }

    static let canMount: Bool = SmallDisk(kilobytes: 16) != nil

    /// A document of about `kilobytes` KiB.
    static func big(_ kilobytes: Int) -> Matrix {
        var m = matrix("big")
        m.people = (0..<(kilobytes * 1024 / 60)).map { Person(id: "p\($0)", name: "Person number \($0)") }
        return m
    }

    @Test(.enabled(if: canMount, "needs root to mount a small tmpfs"))
    func aFullDiskFailsTheSaveAndKeepsTheFile() throws {
        let disk = try #require(SmallDisk(kilobytes: 64))
        let path = disk.file("m.json")
        try MatrixFile.save(Self.matrix("one"), to: path)
        let original = try #require(Self.bytes(path))
        let (_, fingerprint) = try MatrixFile.loadTracked(path: path)
        let failed = Self.error { () throws(MatrixFileError) in _ = try MatrixFile.save(Self.big(200), to: path, options: SaveOptions(expected: .file(fingerprint))) }
        #expect(failed == .unwritable(file: path, reason: "No space left on device"))
        #expect(failed?.description == "\(path): cannot write: No space left on device")
        #expect(Self.bytes(path) == original)
        // The backup of the small original fitted; no temporary file is left.
        #expect(disk.folder.names == ["m.json", "m.json~"])
        // The same document saves elsewhere (`:w OTHER-PATH`).
        let other = Folder()
        _ = try MatrixFile.save(Self.big(200), to: other.file("m.json"), options: SaveOptions(expected: .absent))
    }

    @Test(.enabled(if: canMount, "needs root to mount a small tmpfs"))
    func aReadOnlyFolderFailsTheSaveAndKeepsTheFile() throws {
        let disk = try #require(SmallDisk(kilobytes: 64))
        let path = disk.file("m.json")
        try MatrixFile.save(Self.matrix("one"), to: path)
        let original = try #require(Self.bytes(path))
        let (_, fingerprint) = try MatrixFile.loadTracked(path: path)
        #expect(disk.makeReadOnly())
        let failed = Self.error { () throws(MatrixFileError) in _ = try MatrixFile.save(Self.matrix("two"), to: path, options: SaveOptions(expected: .file(fingerprint))) }
        #expect(failed?.description == "\(path): cannot write: Read-only file system (writing the backup m.json~)")
        #expect(Self.bytes(path) == original)
        #expect(disk.folder.names == ["m.json"])
        let plain = Self.error { () throws(MatrixFileError) in _ = try MatrixFile.save(Self.matrix("two"), to: path, options: SaveOptions(keepBackup: false, expected: .file(fingerprint))) }
        #expect(plain?.description == "\(path): cannot write: Read-only file system")
        #expect(Self.bytes(path) == original)
    }
}
