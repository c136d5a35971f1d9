/// The roles view: skills by rows, grouped under Business then Security (file
/// order within each), roles by columns, the required level in each cell.
public struct RolesMatrix: PrintableView, Sendable {
    public let matrix: Matrix
    /// Role indices, one per column, in file order.
    public let roles: [Int]
    /// Skill indices, one per row, in display order. Filtered to the skills a
    /// shown role requires when the selection names anything.
    public let skills: [Int]

    public init(_ m: Matrix, index: MatrixIndex, selection: PrintSelection = PrintSelection()) {
        matrix = m
        roles = selection.roles(in: m, index: index)
        if selection.isEverything {
            skills = index.skillOrder
        } else {
            let required = Set(roles.flatMap { m.roles[$0].requires.keys })
            skills = index.skillOrder.filter { required.contains(m.skills[$0].id) }
        }
    }

    /// The level role `r` requires in skill `s`, 0 when not required.
    public func required(role r: Int, skill s: Int) -> Int {
        matrix.roles[r].requires[matrix.skills[s].id] ?? 0
    }

    public var table: PrintTable {
        let columns = [PrintTable.Column(title: "Skill")] + roles.map {
            PrintTable.Column(title: TextEscaping.escaped(matrix.roles[$0].name), id: matrix.roles[$0].id, alignment: .center)
        }
        let groups = SkillCategory.allCases.compactMap { category -> PrintTable.RowGroup? in
            let rows = skills.filter { matrix.skills[$0].category == category }.map { s in
                PrintTable.Row([.text(TextEscaping.escaped(matrix.skills[s].name))]
                    + roles.map { .level(LevelCell(level: required(role: $0, skill: s))) })
            }
            return rows.isEmpty ? nil : PrintTable.RowGroup(heading: category.title, rows: rows)
        }
        return PrintTable(columns: columns, groups: groups)
    }

    public var sections: [PrintDocument.Section] {
        if roles.isEmpty { return [.paragraph("No roles to show.")] }
        if skills.isEmpty { return [.paragraph("No skills to show.")] }
        return [.table(table)]
    }

    public var legend: [PrintList] {
        [LevelLegend.list(matrix),
         PrintList(title: "Cells", items: [
             PrintList.Item("1-5", "the lowest level a holder of the role must reach"),
             PrintList.Item("blank", "not required"),
         ])]
    }

    /// `skill_id, skill, category`, then one column per role id.
    public var records: RecordTable {
        let columns = ["skill_id", "skill", "category"] + roles.map { matrix.roles[$0].id }
        let rows = skills.map { s -> [RecordTable.Value] in
            let skill = matrix.skills[s]
            return [.text(skill.id), .text(TextEscaping.escaped(skill.name)), .text(skill.category.rawValue)]
                + roles.map { r in
                    let level = required(role: r, skill: s)
                    return level > 0 ? .number(level) : .null
                }
        }
        return RecordTable(columns: columns, rows: rows)
    }
}
