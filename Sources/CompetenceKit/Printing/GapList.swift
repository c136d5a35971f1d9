/// The gaps view: per person (file order), each required skill that is short
/// or due for refresh, worst first. Exempt skills are not gaps.
public struct GapList: PrintableView, Sendable {
    public struct Entry: Equatable, Sendable {
        public let person: Int
        public let status: SkillStatus
    }

    public let matrix: Matrix
    let index: MatrixIndex
    /// Every gap of the shown people.
    public let entries: [Entry]
    /// How many people the selection shows, with or without gaps.
    public let peopleShown: Int

    public init(_ m: Matrix, analysis: MatrixAnalysis, selection: PrintSelection = PrintSelection()) {
        matrix = m
        index = analysis.index
        let people = selection.people(in: m, index: index)
        peopleShown = people.count
        entries = people.flatMap { p in analysis.people[p].gaps.map { Entry(person: p, status: $0) } }
    }

    /// People with at least one gap.
    public var peopleWithGaps: Int {
        var count = 0
        var last = -1
        for e in entries where e.person != last {
            count += 1
            last = e.person
        }
        return count
    }

    /// The heading of a person's group: name, id and the names of their roles.
    func heading(_ p: Int) -> String {
        let person = matrix.people[p]
        let roles = person.roles.map { id in index.roleByID[id].map { TextEscaping.escaped(matrix.roles[$0].name) } ?? id }
        let name = "\(TextEscaping.escaped(person.name)) (\(person.id))"
        return roles.isEmpty ? name : "\(name): \(roles.joined(separator: ", "))"
    }

    public var table: PrintTable {
        let columns = [
            PrintTable.Column(title: "Skill", wraps: true), PrintTable.Column(title: "Req", alignment: .right),
            PrintTable.Column(title: "Cur", alignment: .right), PrintTable.Column(title: "Gap", alignment: .right),
            PrintTable.Column(title: "State"), PrintTable.Column(title: "Evidence"), PrintTable.Column(title: "Assessor", wraps: true),
        ]
        var groups: [PrintTable.RowGroup] = []
        var lastPerson = -1
        for e in entries {
            let s = e.status
            let row = PrintTable.Row([
                .text(TextEscaping.escaped(matrix.skills[s.skill].name)), .number(s.required),
                s.current > 0 ? .number(s.current) : .text(CellMarks.noLevelSymbol), .number(s.gap), .text(s.state),
                .text(s.evidence?.date.description ?? ""), .text(s.evidence?.by.map(TextEscaping.escaped) ?? ""),
            ])
            if e.person == lastPerson {
                groups[groups.count - 1].rows.append(row)
            } else {
                groups.append(PrintTable.RowGroup(heading: heading(e.person), rows: [row]))
                lastPerson = e.person
            }
        }
        return PrintTable(columns: columns, groups: groups)
    }

    public var sections: [PrintDocument.Section] {
        let summary = "\(peopleWithGaps) of \(peopleShown) \(peopleShown == 1 ? "person has" : "people have") a gap or a refresh due."
        return entries.isEmpty ? [.paragraph(summary)] : [.paragraph(summary), .table(table)]
    }

    public var legend: [PrintList] {
        [LevelLegend.list(matrix),
         PrintList(title: "Columns", items: [
             PrintList.Item("Req", "required level: the highest any of the person's roles requires"),
             PrintList.Item("Cur", "current level: the latest assessment on or before the reference date (\(CellMarks.noLevelSymbol) none)"),
             PrintList.Item("Gap", "Req minus Cur, where positive"),
             PrintList.Item("State", "short (below Req), due (evidence older than the skill's refresh interval), or short+due"),
             PrintList.Item("Evidence", "date of the latest assessment"),
             PrintList.Item("Assessor", "who made it"),
         ])]
    }

    /// design.md's gap columns, in order.
    public static let recordColumns = [
        "person_id", "person", "roles", "skill_id", "skill", "category",
        "required", "current", "gap", "state", "evidence_date", "assessor",
    ]

    public var records: RecordTable {
        RecordTable(columns: GapList.recordColumns, rows: entries.map { e in
            let person = matrix.people[e.person]
            let s = e.status
            let skill = matrix.skills[s.skill]
            return [.text(person.id), .text(TextEscaping.escaped(person.name)), .text(person.roles.joined(separator: ";")),
                    .text(skill.id), .text(TextEscaping.escaped(skill.name)), .text(skill.category.rawValue),
                    .number(s.required), .number(s.current), .number(s.gap), .text(s.state),
                    s.evidence.map { .text($0.date.description) } ?? .null,
                    s.evidence?.by.map { .text(TextEscaping.escaped($0)) } ?? .null]
        })
    }
}
