import CompetenceKit

/// One undoable change to the document, stored as the value to put back.
///
/// Applying an edit swaps its value into the document and returns the edit
/// that swaps the old value back, so undo and redo are the same operation
/// and the document returns exactly to what it was. Small edits keep one
/// person, role or skill; structural ones (add, delete) keep the document.
public enum Edit: Equatable, Sendable {
    case person(Int, Person)
    case role(Int, Role)
    case skill(Int, Skill)
    case document(Matrix)
}

/// An edit in the undo or redo stack, with where the cursor was so that
/// undo shows the change it undoes.
struct HistoryEntry: Equatable, Sendable {
    var edit: Edit
    var view: ViewKind
    var cursor: GridCursor
    /// Document revision on each side of the edit, for the modified flag.
    var revisionBefore: Int
    var revisionAfter: Int
    /// What the edit did, for "Undone: …" messages.
    var summary: String
}

/// Undo and redo stacks, any number of steps.
struct History: Equatable, Sendable {
    var undo: [HistoryEntry] = []
    var redo: [HistoryEntry] = []
}
