/// How a save protects the file it replaces (`MatrixFile.save(_:to:options:)`).
public struct SaveOptions: Equatable, Sendable {
    /// What the saver last saw at the path; the save is refused with
    /// `MatrixFileError.changedOnDisk` when the file on disk is otherwise.
    public enum Expected: Equatable, Sendable {
        /// No check: write whatever is there (`:w!`, `fmt`).
        case anything
        /// No file: the document is new and has not been saved yet.
        case absent
        /// This version, as loaded or last saved.
        case file(FileFingerprint)
    }

    /// Keep the file being replaced as `PATH~` (a copy with the same
    /// permissions), so that the previous version survives a mistaken save.
    public var keepBackup: Bool
    public var expected: Expected

    public init(keepBackup: Bool = true, expected: Expected = .anything) {
        self.keepBackup = keepBackup
        self.expected = expected
    }

    /// The backup of `path`: the same name with `~` added, beside it.
    public static func backupPath(of path: String) -> String { path + "~" }
}
