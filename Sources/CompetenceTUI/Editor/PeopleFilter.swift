import CompetenceKit

/// `:filter role ROLE-ID…` and `:filter category LETTER…`: which people the
/// People and Gaps views show, besides `:filter gaps|due`. Both kinds
/// combine: every C and D person in sales is `:filter role sales category C D`.
public struct PeopleFilter: Equatable, Sendable {
    /// Role ids; a person holding any of them is shown. Empty: every role.
    public var roles: [String] = []
    /// Awareness categories, in A–F order; a person in any of them is shown. Empty: every category.
    public var categories: [AwarenessCategory] = []

    public init(roles: [String] = [], categories: [AwarenessCategory] = []) {
        self.roles = roles
        self.categories = categories
    }

    public var isEmpty: Bool { roles.isEmpty && categories.isEmpty }

    /// Whether the person passes both parts.
    func includes(_ status: PersonStatus, _ person: Person) -> Bool {
        if !categories.isEmpty, !categories.contains(status.category) { return false }
        if !roles.isEmpty, !person.roles.contains(where: roles.contains) { return false }
        return true
    }

    /// For the status line: "role sales", "category C D".
    var notes: [String] {
        var out: [String] = []
        if !roles.isEmpty { out.append("role " + roles.map { TextEscaping.escaped($0) }.joined(separator: " ")) }
        if !categories.isEmpty { out.append("category " + categories.map(\.letter).joined(separator: " ")) }
        return out
    }
}
