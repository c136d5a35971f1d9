import CompetenceKit

/// The Gaps view: for the person under the People cursor, or for the role
/// under the Roles cursor and all its holders, each required skill worst
/// first. h and l step to the previous or next person (or role), so the
/// People and Roles views stay on whoever was reviewed last.
extension EditorState {
    /// The person whose gaps person mode shows: the People view's cursor row.
    var gapsPerson: Int? {
        guard !peopleRows.isEmpty else { return nil }
        return peopleRows[min(cursors[.people]?.row ?? 0, peopleRows.count - 1)]
    }

    /// The role role mode shows: the Roles view's cursor column.
    var gapsRole: Int? {
        guard !document.roles.isEmpty else { return nil }
        return min(cursors[.roles]?.column ?? 0, document.roles.count - 1)
    }

    mutating func handleGapsKey(_ key: Key) -> Bool {
        if moveReviewRow(key, count: reviewRowCount, page: max(1, gapsBodyHeight - 1)) { return true }
        switch key {
        case .left, .char("h"): stepGapsSubject(by: -1)
        case .right, .char("l"): stepGapsSubject(by: 1)
        case .char("r"): switchGapsSubject()
        default: return false
        }
        return true
    }

    /// h and l: the previous or next person in the People view's order (its
    /// filter and sort), or the previous or next role.
    private mutating func stepGapsSubject(by delta: Int) {
        switch review.gapsSubject {
        case .person:
            guard !peopleRows.isEmpty else { return message = .error(noPersonHint) }
            var c = cursors[.people] ?? GridCursor()
            let row = max(0, min(c.row + delta, peopleRows.count - 1))
            if row == c.row { return message = .info(delta < 0 ? "The first person" : "The last person") }
            c.row = row
            cursors[.people] = c
        case .role:
            guard !document.roles.isEmpty else { return message = .error("No roles yet: :add-role NAME") }
            var c = cursors[.roles] ?? GridCursor()
            let column = max(0, min(c.column + delta, document.roles.count - 1))
            if column == c.column { return message = .info(delta < 0 ? "The first role" : "The last role") }
            c.column = column
            cursors[.roles] = c
        }
    }

    /// r: from a person to their first role (all its holders), and from a
    /// role back to the person under the cursor.
    private mutating func switchGapsSubject() {
        switch review.gapsSubject {
        case .person:
            if let p = gapsPerson, let r = analysis.people[p].roles.first {
                cursors[.roles, default: GridCursor()].column = r
            }
            review.gapsSubject = .role
            if let r = gapsRole { message = .info("Gaps of everyone holding \(TextEscaping.escaped(document.roles[r].name)); r goes back to one person") }
        case .role:
            if let p = review.gaps?.entry(cursor.row)?.person, let row = peopleRows.firstIndex(of: p) {
                cursors[.people, default: GridCursor()].row = row
            }
            review.gapsSubject = .person
            if let p = gapsPerson { message = .info("Gaps of \(TextEscaping.escaped(document.people[p].name)); r shows a whole role") }
        }
    }

    var noPersonHint: String {
        document.people.isEmpty ? "No people yet: :add-person NAME" : "Nobody matches the filter: :filter all shows everyone"
    }

    /// Works the page out again when what it shows has changed, keeping the
    /// cursor on the same person and skill where they are still listed
    /// (after an edit), or where an undo put it.
    mutating func prepareGapsPage() {
        defer { review.gapsPreparedRow = cursor.row }
        let key = GapsPage.Key(subject: review.gapsSubject,
                               target: review.gapsSubject == .person ? gapsPerson : gapsRole,
                               revision: revision, asOf: asOf, filter: filter, peopleFilter: peopleFilter, sort: sort)
        if review.gaps?.key == key { return }
        let old = review.gaps
        let before = old?.entry(cursor.row)
        let page = makeGapsPage(key)
        review.gaps = page
        var c = cursor
        if review.gapsPreparedRow != c.row, old?.key.target == key.target {
            c.row = min(c.row, max(0, page.stops.count - 1))
        } else if let before, old?.key.subject == key.subject, old?.key.target == key.target {
            let same = page.stops.indices.first { page.entry($0).map { $0 == before } ?? false }
            c.row = same ?? page.stops.indices.first { page.entry($0)?.person == before.person } ?? min(c.row, max(0, page.stops.count - 1))
        } else {
            c.row = 0
            c.top = 0
        }
        cursor = c
    }

    /// The lines for `key`: one person's required skills, or each holder of
    /// a role (in the People view's filter and sort) with the role's skills.
    func makeGapsPage(_ key: GapsPage.Key) -> GapsPage {
        var page = GapsPage(key: key)
        guard let target = key.target else { return page }
        let limit = analysis.dueSoonBy
        switch key.subject {
        case .person:
            for status in analysis.people[target].reviewOrder(dueSoonBy: limit) where Self.shows(status, filter) {
                page.stops.append(page.lines.count)
                page.lines.append(.row(person: target, skill: status.skill))
            }
        case .role:
            var wanted = [Bool](repeating: false, count: document.skills.count)
            for id in document.roles[target].requires.keys { if let s = analysis.index.skillByID[id] { wanted[s] = true } }
            let holders = analysis.holders[target]
            page.holders = holders.count
            page.holdersWithGap = holders.reduce(0) { n, p in n + (analysis.people[p].requirements.contains { $0.counts && wanted[$0.skill] } ? 1 : 0) }
            let shown = peopleFilter.isEmpty ? holders : holders.filter { peopleFilter.includes(analysis.people[$0], document.people[$0]) }
            let rowFilter = filter
            for p in sortedPeople(shown) {
                let statuses = analysis.people[p].requirements
                let rows = SkillStatus.reviewPositions(statuses, dueSoonBy: limit) { wanted[$0.skill] && Self.shows($0, rowFilter) }
                guard !rows.isEmpty else { continue }
                page.lines.append(.heading(person: p))
                for k in rows {
                    page.stops.append(page.lines.count)
                    page.lines.append(.row(person: p, skill: statuses[k].skill))
                }
            }
        }
        return page
    }

    /// `:filter gaps` keeps the skills a person is short in, `:filter due` those due for refresh.
    private static func shows(_ s: SkillStatus, _ filter: RowFilter) -> Bool {
        switch filter {
        case .all: return true
        case .gaps: return s.counts && s.isShort
        case .due: return s.counts && s.due
        }
    }
}
