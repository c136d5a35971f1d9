/// How big a synthetic organisation is: the sizes of issue 7.
struct OrganisationShape: Sendable {
    let name: String
    let people: Int
    let skills: Int
    let roles: Int
    /// Assessments on each person's record.
    let assessmentsPerPerson: Int
    /// Each person holds between one and this many roles.
    let maxRolesPerPerson: Int

    static let small = OrganisationShape(name: "small", people: 200, skills: 40, roles: 20,
                                         assessmentsPerPerson: 10, maxRolesPerPerson: 3)
    static let large = OrganisationShape(name: "large", people: 10_000, skills: 200, roles: 300,
                                         assessmentsPerPerson: 40, maxRolesPerPerson: 3)
    /// Not one of the sizes: `large`'s shape with 2,000 people, for
    /// profiling under valgrind, which runs some fifty times slower.
    static let medium = OrganisationShape(name: "medium", people: 2_000, skills: 200, roles: 300,
                                          assessmentsPerPerson: 40, maxRolesPerPerson: 3)
    static let huge = OrganisationShape(name: "huge", people: 50_000, skills: 200, roles: 300,
                                        assessmentsPerPerson: 40, maxRolesPerPerson: 3)

    static let all = [small, medium, large, huge]

    static func named(_ name: String) -> OrganisationShape? { all.first { $0.name == name } }
}
