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
        let fd = try openForReading(path)
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw .unreadable(file: path, reason: String(cString: strerror(errno))) }
        if (st.st_mode & S_IFMT) == S_IFDIR { throw .unreadable(file: path, reason: "it is a folder") }
        // Straight into an array of the file's size (one byte more, to see the end
        // in the same pass); a file that grows meanwhile is read on in chunks.
        var failure: Int32?
        var out = [UInt8](unsafeUninitializedCapacity: Int(st.st_size) + 1) { buffer, count in
            count = 0
            while count < buffer.count {
                let n = Glibc.read(fd, buffer.baseAddress! + count, buffer.count - count)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                if n == 0 { return }
                count += n
            }
        }
        if let failure { throw .unreadable(file: path, reason: String(cString: strerror(failure))) }
        if out.count <= Int(st.st_size) { return (out, st) }
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

    /// Whether the file at `path` holds exactly `bytes`, read in pieces so
    /// that a large file is compared without holding a second copy of it.
    public static func contentEquals(path: String, _ bytes: [UInt8]) throws(MatrixFileError) -> Bool {
        let fd = try openForReading(path)
        defer { close(fd) }
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        var offset = 0
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw .unreadable(file: path, reason: String(cString: strerror(errno)))
            }
            if n == 0 { return offset == bytes.count }
            guard offset + n <= bytes.count else { return false }
            let same = chunk.withUnsafeBytes { piece in
                bytes.withUnsafeBytes { whole in memcmp(piece.baseAddress!, whole.baseAddress! + offset, n) == 0 }
            }
            if !same { return false }
            offset += n
        }
    }

    /// Opens `path` read-only, telling a missing file (exit 66 as "missing")
    /// from one that exists but cannot be read.
    private static func openForReading(_ path: String) throws(MatrixFileError) -> Int32 {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            let e = errno
            if e == ENOENT { throw .missing(file: path) }
            throw .unreadable(file: path, reason: String(cString: strerror(e)))
        }
        return fd
    }
}
