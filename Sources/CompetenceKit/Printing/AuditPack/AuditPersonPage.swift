/// An audit pack's page for one person: who they are, their roles, each
/// required skill with current level, gap and refresh state, the evidence
/// history (dates, assessors, methods, effectiveness), exemptions, and
/// their awareness state and category.
struct AuditPersonPage {
    let context: AuditContext
    let person: Int

    init(_ context: AuditContext, person p: Int) {
        self.context = context
        person = p
    }

    var status: PersonStatus { context.analysis.people[person] }
    var asOf: Day { context.analysis.asOf }

    var details: PrintList {
        let p = context.matrix.people[person]
        let note = p.awareness?.note.map(TextEscaping.escaped) ?? ""
        var items = [PrintList.Item("Id", p.id), PrintList.Item("Kind", p.effectiveKind.rawValue),
                     PrintList.Item("Awareness", context.awareness(person))]
        if !note.isEmpty { items.append(PrintList.Item("Awareness note", note)) }
        items.append(PrintList.Item("Category", context.category(person)))
        let gaps = context.gapCount(person)
        items.append(PrintList.Item("Competence", gaps == 0
            ? "sufficient: no gap and no refresh due in any required skill"
            : "insufficient: \(gaps) required \(gaps == 1 ? "skill is" : "skills are") short or due for refresh"))
        return PrintList(title: "Person", items: items)
    }

    var roles: PrintTable {
        let index = context.analysis.index
        let rows = context.matrix.people[person].roles.compactMap { id -> PrintTable.Row? in
            guard let r = index.roleByID[id] else { return nil }
            return PrintTable.Row([.link(context.name(role: r), to: "../\(context.rolePath(r))"), .text(id),
                                   .number(context.matrix.roles[r].requires.count)])
        }
        return PrintTable(columns: [PrintTable.Column(title: "Role"), PrintTable.Column(title: "Id"),
                                    PrintTable.Column(title: "Skills required", alignment: .right)],
                          groups: [PrintTable.RowGroup(rows: rows)])
    }

    var requirements: PrintTable {
        let columns = [
            PrintTable.Column(title: "Skill"), PrintTable.Column(title: "Req", alignment: .center),
            PrintTable.Column(title: "Cur", alignment: .center), PrintTable.Column(title: "Gap", alignment: .right),
            PrintTable.Column(title: "State"), PrintTable.Column(title: "Evidence"),
            PrintTable.Column(title: "Assessor"), PrintTable.Column(title: "Fresh until"),
        ]
        let groups = SkillCategory.allCases.compactMap { category -> PrintTable.RowGroup? in
            let rows = status.requirements.filter { context.matrix.skills[$0.skill].category == category }.map { s in
                PrintTable.Row([
                    .text(context.name(skill: s.skill)), .level(LevelCell(level: s.required)),
                    .level(LevelCell(level: s.current, marks: PeopleMatrix.marks(s))), .number(s.gap),
                    .text(s.standing(dueSoonBy: context.analysis.dueSoonBy).summary), .text(s.evidence?.date.description ?? ""),
                    .text(s.evidence?.by.map(TextEscaping.escaped) ?? ""), .text(s.refreshDueOn?.description ?? ""),
                ])
            }
            return rows.isEmpty ? nil : PrintTable.RowGroup(heading: category.title, rows: rows)
        }
        return PrintTable(columns: columns, groups: groups)
    }

    /// Assessments on or before the reference date, oldest first (file order within a day).
    var history: [Assessment] {
        context.matrix.people[person].assessments.enumerated()
            .filter { $0.element.date <= asOf }
            .sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }
            .map(\.element)
    }

    var evidence: PrintTable {
        let index = context.analysis.index
        let rows = history.map { a -> PrintTable.Row in
            let skill = index.skillByID[a.skill].map { context.name(skill: $0) } ?? TextEscaping.escaped(a.skill)
            let effective = a.effective.map { $0 ? "yes" : "no" } ?? ""
            return PrintTable.Row([.text(a.date.description), .text(skill), .level(LevelCell(level: a.level)),
                                   .text(a.by.map(TextEscaping.escaped) ?? ""), .text(a.method.map(TextEscaping.escaped) ?? ""),
                                   .text(effective), .text(a.evidence.map(TextEscaping.escaped) ?? "")])
        }
        return PrintTable(columns: [
            PrintTable.Column(title: "Date"), PrintTable.Column(title: "Skill"), PrintTable.Column(title: "Level", alignment: .center),
            PrintTable.Column(title: "Assessor"), PrintTable.Column(title: "Method"), PrintTable.Column(title: "Effective"),
            PrintTable.Column(title: "Evidence"),
        ], groups: [PrintTable.RowGroup(rows: rows)])
    }

    var exemptions: PrintTable {
        let index = context.analysis.index
        let rows = context.matrix.people[person].exemptions.map { e -> PrintTable.Row in
            let skill = index.skillByID[e.skill].map { context.name(skill: $0) } ?? TextEscaping.escaped(e.skill)
            return PrintTable.Row([.text(skill), .text(TextEscaping.escaped(e.reason)), .text(e.until.description),
                                   .text(asOf <= e.until ? "holds" : "ended")])
        }
        return PrintTable(columns: [PrintTable.Column(title: "Skill"), PrintTable.Column(title: "Reason"),
                                    PrintTable.Column(title: "Until"), PrintTable.Column(title: "On the reference date")],
                          groups: [PrintTable.RowGroup(rows: rows)])
    }

    var document: PrintDocument {
        let p = context.matrix.people[person]
        var sections: [PrintDocument.Section] = [.list(details), .heading("Roles")]
        sections.append(p.roles.isEmpty ? .paragraph("No roles.") : .table(roles))
        sections.append(.heading("Required skills"))
        sections.append(status.requirements.isEmpty ? .paragraph("No role of this person requires a skill.") : .table(requirements))
        sections.append(.heading("Evidence history"))
        let later = p.assessments.count - history.count
        if history.isEmpty { sections.append(.paragraph("No assessment on or before the reference date.")) }
        if later > 0 {
            sections.append(.paragraph("\(later) \(later == 1 ? "assessment is" : "assessments are") dated after the reference date and not shown."))
        }
        if !history.isEmpty { sections.append(.table(evidence)) }
        if !p.exemptions.isEmpty {
            sections += [.heading("Exemptions"), .table(exemptions)]
        }
        let legend = [LevelLegend.list(context.matrix), PrintList(title: "Columns", items: [
            PrintList.Item("Req", "required level: the highest any of the person's roles requires"),
            PrintList.Item("Cur", "current level: the latest assessment on or before the reference date, marked \(CellMarks.shortSymbol) short, \(CellMarks.dueSymbol) due for refresh, (…) exempt"),
            PrintList.Item("Gap", "Req minus Cur, where positive"),
            PrintList.Item("State", "met, short by N, due for refresh since a date, or exempt until a date; a refresh coming due within 30 days is named"),
            PrintList.Item("Evidence", "date of the latest assessment"),
            PrintList.Item("Fresh until", "the last day the evidence counts before a refresh is due (skills with a refresh interval)"),
            PrintList.Item("Effective", "whether the training action was evaluated as effective (clause 7.2 c); blank when not evaluated"),
        ])]
        var doc = PrintDocument(header: context.header("Person: \(context.name(person: person)) (\(p.id))"),
                                sections: sections, legend: legend)
        doc.levelNames = context.levelNames
        return doc
    }
}
