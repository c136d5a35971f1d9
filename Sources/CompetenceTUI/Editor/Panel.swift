/// A small window over the current view that takes the keys until it is
/// closed: the evidence form, the assessment history, or the awareness
/// choice (which lives on the bottom line).
public enum Panel: Equatable, Sendable {
    /// Enter on a person's skill: a new assessment.
    case evidence(EvidenceForm)
    /// H on a person's skill: their assessments of it, newest first.
    case history(HistoryPane)
    /// a on a person: c, l, w or n sets their awareness.
    case awareness(person: Int)
}
