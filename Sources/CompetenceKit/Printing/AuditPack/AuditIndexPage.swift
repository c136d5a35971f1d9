/// An audit pack's first page: the role matrix, the awareness chart, and a
/// table linking every role's and every person's page with their figures.
struct AuditIndexPage {
    let context: AuditContext

    init(_ context: AuditContext) {
        self.context = context
    }

    var rolesTable: PrintTable {
        let m = context.matrix
        let rows = m.roles.indices.map { r -> PrintTable.Row in
            let page = AuditRolePage(context, role: r)
            let short = page.holders.filter { p in page.skills.contains { page.counts(page.cell(holder: p, skill: $0)) } }
            return PrintTable.Row([.link(context.name(role: r), to: context.rolePath(r)), .text(m.roles[r].id),
                                   .number(page.skills.count), .number(page.holders.count), .number(short.count)])
        }
        return PrintTable(columns: [
            PrintTable.Column(title: "Role"), PrintTable.Column(title: "Id"),
            PrintTable.Column(title: "Skills required", alignment: .right), PrintTable.Column(title: "Holders", alignment: .right),
            PrintTable.Column(title: "Holders short or due", alignment: .right),
        ], groups: [PrintTable.RowGroup(rows: rows)])
    }

    var peopleTable: PrintTable {
        let m = context.matrix
        let index = context.analysis.index
        let rows = m.people.indices.map { p -> PrintTable.Row in
            let roles = m.people[p].roles.map { id in index.roleByID[id].map { context.name(role: $0) } ?? id }
            return PrintTable.Row([.link(context.name(person: p), to: context.personPath(p)), .text(m.people[p].id),
                                   .text(roles.joined(separator: ", ")), .text(context.awareness(p)),
                                   .text(context.analysis.people[p].category.letter), .number(context.gapCount(p))])
        }
        return PrintTable(columns: [
            PrintTable.Column(title: "Person"), PrintTable.Column(title: "Id"), PrintTable.Column(title: "Roles"),
            PrintTable.Column(title: "Awareness"), PrintTable.Column(title: "Category", alignment: .center),
            PrintTable.Column(title: "Skills short or due", alignment: .right),
        ], groups: [PrintTable.RowGroup(rows: rows)])
    }

    var document: PrintDocument {
        let m = context.matrix
        let roles = RolesMatrix(m, index: context.analysis.index)
        let awareness = AwarenessChart(m, analysis: context.analysis)
        let withGaps = context.analysis.peopleWithGaps
        var sections: [PrintDocument.Section] = [
            .paragraph("The competence record on \(context.analysis.asOf) (ISO/IEC 27001 clause 7.2 d): \(m.roles.count) \(m.roles.count == 1 ? "role" : "roles"), \(m.people.count) \(m.people.count == 1 ? "person" : "people"); \(withGaps) with a gap or a refresh due. Each role and person has a page of its own, linked below."),
            .heading(PrintView.roles.title),
        ]
        sections += roles.sections
        sections.append(.heading(PrintView.awareness.title))
        sections += awareness.sections
        sections.append(.heading("Roles"))
        sections.append(m.roles.isEmpty ? .paragraph("No roles.") : .table(rolesTable))
        sections.append(.heading("People"))
        sections.append(m.people.isEmpty ? .paragraph("No people.") : .table(peopleTable))
        let legend = roles.legend + awareness.legend
        var doc = PrintDocument(header: context.header("Audit pack: competence record"), sections: sections, legend: legend)
        doc.levelNames = context.levelNames
        return doc
    }
}
