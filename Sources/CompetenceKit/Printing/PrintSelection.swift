/// Which roles and people a printed view shows (`--role`, `--person`).
///
/// No ids: everything. Otherwise the selection is the union of what the ids
/// name: the people listed plus every holder of a listed role; the roles
/// listed plus every role a listed person holds. Order is always the file's.
public struct PrintSelection: Equatable, Sendable {
    public var roleIDs: [String]
    public var personIDs: [String]

    public init(roles: [String] = [], people: [String] = []) {
        self.roleIDs = roles
        self.personIDs = people
    }

    /// True when nothing is filtered.
    public var isEverything: Bool { roleIDs.isEmpty && personIDs.isEmpty }

    /// Fails on the first id (roles first) that the document does not have.
    public func check(_ index: MatrixIndex) throws(PrintSelectionError) {
        for id in roleIDs where index.roleByID[id] == nil { throw .unknownRole(id) }
        for id in personIDs where index.personByID[id] == nil { throw .unknownPerson(id) }
    }

    /// Indices of the people shown, in file order.
    public func people(in m: Matrix, index: MatrixIndex) -> [Int] {
        guard !isEverything else { return Array(m.people.indices) }
        let named = Set(personIDs.compactMap { index.personByID[$0] })
        let roles = Set(roleIDs)
        return m.people.indices.filter { p in
            named.contains(p) || m.people[p].roles.contains(where: roles.contains)
        }
    }

    /// Indices of the roles shown, in file order.
    public func roles(in m: Matrix, index: MatrixIndex) -> [Int] {
        guard !isEverything else { return Array(m.roles.indices) }
        var ids = Set(roleIDs)
        for id in personIDs {
            guard let p = index.personByID[id] else { continue }
            ids.formUnion(m.people[p].roles)
        }
        return m.roles.indices.filter { ids.contains(m.roles[$0].id) }
    }
}
