import CompetenceKit

/// What the editor says and does when the document cannot simply be written:
/// a read-only session, a file changed on disk, recovered edits.
extension EditorState {
    /// An edit in a read-only session is refused, saying why.
    mutating func refuseReadOnly() {
        message = .error("Read-only: \(TextEscaping.escaped(path)) is being edited in another editor; :w FILE writes a copy")
    }

    /// A save refused because the file on disk is not what was loaded
    /// (`own`), or because a copy would replace another file.
    mutating func changedOnDisk(path written: String, own: Bool) {
        let name = TextEscaping.escaped(written)
        message = own
            ? .error("Not saved: \(name) changed on disk since it was loaded; :w! overwrites it, :w FILE writes a copy")
            : .error("Not written: \(name) already exists; :w! \(name) overwrites it")
    }

    /// Marks the document as differing from its file without an undo step:
    /// recovered edits open modified, as they were when the editor stopped.
    public mutating func markUnsaved() {
        lastRevision += 1
        revision = lastRevision
    }

    /// The document's revision, for work that follows edits (the recovery file).
    public var documentRevision: Int { revision }
}
