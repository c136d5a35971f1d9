#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one door in and out of matrix files. Everything that reads or writes
/// a document goes through here, so the parser can change behind it.
public enum MatrixFile {
    /// Reads, parses and validates a file. Either the whole document or an error.
    public static func load(path: String) throws(MatrixFileError) -> Matrix {
        let bytes = try FileBytes.read(path: path)
        return try decode(bytes, file: path)
    }

    /// Loads a file for editing: the document and the fingerprint of the
    /// exact bytes it came from, to check before saving that nobody else
    /// wrote the file since (`save(_:to:options:)`).
    public static func loadTracked(path: String) throws(MatrixFileError) -> (matrix: Matrix, fingerprint: FileFingerprint) {
        let (bytes, status) = try FileBytes.readWithStatus(path: path)
        return (try decode(bytes, file: path), FileFingerprint(bytes: bytes, status: status))
    }

    /// Parses and validates a document held in memory; `file` names it in errors.
    public static func decode(_ bytes: [UInt8], file: String) throws(MatrixFileError) -> Matrix {
            return try bytes.withUnsafeBufferPointer { (buffer) throws(MatrixFileError) -> Matrix in
                let m: Matrix
                do throws(LoadFailure) {
                    m = try MatrixDecoder.decode(buffer)
                } catch {
                    throw report(error, file: file, bytes: buffer)
                }
                if let problem = MatrixValidator.firstProblem(in: m) {
                    throw report(problem, file: file, bytes: buffer)
                }
                return m
            }
    }

    static func report(_ failure: LoadFailure, file: String, bytes: UnsafeBufferPointer<UInt8>) -> MatrixFileError {
        var offset = failure.offset ?? JSONLocator.offset(of: failure.path, in: bytes)
        // A file that ends too soon is best shown where its content ends, not
        // on the empty line after its final line break.
        if var end = offset, end >= bytes.count {
            while end > 0, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[end - 1]) { end -= 1 }
            offset = end
        }
        let location = offset.map { SourceLocation(offset: $0, in: bytes) }
        return .invalid(file: file, line: location?.line, column: location?.column,
                        path: failure.path.pathText, message: failure.message, excerpt: location?.excerpt)
    }

    /// The canonical bytes of a document.
    public static func encode(_ m: Matrix) -> [UInt8] { MatrixEncoder.encode(m) }

    /// Writes the document atomically: the file is either the old one or the
    /// whole new one, never a mixture, and keeps its permissions.
    public static func save(_ m: Matrix, to path: String) throws(MatrixFileError) {
        try AtomicFile.write(encode(m), to: path)
    }

    /// Saves as an editor should: refuses when the file on disk is not the
    /// version `options.expected` names, keeps the replaced version as
    /// `PATH~` unless told not to, writes atomically, and returns the new
    /// version's fingerprint for the next save. On any error the file on disk
    /// is unchanged.
    public static func save(_ m: Matrix, to path: String, options: SaveOptions) throws(MatrixFileError) -> FileFingerprint {
        try SafeSave.write(encode(m), to: path, options: options)
    }

    /// Writes the document to a new file; refuses (`.unwritable`) when
    /// anything already exists at `path`, so nothing is ever overwritten.
    public static func create(_ m: Matrix, at path: String) throws(MatrixFileError) {
        try AtomicFile.create(encode(m), at: path)
    }
}
