/// What a grid cell means, before it becomes a colour or a mark.
enum Tone: Sendable {
    /// A level with nothing to flag.
    case plain
    /// No level (not required in Roles; none in People).
    case empty
    /// A required level the person meets.
    case met
    /// Below the requirement.
    case short
    /// Evidence past its refresh interval.
    case due
    /// Both.
    case shortAndDue
    /// An exemption holds: not counted, whatever the level.
    case exempt
}
