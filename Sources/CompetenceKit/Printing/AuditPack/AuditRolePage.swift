/// An audit pack's page for one role: the level it requires in each skill,
/// and every holder's current level in those skills, marked where short of
/// this role's requirement, due for refresh or exempt.
struct AuditRolePage {
    let context: AuditContext
    let role: Int
    /// The skills the role requires, in display order.
    let skills: [Int]
    /// The people who hold the role, in file order.
    let holders: [Int]

    init(_ context: AuditContext, role r: Int) {
        self.context = context
        role = r
        let m = context.matrix
        let requires = m.roles[r].requires
        skills = context.analysis.index.skillOrder.filter { requires[m.skills[$0].id] != nil }
        holders = context.analysis.holders[r]
    }

    func required(_ s: Int) -> Int {
        context.matrix.roles[role].requires[context.matrix.skills[s].id] ?? 0
    }

    /// A holder's cell in a skill: their current level, marked against this role.
    func cell(holder p: Int, skill s: Int) -> LevelCell {
        guard let status = context.analysis.people[p].requirements.first(where: { $0.skill == s }) else {
            return LevelCell(level: 0)
        }
        var marks: CellMarks = []
        if status.current < required(s) { marks.insert(.short) }
        if status.due { marks.insert(.due) }
        if status.exemption != nil { marks.insert(.exempt) }
        return LevelCell(level: status.current, marks: marks)
    }

    /// Whether a holder's cell counts against them: short or due, and not exempt.
    func counts(_ c: LevelCell) -> Bool {
        !c.marks.isDisjoint(with: [.short, .due]) && !c.marks.contains(.exempt)
    }

    var requirements: PrintTable {
        let columns = [PrintTable.Column(title: "Skill"), PrintTable.Column(title: "Required", alignment: .center),
                       PrintTable.Column(title: "Refresh every"), PrintTable.Column(title: "Holders short or due", alignment: .right)]
        let groups = SkillCategory.allCases.compactMap { category -> PrintTable.RowGroup? in
            let rows = skills.filter { context.matrix.skills[$0].category == category }.map { s -> PrintTable.Row in
                let months = context.matrix.skills[s].refreshMonths
                let short = holders.filter { counts(cell(holder: $0, skill: s)) }.count
                return PrintTable.Row([.text(context.name(skill: s)), .level(LevelCell(level: required(s))),
                                       months.map { .text("\($0) months") } ?? .empty, .number(short)])
            }
            return rows.isEmpty ? nil : PrintTable.RowGroup(heading: category.title, rows: rows)
        }
        return PrintTable(columns: columns, groups: groups)
    }

    var holdersTable: PrintTable {
        let columns = [PrintTable.Column(title: "Person"), PrintTable.Column(title: "Category", alignment: .center)]
            + skills.map { PrintTable.Column(title: context.name(skill: $0), id: context.matrix.skills[$0].id, alignment: .center) }
            + [PrintTable.Column(title: "Short or due", alignment: .right)]
        let rows = holders.map { p -> PrintTable.Row in
            let cells = skills.map { cell(holder: p, skill: $0) }
            return PrintTable.Row([.link(context.name(person: p), to: "../\(context.personPath(p))"),
                                   .text(context.analysis.people[p].category.letter)]
                                  + cells.map { .level($0) } + [.number(cells.filter(counts).count)])
        }
        return PrintTable(columns: columns, groups: [PrintTable.RowGroup(rows: rows)])
    }

    var document: PrintDocument {
        let r = context.matrix.roles[role]
        var sections: [PrintDocument.Section] = [.heading("Required levels")]
        sections.append(skills.isEmpty ? .paragraph("This role requires no skill.") : .table(requirements))
        sections.append(.heading("Holders"))
        if holders.isEmpty {
            sections.append(.paragraph("No one holds this role."))
        } else {
            let short = holders.filter { p in skills.contains { counts(cell(holder: p, skill: $0)) } }.count
            sections.append(.paragraph("Holders with a gap or a refresh due in this role's skills: \(short) of \(holders.count)."))
            if !skills.isEmpty { sections.append(.table(holdersTable)) }
        }
        let s = CellMarks.shortSymbol, d = CellMarks.dueSymbol
        let legend = [LevelLegend.list(context.matrix), PrintList(title: "Marks", items: [
            PrintList.Item("2\(s)", "short of the level this role requires"),
            PrintList.Item("3\(d)", "due for refresh: the evidence is older than the skill's refresh interval"),
            PrintList.Item("\(CellMarks.noLevelSymbol)\(s)", "never assessed"),
            PrintList.Item("(2\(s))", "exempt: not counted as a gap until the exemption ends"),
            PrintList.Item("Category", "the person's awareness category A-F (? not yet assessed), on the index page"),
        ])]
        var doc = PrintDocument(header: context.header("Role: \(context.name(role: role)) (\(r.id))"), sections: sections, legend: legend)
        doc.levelNames = context.levelNames
        return doc
    }
}
