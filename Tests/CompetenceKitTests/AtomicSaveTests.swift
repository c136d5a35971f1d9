import Testing
import Foundation
@testable import CompetenceKit

/// Saving replaces a file whole, keeps its permissions, writes through
/// symbolic links, and `create` never replaces anything.
@Suite struct AtomicSaveTests {
    /// A fresh folder for one test, removed afterwards.
    final class Folder {
        let path: String
        init() {
            path = NSTemporaryDirectory() + "competence-save-\(UUID().uuidString)"
            try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        }
        deinit { try? FileManager.default.removeItem(atPath: path) }
        func file(_ name: String) -> String { path + "/" + name }
        var names: [String] { ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted() }
    }

    static let matrix = Matrix(title: "T", skills: [Skill(id: "s", name: "S", category: .security)])

    static func permissions(_ path: String) -> Int {
        (try! FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as! NSNumber).intValue
    }

    @Test func saveKeepsPermissions() throws {
        let folder = Folder()
        let path = folder.file("m.json")
        FileManager.default.createFile(atPath: path, contents: Data("old".utf8), attributes: [.posixPermissions: 0o640])
        try MatrixFile.save(Self.matrix, to: path)
        #expect(Self.permissions(path) == 0o640)
        #expect(try FileBytes.read(path: path) == MatrixFile.encode(Self.matrix))
        #expect(folder.names == ["m.json"])
    }

    @Test func saveWritesThroughASymbolicLink() throws {
        let folder = Folder()
        let target = folder.file("real.json")
        let link = folder.file("link.json")
        FileManager.default.createFile(atPath: target, contents: Data("old".utf8), attributes: [.posixPermissions: 0o600])
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "real.json")
        try MatrixFile.save(Self.matrix, to: link)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "real.json")
        #expect(try FileBytes.read(path: target) == MatrixFile.encode(Self.matrix))
        #expect(Self.permissions(target) == 0o600)
        #expect(folder.names == ["link.json", "real.json"])
    }

    @Test func saveToAMissingFolderFailsClearly() {
        let folder = Folder()
        let path = folder.file("no/m.json")
        #expect(throws: MatrixFileError.unwritable(file: path, reason: "No such file or directory")) {
            try MatrixFile.save(Self.matrix, to: path)
        }
    }

    @Test func createRefusesAnExistingFile() throws {
        let folder = Folder()
        let path = folder.file("m.json")
        FileManager.default.createFile(atPath: path, contents: Data("keep me".utf8))
        #expect(throws: MatrixFileError.unwritable(file: path, reason: "it already exists; choose another name (nothing was overwritten)")) {
            try MatrixFile.create(Self.matrix, at: path)
        }
        #expect(try FileBytes.read(path: path) == Array("keep me".utf8))
        #expect(folder.names == ["m.json"])
    }

    @Test func createRefusesADanglingLink() throws {
        let folder = Folder()
        let path = folder.file("m.json")
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: "elsewhere.json")
        #expect(throws: MatrixFileError.unwritable(file: path, reason: "it already exists; choose another name (nothing was overwritten)")) {
            try MatrixFile.create(Self.matrix, at: path)
        }
        #expect(folder.names == ["m.json"])
    }

    @Test func createWritesANewFile() throws {
        let folder = Folder()
        let path = folder.file("m.json")
        try MatrixFile.create(Self.matrix, at: path)
        #expect(try MatrixFile.load(path: path) == Self.matrix)
        let mask = umask(0); umask(mask)
        #expect(Self.permissions(path) == 0o666 & ~Int(mask))
        #expect(folder.names == ["m.json"])
    }
}
