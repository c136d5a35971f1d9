/// A problem found while reading a document: where (byte offset, JSON path)
/// and what. Turned into a `MatrixFileError` with line and column for people.
struct LoadFailure: Error {
    /// Byte offset of the offending spot, or nil when only the path is known.
    var offset: Int?
    var path: [JSONPathComponent]
    var message: String
    /// Set while the failure rises through a too-deeply nested value, so that
    /// its path names the key that holds the value and not every level of it.
    var pathIsFinal = false

    init(offset: Int?, path: [JSONPathComponent] = [], _ message: String) {
        self.offset = offset
        self.path = path
        self.message = message
    }

    /// The same failure seen from one level further out.
    func inside(_ component: JSONPathComponent) -> LoadFailure {
        if pathIsFinal { return self }
        var copy = self
        copy.path.insert(component, at: 0)
        return copy
    }
}
