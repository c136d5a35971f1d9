/// The four printed views of design.md, the same as the editor's.
public enum PrintView: String, CaseIterable, Sendable {
    /// Skills by roles: the level each role requires.
    case roles
    /// People by skills: the level each person has, marked where short or due.
    case people
    /// Per person, each required skill that is short or due for refresh.
    case gaps
    /// The A–F chart of competence against awareness.
    case awareness

    /// The view's name under the document title.
    public var title: String {
        switch self {
        case .roles: return "Roles: required levels"
        case .people: return "People: current levels"
        case .gaps: return "Gaps: required skills short or due for refresh"
        case .awareness: return "Awareness: categories A-F"
        }
    }
}
