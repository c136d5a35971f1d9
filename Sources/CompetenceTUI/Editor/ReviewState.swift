import CompetenceKit

/// Whose gaps the Gaps view shows: the person under the People cursor, or
/// the role under the Roles cursor with all its holders (`r` switches).
public enum GapsSubject: String, Sendable {
    case person
    case role
}

/// One line of the Gaps view's body.
enum GapsLine: Equatable, Sendable {
    /// A holder's name above their rows (role mode); not a cursor stop.
    case heading(person: Int)
    /// One required skill (by index) of one person; its status is read
    /// from the analysis when drawn, so a page of thousands holds no copies.
    case row(person: Int, skill: Int)
}

/// The Gaps view's lines, worked out again only when what they depend on
/// changes (the document's revision, the reference date, the subject, the
/// filter or the sort), so moving the cursor costs nothing and a role held
/// by thousands is gathered once, not on every key.
struct GapsPage: Equatable, Sendable {
    struct Key: Equatable, Sendable {
        var subject: GapsSubject
        /// The person (person mode) or role (role mode) shown, if any.
        var target: Int?
        var revision: Int
        var asOf: Day
        var filter: RowFilter
        var peopleFilter: PeopleFilter
        var sort: RowSort
    }

    var key: Key
    var lines: [GapsLine] = []
    /// Line index of each cursor stop (every `.row`).
    var stops: [Int] = []
    /// Role mode: the role's holders, and how many of them have a counted gap in its skills.
    var holders = 0
    var holdersWithGap = 0

    /// The person and skill at cursor stop `row`.
    func entry(_ row: Int) -> (person: Int, skill: Int)? {
        guard row >= 0, row < stops.count, case .row(let p, let s) = lines[stops[row]] else { return nil }
        return (p, s)
    }
}

/// The people in the Awareness view's selected category, in file order;
/// gathered again when the category, the document or the date changes.
struct CategoryMembers: Equatable, Sendable {
    struct Key: Equatable, Sendable {
        var category: AwarenessCategory
        var revision: Int
        var asOf: Day
    }

    var key: Key
    var people: [Int]
}

/// What the Gaps and Awareness views remember between keys.
struct ReviewState: Equatable, Sendable {
    var gapsSubject: GapsSubject = .person
    var gaps: GapsPage?
    /// The Gaps cursor row when the page was last brought up to date: when
    /// it differs, something (an undo) put the cursor where it belongs, and
    /// it is not moved to follow the row it was on.
    var gapsPreparedRow: Int?
    /// The Awareness chart's selected category.
    var category: AwarenessCategory = .a
    /// True while the cursor is in the list of the category's people, not on the chart.
    var inList = false
    var members: CategoryMembers?
}
