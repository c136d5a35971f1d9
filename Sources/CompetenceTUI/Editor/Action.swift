/// What the run loop must do after a key: the editor's side effects, as
/// values, so that key handling stays pure and testable.
public enum Action: Equatable, Sendable {
    /// Nothing beyond redrawing.
    case none
    /// Write the document to `path`; then quit when `quitAfter` and the write
    /// succeeded. Without `force` (`:w!`) a file changed on disk since it was
    /// loaded, or another file already at a copy's path, is not overwritten.
    case save(path: String, quitAfter: Bool, force: Bool = false)
    /// Write the current view to `path` as `competence print` would.
    case print(path: String, format: PrintFileFormat)
    /// Send the current view as text to `lp`, or write it to a file when there is none.
    case printToPrinter
    /// Leave the editor.
    case quit
}
