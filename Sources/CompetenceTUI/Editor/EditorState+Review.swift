import CompetenceKit

/// What the Gaps and Awareness views share: their keys come here before the
/// grid keys, their derived lines are brought up to date after every key,
/// and they scroll by their own layout.
extension EditorState {
    /// Screen rows above the Gaps body: tab bar, two lines of totals, the subject, the column header.
    static let gapsBodyTop = 5
    /// Screen rows above the Awareness list: tab bar, the chart (ten rows), a blank, the category, the column header.
    static let awarenessListTop = 14

    /// Rows of the Gaps body on this screen.
    var gapsBodyHeight: Int { max(1, height - Self.gapsBodyTop - 2) }
    /// Rows of the Awareness list on this screen.
    var awarenessListHeight: Int { max(1, height - Self.awarenessListTop - 2) }

    /// Keys of the review work, before the grid keys: Enter (evidence form),
    /// H (history) and a (awareness) on a person's skill in People and
    /// Gaps, and every key of the Gaps and Awareness views. False for keys
    /// handled elsewhere (moving in the grids, Tab, u, :, q…).
    mutating func handleReviewKey(_ key: Key) -> Bool {
        switch (view, key) {
        case (.people, .enter), (.gaps, .enter): openEvidenceForm()
        case (.people, .char("H")), (.gaps, .char("H")): openHistory()
        case (.people, .char("a")), (.gaps, .char("a")): askAwareness()
        case (.awareness, .char("a")): askAwareness()
        case (.roles, _), (.people, _): return false
        case (_, .char(let c)) where "0123456789x+-".contains(c): message = .error(levelsElsewhere)
        case (_, .delete): message = .error(levelsElsewhere)
        case (.gaps, _): return handleGapsKey(key)
        case (.awareness, _): return handleAwarenessKey(key)
        }
        return true
    }

    private var levelsElsewhere: String { "Levels are set in the People view; Enter adds an assessment with its evidence" }

    /// Brings the current review view's lines up to date; cheap when nothing they depend on changed.
    mutating func prepareReview() {
        switch view {
        case .gaps: prepareGapsPage()
        case .awareness: prepareMembers()
        case .roles, .people: break
        }
    }

    /// Moves `row` of the current view's cursor by a key's worth (j/k, PgUp/PgDn, g/G) among `count` stops.
    /// Returns false for other keys.
    mutating func moveReviewRow(_ key: Key, count: Int, page: Int) -> Bool {
        var c = cursor
        switch key {
        case .up, .char("k"): c.row -= 1
        case .down, .char("j"): c.row += 1
        case .pageUp: c.row -= page
        case .pageDown: c.row += page
        case .char("g"), .home: c.row = 0
        case .char("G"), .end: c.row = count - 1
        default: return false
        }
        c.row = max(0, min(c.row, count - 1))
        cursor = c
        return true
    }

    /// Keeps the cursor's line on screen in the Gaps body or the Awareness list.
    mutating func scrollReview() {
        var c = cursor
        switch view {
        case .gaps:
            let lines = review.gaps?.lines.count ?? 0
            let body = gapsBodyHeight
            guard let page = review.gaps, c.row < page.stops.count else {
                c.top = 0
                break
            }
            let line = page.stops[c.row]
            c.top = max(0, min(c.top, lines - body))
            if line < c.top { c.top = line }
            if line >= c.top + body { c.top = line - body + 1 }
            // Show a holder's name with their first row.
            if c.top == line, line > 0, body > 1, case .heading = page.lines[line - 1] { c.top = line - 1 }
        case .awareness:
            let body = awarenessListHeight
            let count = reviewRowCount
            c.top = max(0, min(c.top, count - body))
            if c.row < c.top { c.top = c.row }
            if c.row >= c.top + body { c.top = c.row - body + 1 }
        case .roles, .people: return
        }
        cursor = c
    }

    /// Cursor stops of the Gaps rows or the Awareness list.
    var reviewRowCount: Int {
        switch view {
        case .gaps: return review.gaps?.stops.count ?? 0
        case .awareness: return review.members?.people.count ?? 0
        case .roles, .people: return 0
        }
    }

    /// The name of a row, for `/` search: the skill (and in role mode the
    /// person) of a Gaps row; the person in the Awareness list.
    func reviewRowTitle(_ r: Int) -> String {
        switch view {
        case .gaps:
            guard let page = review.gaps, let (p, s) = page.entry(r) else { return "" }
            let skill = TextEscaping.escaped(document.skills[s].name)
            return page.key.subject == .role ? TextEscaping.escaped(document.people[p].name) + " " + skill : skill
        case .awareness:
            guard let people = review.members?.people, r < people.count else { return "" }
            return TextEscaping.escaped(document.people[people[r]].name)
        case .roles, .people: return ""
        }
    }

    /// The person that commands (`:aware`, `:note`, `:exempt`, `:assign`) act on in the Gaps and Awareness views.
    var reviewCursorPerson: Int? {
        switch view {
        case .gaps:
            if review.gapsSubject == .person { return gapsPerson }
            return review.gaps?.entry(cursor.row)?.person
        case .awareness:
            guard review.inList, let people = review.members?.people, cursor.row < people.count else { return nil }
            return people[cursor.row]
        case .roles, .people: return nil
        }
    }

    /// The skill of the Gaps row under the cursor.
    var reviewCursorSkill: Int? {
        view == .gaps ? review.gaps?.entry(cursor.row)?.skill : nil
    }

    /// The status line's words for the Gaps row or the Awareness selection.
    var reviewDescription: String {
        switch view {
        case .gaps:
            guard let (p, s) = review.gaps?.entry(cursor.row) else { return "" }
            return describe(person: p, skill: s)
        case .awareness:
            let c = review.category
            let count = analysis.totals.count(c)
            var text = "\(c.letter): \(c.meaning) (\(plural(count, "person", "people")))"
            if let p = reviewCursorPerson { text = TextEscaping.escaped(document.people[p].name) + " │ " + text }
            return text
        case .roles, .people: return ""
        }
    }
}
