#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Replaces a file all at once: write a temporary file in the same folder,
/// flush it to disk, give it the original's permissions, rename it over the
/// original, then flush the folder. A crash at any point leaves either the
/// old file or the new one. A symbolic link is written through, not replaced.
///
/// Writing past the process's file-size limit (`ulimit -f`) fails with
/// "File too large" instead of killing the program: the first write sets
/// SIGXFSZ to be ignored, process-wide, as no part of the program wants to die
/// of it.
public enum AtomicFile {
    /// Writes `bytes` to `path`. The file keeps its permissions (or takes
    /// `mode` when given) and, where the writer may, its owner and group.
    public static func write(_ bytes: [UInt8], to path: String, mode: mode_t? = nil) throws(MatrixFileError) {
        let target = resolveLinks(path)
        var st = stat()
        let existing = stat(target, &st) == 0 ? st : nil
        let mode = mode ?? existing.map { $0.st_mode & 0o7777 } ?? defaultMode()
        let temp = try writeTemporary(bytes, beside: target, mode: mode, owner: existing, reportAs: path)
        if rename(temp, target) != 0 { let e = errno; unlink(temp); throw failure(path, e) }
        syncFolder(of: target)
    }

    /// Set once, before the first write: see the type's note on SIGXFSZ.
    private static let fileSizeSignalIgnored: Bool = {
        signal(SIGXFSZ, SIG_IGN)
        return true
    }()

    /// Writes a new file, refusing to replace anything already at `path`
    /// (a file, a folder, or a symbolic link, even a dangling one). The file
    /// appears whole or not at all.
    public static func create(_ bytes: [UInt8], at path: String) throws(MatrixFileError) {
        var st = stat()
        if lstat(path, &st) == 0 { throw alreadyExists(path) }
        let temp = try writeTemporary(bytes, beside: path, mode: defaultMode(), owner: nil, reportAs: path)
        // link() never replaces an existing name, so a file that appeared
        // since the check above is refused rather than overwritten.
        let linked = link(temp, path)
        let e = errno
        unlink(temp)
        if linked != 0 { throw e == EEXIST ? alreadyExists(path) : failure(path, e) }
        syncFolder(of: path)
    }

    private static func alreadyExists(_ path: String) -> MatrixFileError {
        .unwritable(file: path, reason: "it already exists; choose another name (nothing was overwritten)")
    }

    /// Permissions of a new file: read and write as the umask allows.
    private static func defaultMode() -> mode_t {
        let mask = umask(0)
        umask(mask)
        return 0o666 & ~mask
    }

    /// Writes `bytes` to a new temporary file in the folder of `target`,
    /// flushed to disk, and returns its path. `owner` is the file it will
    /// replace, whose owner and group it takes where the writer may (root
    /// editing someone's matrix must not leave it owned by root).
    private static func writeTemporary(_ bytes: [UInt8], beside target: String, mode: mode_t, owner: stat?,
                                       reportAs path: String) throws(MatrixFileError) -> String {
        _ = fileSizeSignalIgnored
        let folder = folderOf(target)
        let name = target.split(separator: "/").last.map(String.init) ?? target
        let temp = "\(folder)/.\(name).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard fd >= 0 else { throw failure(path, errno) }
        var written = 0
        let total = bytes.count
        let writeError: Int32? = bytes.withUnsafeBytes { buf in
            while written < total {
                let n = Glibc.write(fd, buf.baseAddress! + written, total - written)
                if n < 0 { if errno == EINTR { continue }; return errno }
                written += n
            }
            return nil
        }
        var problem = writeError
        if problem == nil, let owner, owner.st_uid != geteuid() || owner.st_gid != getegid() {
            _ = fchown(fd, owner.st_uid, owner.st_gid)
        }
        if problem == nil, fchmod(fd, mode) != 0 { problem = errno }
        if problem == nil, fsync(fd) != 0 { problem = errno }
        if close(fd) != 0, problem == nil { problem = errno }
        if let e = problem {
            unlink(temp)
            throw failure(path, e)
        }
        return temp
    }

    /// Flushes the folder so that the rename or link itself survives a crash.
    private static func syncFolder(of path: String) {
        let dfd = open(folderOf(path), O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if dfd >= 0 { _ = fsync(dfd); close(dfd) }
    }

    private static func failure(_ path: String, _ code: Int32) -> MatrixFileError {
        .unwritable(file: path, reason: String(cString: strerror(code)))
    }

    static func folderOf(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// Follows symbolic links so that the link stays and its target is replaced.
    static func resolveLinks(_ path: String) -> String {
        var current = path
        for _ in 0..<40 {
            var buf = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let n = readlink(current, &buf, buf.count - 1)
            guard n > 0 else { return current }
            let dest = String(decoding: buf[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = dest.hasPrefix("/") ? dest : folderOf(current) + "/" + dest
        }
        return current
    }
}
