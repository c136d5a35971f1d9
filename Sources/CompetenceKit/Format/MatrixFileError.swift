/// Why a matrix file could not be read or written, worded for the person who
/// has to fix it: the file, the place (line and column, and the JSON path)
/// and what was expected.
public enum MatrixFileError: Error, Equatable, CustomStringConvertible {
    /// The input file does not exist.
    case missing(file: String)
    /// The file exists but could not be read (permissions, a folder, I/O).
    case unreadable(file: String, reason: String)
    /// The bytes are not a valid matrix.
    case invalid(file: String, line: Int?, column: Int?, path: String, message: String, excerpt: String?)
    /// The output could not be written; the original is untouched.
    case unwritable(file: String, reason: String)
    /// A save was refused because the file on disk is no longer the version
    /// that was loaded (another program wrote, created or deleted it).
    case changedOnDisk(file: String)

    /// One line: `FILE:LINE:COLUMN: path: message`, without the `error: ` prefix.
    public var description: String {
        switch self {
        case .missing(let file): return "\(file): no such file"
        case .unreadable(let file, let reason): return "\(file): cannot read: \(reason)"
        case .unwritable(let file, let reason): return "\(file): cannot write: \(reason)"
        case .changedOnDisk(let file): return "\(file): changed on disk since it was loaded; not overwritten"
        case .invalid(let file, let line, let column, let path, let message, _):
            var place = file
            if let line, let column { place += ":\(line):\(column)" }
            return path.isEmpty ? "\(place): \(message)" : "\(place): \(path): \(message)"
        }
    }

    /// The message and, for invalid content, the source line with a caret under the spot.
    public var report: String {
        if case .invalid(_, _, _, _, _, let excerpt?) = self { return description + "\n" + excerpt }
        return description
    }
}
