import CompetenceKit

/// The history pane (`H`): one person's assessments of one skill, newest
/// first, with a cursor; `x` removes the one under it after asking.
/// Holds ids, not positions, so it finds its person and skill again after
/// an undo.
public struct HistoryPane: Equatable, Sendable {
    public let personID: String
    public let skillID: String
    /// The selected entry (the list scrolls to keep it in view).
    public var row = 0
    /// While asking "Remove …? (y/n)": the position in the person's `assessments` to remove.
    public var confirming: Int?

    public init(personID: String, skillID: String) {
        self.personID = personID
        self.skillID = skillID
    }

    /// Positions in the person's `assessments` of this skill, newest first:
    /// by date, and among equal dates the later in the file first (the
    /// order in which the latest counts).
    public static func entries(_ person: Person, skill: String) -> [Int] {
        person.assessments.indices.filter { person.assessments[$0].skill == skill }
            .sorted { (person.assessments[$0].date, $0) > (person.assessments[$1].date, $1) }
    }
}
