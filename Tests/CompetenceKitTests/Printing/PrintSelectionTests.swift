import Testing
@testable import CompetenceKit

/// `--role` and `--person`: unions of what they name, in file order, and
/// unknown ids refused by name.
@Suite struct PrintSelectionTests {
    let m = PrintFixtures.small
    var index: MatrixIndex { MatrixIndex(m) }

    @Test func unknownIdsAreNamed() {
        #expect(throws: PrintSelectionError.unknownRole("nope")) {
            try PrintSelection(roles: ["sales", "nope"], people: ["zzz"]).check(index)
        }
        #expect(throws: PrintSelectionError.unknownPerson("p9")) { try PrintSelection(people: ["p9"]).check(index) }
        #expect(PrintSelectionError.unknownPerson("a\u{1B}b").description == "no person with id 'a\\eb'")
        #expect(throws: Never.self) { try PrintSelection(roles: ["secmgr"], people: ["p001"]).check(index) }
    }

    @Test func peopleAreTheUnionInFileOrder() {
        #expect(PrintSelection().people(in: m, index: index) == [0, 1, 2])
        #expect(PrintSelection(roles: ["secmgr"]).people(in: m, index: index) == [1, 2])
        #expect(PrintSelection(roles: ["secmgr"], people: ["p001"]).people(in: m, index: index) == [0, 1, 2])
        #expect(PrintSelection(people: ["p003", "p001"]).people(in: m, index: index) == [0, 2])
    }

    @Test func rolesAreNamedOnesPlusThoseOfNamedPeople() {
        #expect(PrintSelection(people: ["p003"]).roles(in: m, index: index) == [1])
        #expect(PrintSelection(roles: ["sales"], people: ["p003"]).roles(in: m, index: index) == [0, 1])
    }

    @Test func filteredRolesViewShowsOnlyRequiredSkills() {
        #expect(CSVRenderer.render(PrintFixtures.records(m, .roles, selection: PrintSelection(roles: ["secmgr"]))) == """
        skill_id,skill,category,secmgr
        isms-rules,ISMS/PMS rules,security,4
        incident,Incident response,security,4
        """ + "\n")
    }

    @Test func filteredPeopleViewShowsTheirRequiredSkills() {
        #expect(CSVRenderer.render(PrintFixtures.records(m, .people, selection: PrintSelection(people: ["p003"]))) == """
        id,name,kind,roles,awareness,category,isms-rules,incident
        p003,Takahashi Ken,contractor,secmgr,,?,4,
        """ + "\n")
    }

    @Test func filteredGapsAndAwareness() {
        let sel = PrintSelection(roles: ["secmgr"])
        #expect(CSVRenderer.render(PrintFixtures.records(m, .gaps, selection: sel)) == """
        person_id,person,roles,skill_id,skill,category,required,current,gap,state,evidence_date,assessor
        p003,Takahashi Ken,secmgr,incident,Incident response,security,4,0,4,short,,
        """ + "\n")
        #expect(CSVRenderer.render(PrintFixtures.records(m, .awareness, selection: sel)) == """
        category,competence,awareness,count,people
        A,sufficient,correct,0,
        B,insufficient,correct,0,
        C,sufficient,lacking,1,p002
        D,insufficient,lacking,0,
        E,sufficient,wilful,0,
        F,insufficient,wilful,0,
        ?,,,1,p003
        """ + "\n")
    }

    @Test func emptySelectionsSaySo() {
        var empty = m
        empty.roles = []
        empty.people = []
        #expect(PrintFixtures.document(empty, .roles).sections == [.paragraph("No roles to show.")])
        #expect(PrintFixtures.document(empty, .people).sections == [.paragraph("No people to show.")])
        #expect(PrintFixtures.document(empty, .gaps).sections == [.paragraph("0 of 0 people have a gap or a refresh due.")])
    }
}
