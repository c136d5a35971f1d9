import CompetenceKit

/// The Awareness view: the A–F chart with a cursor on one category, and the
/// list of that category's people below it. Arrows move on the chart; Enter
/// goes down into the list; there Enter shows the person in the People
/// view, and Esc (or Up past the first person) goes back to the chart.
extension EditorState {
    /// The chart as drawn: rows sufficient, insufficient, then `?`; columns correct, lacking, wilful.
    static let chart: [[AwarenessCategory]] = [[.a, .c, .e], [.b, .d, .f], [.unknown]]

    mutating func handleAwarenessKey(_ key: Key) -> Bool {
        review.inList ? handleListKey(key) : handleChartKey(key)
    }

    private mutating func handleChartKey(_ key: Key) -> Bool {
        let row = Self.chart.firstIndex { $0.contains(review.category) }!
        let column = Self.chart[row].firstIndex(of: review.category)!
        var r = row, c = column
        switch key {
        case .up, .char("k"): r -= 1
        case .down, .char("j"): r += 1
        case .left, .char("h"): c -= 1
        case .right, .char("l"): c += 1
        case .enter:
            guard reviewRowCount > 0 else {
                message = .info("Nobody is in \(review.category.letter) on \(asOf)")
                return true
            }
            review.inList = true
            return true
        default: return false
        }
        r = max(0, min(r, Self.chart.count - 1))
        c = max(0, min(c, Self.chart[r].count - 1))
        selectCategory(Self.chart[r][c])
        return true
    }

    private mutating func handleListKey(_ key: Key) -> Bool {
        if case .up = key, cursor.row == 0 { review.inList = false; return true }
        if case .char("k") = key, cursor.row == 0 { review.inList = false; return true }
        if moveReviewRow(key, count: reviewRowCount, page: max(1, awarenessListHeight - 1)) { return true }
        switch key {
        case .escape, .left, .char("h"), .backspace: review.inList = false
        case .enter:
            if let p = reviewCursorPerson { showInPeople(p) }
        default: return false
        }
        return true
    }

    /// Selects a category on the chart; its list starts at the top.
    mutating func selectCategory(_ c: AwarenessCategory) {
        guard c != review.category else { return }
        review.category = c
        var cur = cursor
        cur.row = 0
        cur.top = 0
        cursor = cur
    }

    /// Gathers the selected category's people when the category, the document or the date changed.
    mutating func prepareMembers() {
        let key = CategoryMembers.Key(category: review.category, revision: revision, asOf: asOf)
        if review.members?.key == key { return }
        let c = review.category
        review.members = CategoryMembers(key: key, people: analysis.people.compactMap { $0.category == c ? $0.person : nil })
        let count = review.members!.people.count
        if count == 0 { review.inList = false }
        var cur = cursor
        cur.row = max(0, min(cur.row, count - 1))
        cursor = cur
    }

    /// Enter on a person in the list: the People view with the cursor on
    /// them; filters that hide them are cleared (and the message says so).
    mutating func showInPeople(_ p: Int) {
        var note = ""
        if !peopleRows.contains(p) {
            filter = .all
            peopleFilter = PeopleFilter()
            recomputeRows()
            note = " (filters cleared to show them)"
        }
        view = .people
        var c = cursor
        c.row = peopleRows.firstIndex(of: p) ?? 0
        cursor = c
        let status = analysis.people[p]
        message = .info("\(TextEscaping.escaped(document.people[p].name)): category \(status.category.letter), \(status.category.meaning)\(note)")
    }
}
