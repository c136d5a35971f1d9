#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Replaces a file all at once: write a temporary file in the same folder,
/// flush it to disk, give it the original's permissions, rename it over the
/// original, then flush the folder. A crash at any point leaves either the
/// old file or the new one. A symbolic link is written through, not replaced.
public enum AtomicFile {
    public static func write(_ bytes: [UInt8], to path: String) throws(MatrixFileError) {
        let target = resolveLinks(path)
        let folder = folderOf(target)
        let name = target.split(separator: "/").last.map(String.init) ?? target
        let temp = "\(folder)/.\(name).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        var mode: mode_t = 0o644
        var st = stat()
        if stat(target, &st) == 0 { mode = st.st_mode & 0o7777 } else {
            let mask = umask(0); umask(mask)
            mode = 0o666 & ~mask
        }
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard fd >= 0 else { throw failure(path, errno) }
        var ok = false
        defer { if !ok { unlink(temp) } }
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
        if let e = writeError { close(fd); throw failure(path, e) }
        if fchmod(fd, mode) != 0 { let e = errno; close(fd); throw failure(path, e) }
        if fsync(fd) != 0 { let e = errno; close(fd); throw failure(path, e) }
        if close(fd) != 0 { throw failure(path, errno) }
        if rename(temp, target) != 0 { throw failure(path, errno) }
        ok = true
        let dfd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
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
