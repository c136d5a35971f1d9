#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a whole file with POSIX calls, reporting missing and unreadable
/// files apart, as the exit codes do.
public enum FileBytes {
    public static func read(path: String) throws(MatrixFileError) -> [UInt8] {
        try readWithStatus(path: path).bytes
    }

    /// The bytes and the file's status (size, time of last change) taken
    /// from the same open file, so that the two describe one version of it.
    public static func readWithStatus(path: String) throws(MatrixFileError) -> (bytes: [UInt8], status: stat) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            let e = errno
            if e == ENOENT { throw .missing(file: path) }
            throw .unreadable(file: path, reason: String(cString: strerror(e)))
        }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw .unreadable(file: path, reason: String(cString: strerror(errno))) }
        if (st.st_mode & S_IFMT) == S_IFDIR { throw .unreadable(file: path, reason: "it is a folder") }
        var out = [UInt8]()
        out.reserveCapacity(Int(st.st_size) + 1)
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw .unreadable(file: path, reason: String(cString: strerror(errno)))
            }
            if n == 0 { break }
            out.append(contentsOf: chunk[0..<n])
        }
        return (out, st)
    }
}
