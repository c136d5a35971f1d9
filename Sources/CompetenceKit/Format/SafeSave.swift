#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A save that checks before it writes: the file on disk must still be the
/// version the caller expects, the version it replaces is kept as `PATH~`,
/// and the new one is written atomically. Any failure leaves the file as it
/// was, byte for byte.
///
/// The check and the final rename are separate steps, so a program that
/// writes the file in between is not caught; the check is for the common
/// case of a file changed minutes or hours after it was loaded.
enum SafeSave {
    /// Writes `bytes` to `path` and returns the fingerprint of what it wrote.
    static func write(_ bytes: [UInt8], to path: String, options: SaveOptions) throws(MatrixFileError) -> FileFingerprint {
        let current = try currentFile(path)
        switch options.expected {
        case .anything: break
        case .absent:
            if current != nil { throw .changedOnDisk(file: path) }
        case .file(let loaded):
            guard let current, FileFingerprint(bytes: current.bytes, status: current.status).sameContent(as: loaded) else {
                throw .changedOnDisk(file: path)
            }
        }
        if options.keepBackup, let current {
            let backup = SaveOptions.backupPath(of: path)
            do throws(MatrixFileError) {
                try AtomicFile.write(current.bytes, to: backup, mode: current.status.st_mode & 0o7777)
            } catch .unwritable(_, let reason) {
                // The reason first: an editor's message line may cut the rest.
                let name = backup.split(separator: "/").last.map(String.init) ?? backup
                throw .unwritable(file: path, reason: "\(reason) (writing the backup \(name))")
            }
        }
        try AtomicFile.write(bytes, to: path)
        guard let saved = try? FileBytes.readWithStatus(path: path), saved.bytes == bytes else {
            throw .unwritable(file: path, reason: "the file does not read back as written")
        }
        return FileFingerprint(bytes: saved.bytes, status: saved.status)
    }

    /// The file now at `path` (through links), or nil when there is none.
    private static func currentFile(_ path: String) throws(MatrixFileError) -> (bytes: [UInt8], status: stat)? {
        do throws(MatrixFileError) {
            return try FileBytes.readWithStatus(path: path)
        } catch .missing {
            return nil
        } catch .unreadable(_, let reason) {
            throw .unwritable(file: path, reason: "cannot read the current file to check and keep it: \(reason)")
        }
    }
}
