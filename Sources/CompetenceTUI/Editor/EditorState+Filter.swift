import CompetenceKit

extension EditorState {
    /// `:filter` with any mix of `gaps`, `due`, `all`, `role ROLE-ID…` and
    /// `category LETTER…`, applied left to right: `gaps`/`due` replace the
    /// row condition, `role` and `category` replace their own part (with no
    /// ids or letters they clear it), and `all` clears everything. So
    /// `:filter category C D` keeps an earlier `:filter role sales`.
    mutating func setFilter(_ argument: String) {
        let syntax = ":filter gaps|due|all, :filter role ROLE-ID…, :filter category A-F|?…"
        var condition = filter, people = peopleFilter
        var words = argument.split(whereSeparator: \.isWhitespace).map(String.init)[...]
        guard !words.isEmpty else { return usage(syntax) }
        while let word = words.popFirst() {
            switch word.lowercased() {
            case "all":
                condition = .all
                people = PeopleFilter()
            case "gaps": condition = .gaps
            case "due": condition = .due
            case "role", "roles":
                let ids = Array(words.prefix { !Self.filterKeywords.contains($0.lowercased()) })
                words = words.dropFirst(ids.count)
                if let unknown = ids.first(where: { document.roleIndex(id: $0) == nil }) {
                    let known = document.roles.map(\.id).joined(separator: ", ")
                    return message = .error("No role with id \(TextEscaping.escaped(unknown)); roles: \(known.isEmpty ? "none yet" : known)")
                }
                people.roles = ids
            case "category", "categories":
                let letters = Array(words.prefix { !Self.filterKeywords.contains($0.lowercased()) })
                words = words.dropFirst(letters.count)
                var chosen = Set<AwarenessCategory>()
                for ch in letters.joined().uppercased() where ch != "," {
                    guard let c = AwarenessCategory(rawValue: String(ch)) else {
                        return message = .error("No category \(TextEscaping.escaped(String(ch))): the categories are A, B, C, D, E, F and ? (not assessed)")
                    }
                    chosen.insert(c)
                }
                people.categories = AwarenessCategory.allCases.filter(chosen.contains)
            default:
                return usage(syntax)
            }
        }
        filter = condition
        peopleFilter = people
        recomputeRows()
        message = .info(filterSummary)
    }

    private static let filterKeywords: Set<String> = ["all", "gaps", "due", "role", "roles", "category", "categories"]

    /// What the filter shows, in words, after `:filter`.
    private var filterSummary: String {
        var notes: [String] = []
        if filter != .all { notes.append("filter \(filter.rawValue)") }
        notes += peopleFilter.notes
        if notes.isEmpty { return "Showing every row" }
        var shown = "\(peopleRows.count) of \(plural(document.people.count, "person", "people"))"
        if view == .roles, filter != .all { shown = "\(skillRows.count) of \(plural(document.skills.count, "skill")), " + shown }
        return "Showing \(shown): " + notes.joined(separator: ", ")
    }

    /// The active filter for the status line, where it applies: "filter
    /// gaps" in Roles, People and Gaps; "role sales", "category C D" in
    /// People and Gaps. The Awareness chart always counts everyone.
    var filterNotes: [String] {
        switch view {
        case .awareness: return []
        case .roles: return filter == .all ? [] : ["filter \(filter.rawValue)"]
        case .people, .gaps: return (filter == .all ? [] : ["filter \(filter.rawValue)"]) + peopleFilter.notes
        }
    }
}
