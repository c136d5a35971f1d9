import Testing
import CompetenceKit
@testable import CompetenceTUI

@Suite struct EditorCommandsTests {
    @Test func addRoleSkillAndPersonMakeIDsFromNames() {
        var s = Fixtures.state()
        s.command("add-role Internal auditor")
        #expect(s.document.roles.last == Role(id: "internal-auditor", name: "Internal auditor"))
        #expect(s.cursor.column == 2)
        s.command("add-skill Audit technique business")
        #expect(s.document.skills.last == Skill(id: "audit-technique", name: "Audit technique", category: .business))
        #expect(s.cellDescription == "Internal auditor does not require Audit technique")
        s.command("add-skill 監査 security")
        #expect(s.document.skills.last == Skill(id: "skill", name: "監査", category: .security))
        s.press(.tab)
        s.command("add-person 佐藤 花子")
        s.command("add-person 鈴木")
        #expect(s.document.people.suffix(2).map(\.id) == ["person", "person-2"])
        #expect(s.cursor.row == 4)
        s.command("add-skill Missing category")
        #expect(s.message == .error("Usage: :add-skill NAME business|security"))
        s.command("add-role")
        #expect(s.message == .error("Usage: :add-role NAME"))
    }

    @Test func renameActsOnTheRowOrTheColumn() {
        var s = Fixtures.state()
        s.command("rename Hearing the customer")
        s.command("rename-column Sales team")
        #expect(s.cellDescription == "Sales team requires Hearing the customer at 4: Can do it alone")
        s.press(.tab, .down)
        s.command("rename Suzuki Jiro")
        #expect(s.document.people[1].name == "Suzuki Jiro")
        s.press(.right)
        s.command("rename-column Paper work")
        #expect(s.document.skills[1].name == "Paper work")
        #expect(s.message == .info("Renamed skill Paperwork to Paper work"))
    }

    @Test func assignUnassignAndAwarenessActOnThePerson() {
        var s = Fixtures.state()
        s.command("assign sales")
        #expect(s.message == .error(":assign ROLE-ID works on the person under the cursor: Tab to the People view"))
        s.press(.tab, .down, .down)
        s.command("assign nope")
        #expect(s.message == .error("No role with id nope; roles: sales, engineer"))
        s.command("assign sales")
        #expect(s.document.people[2].roles == ["sales"])
        #expect(s.cellDescription == "Evil \\e[31mName: Customer hearing none, requires 4, gap 4")
        s.command("assign sales")
        #expect(s.message == .info("Evil \\e[31mName already has role Sales"))
        s.command("unassign sales")
        #expect(s.document.people[2].roles == [])
        s.command("aware wilful")
        #expect(s.document.people[2].awareness == Awareness(state: .wilful, date: Fixtures.day))
        #expect(s.analysis.people[2].category == .e)
        s.command("aware maybe")
        #expect(s.message == .error("Usage: :aware correct|lacking|wilful"))
    }

    @Test func deletingASkillAsksAndRemovesItEverywhere() {
        var m = Fixtures.small
        m.people[0].exemptions = [Exemption(skill: "isms", reason: "new", until: Day("2027-01-01")!)]
        var s = Fixtures.state(m)
        s.press(.down, .down)
        s.command("delete")
        #expect(s.mode == .confirm(Question(
            text: "Delete skill ISMS rules, its requirement in 2 roles, 2 assessments and 1 exemption? (y/n)",
            pending: .deleteSkill(2))))
        s.press(.char("n"))
        #expect(s.document == m && s.message == .info("Nothing deleted"))
        s.command("delete")
        s.press(.char("y"))
        #expect(s.document.skills.map(\.id) == ["hearing", "paperwork", "incident"])
        #expect(s.document.roles.map(\.requires) == [["hearing": 4], ["incident": 3]])
        #expect(s.document.people.map { $0.assessments.map(\.skill) } == [["hearing"], ["incident"], []])
        #expect(s.document.people[0].exemptions.isEmpty)
        #expect(s.cellDescription == "Sales does not require Incident response")
    }

    @Test func deletingARoleTakesItFromPeople() {
        var s = Fixtures.state()
        s.command("delete-column")
        #expect(s.mode == .confirm(Question(text: "Delete role Sales and take it from 1 person? (y/n)", pending: .deleteRole(0))))
        s.press(.char("y"))
        #expect(s.document.roles.map(\.id) == ["engineer"])
        #expect(s.document.people[0].roles == [])
        #expect(s.analysis.people[0].requirements.isEmpty)
    }

    @Test func deletingAPerson() {
        var s = Fixtures.state()
        s.press(.tab)
        s.command("delete")
        #expect(s.mode == .confirm(Question(text: "Delete Sato Hanako and 2 assessments? (y/n)", pending: .deletePerson(0))))
        s.press(.escape)
        #expect(s.document.people.count == 3)
        s.command("delete")
        s.press(.char("Y"))
        #expect(s.document.people.map(\.id) == ["p2", "p3"])
        #expect(s.cellDescription == "Suzuki Ichiro: Customer hearing none, not required")
    }

    @Test func filterAndSortChooseTheRows() {
        var s = Fixtures.state()
        s.press(.tab)
        s.command("filter gaps")
        #expect(s.message == .info("Showing 1 of 3 people: filter gaps"))
        #expect(s.screen[2].hasPrefix("Suzuki Ichiro") && s.screen[3].isEmpty)
        #expect(s.screen[10] == " small.json │ People (filter gaps) │ Suzuki Ichiro: Custome…")
        s.command("filter due")
        #expect(s.screen[2].hasPrefix("Sato Hanako") && s.screen[3].isEmpty)
        s.command("filter all")
        s.command("sort name")
        #expect(s.screen[2...4].map { String($0.prefix(13)) } == ["Evil \\e[31mNa", "Sato Hanako  ", "Suzuki Ichiro"])
        s.command("sort gap")
        #expect(s.screen[2].hasPrefix("Suzuki Ichiro"))
        s.press(.backTab)
        s.command("filter gaps")
        #expect(s.screen[2...4] == ["Security          │", "Incident response │   ·      3", ""])
        s.command("filter sometimes")
        #expect(s.message == .error("Usage: :filter gaps|due|all, :filter role ROLE-ID…, :filter category A-F|?…"))
    }

    @Test func quitCommands() {
        var s = Fixtures.state()
        #expect(s.command("q") == .quit)
        s.press(.char("1"))
        #expect(s.command("q") == .none)
        #expect(s.message == .error("Unsaved changes: :w saves them, :q! quits without saving"))
        #expect(s.command("q!") == .quit)
        #expect(s.command("wq") == .save(path: "small.json", quitAfter: true))
        #expect(s.command("w") == .save(path: "small.json", quitAfter: false))
        #expect(s.command("w other.json") == .save(path: "other.json", quitAfter: false))
    }

    @Test func unknownCommandsSaySoAndChangeNothing() {
        var s = Fixtures.state()
        let before = s.document
        s.command("frobnicate now")
        #expect(s.message == .error("Unknown command :frobnicate: press ? for every key and command"))
        s.command("print out.pdf")
        #expect(s.message == .error(":print takes the format from the extension: .txt, .md, .csv or .html"))
        #expect(s.document == before && !s.isModified)
    }
}
