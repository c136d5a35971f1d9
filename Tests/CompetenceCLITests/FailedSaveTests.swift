import Foundation
import Testing

/// A save that the system refuses fails with a message and exit 73 and
/// leaves the file byte for byte as it was: over the file-size limit
/// (`ulimit -f`, where the program must not die of SIGXFSZ) and in a folder
/// the user may not write.
@Suite struct FailedSaveTests {
    static let isRoot = getuid() == 0
    static let hasSetpriv = FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")

    @Test func overTheFileSizeLimitTheFileStaysAsItWas() throws {
        let folder = try ScratchFolder()
        try folder.write("m.json", try FmtCommandTests.scrambled("starter-en.json"))
        let before = try folder.bytes("m.json")
        #expect(before.count > 8 * 1024)
        // 8 blocks (4 KiB in dash, 8 KiB in bash): less than the formatted file.
        let limited = ["/bin/sh", "-c", #"ulimit -f 8 && exec "$@""#, "sh"]
        let result = try CommandRunner.run(["fmt", "m.json"], in: folder.path, through: limited)
        #expect(result == CommandResult(stdout: "", stderr: "error: m.json: cannot write: File too large\n", status: 73))
        #expect(try folder.bytes("m.json") == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["m.json"])
    }

    @Test(.enabled(if: isRoot && hasSetpriv, "needs root to run the program as nobody"))
    func inAFolderTheUserMayNotWriteTheFileStaysAsItWas() throws {
        let folder = try ScratchFolder()
        try folder.write("m.json", try FmtCommandTests.scrambled("sales-ja.json"))
        let before = try folder.bytes("m.json")
        let nobody = ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
        let result = try CommandRunner.run(["fmt", "m.json"], in: folder.path, through: nobody)
        #expect(result == CommandResult(stdout: "", stderr: "error: m.json: cannot write: Permission denied\n", status: 73))
        #expect(try folder.bytes("m.json") == before)
    }
}
