/// The people view: people by rows, skills by columns (business first), the
/// current level in each cell, marked where it is short of the person's
/// requirement, due for refresh, or exempt.
public struct PeopleMatrix: PrintableView, Sendable {
    public let matrix: Matrix
    public let analysis: MatrixAnalysis
    /// Person indices, one per row, in file order.
    public let people: [Int]
    /// Skill indices, one per column, in display order: every skill, or, when
    /// the selection names anything, the skills the shown people and the named
    /// roles require.
    public let skills: [Int]
    /// `cells[row][column]`.
    public let cells: [[LevelCell]]

    public init(_ m: Matrix, analysis: MatrixAnalysis, selection: PrintSelection = PrintSelection()) {
        let index = analysis.index
        matrix = m
        self.analysis = analysis
        people = selection.people(in: m, index: index)
        if selection.isEverything {
            skills = index.skillOrder
        } else {
            var wanted = Set<Int>()
            for p in people { for s in analysis.people[p].requirements { wanted.insert(s.skill) } }
            for id in selection.roleIDs {
                guard let r = index.roleByID[id] else { continue }
                for skillID in m.roles[r].requires.keys { if let s = index.skillByID[skillID] { wanted.insert(s) } }
            }
            skills = index.skillOrder.filter(wanted.contains)
        }
        cells = PeopleMatrix.cells(m, analysis: analysis, people: people, skills: skills)
    }

    static func cells(_ m: Matrix, analysis: MatrixAnalysis, people: [Int], skills: [Int]) -> [[LevelCell]] {
        var column = [Int](repeating: -1, count: m.skills.count)
        for (c, s) in skills.enumerated() { column[s] = c }
        var evidence = CurrentEvidence(skillCount: m.skills.count)
        return people.map { p in
            var row = [LevelCell](repeating: LevelCell(level: 0), count: skills.count)
            evidence.forEach(of: m.people[p], index: analysis.index, asOf: analysis.asOf) { s, a in
                if column[s] >= 0 { row[column[s]].level = a.level }
            }
            for status in analysis.people[p].requirements where column[status.skill] >= 0 {
                row[column[status.skill]].marks = marks(status)
            }
            return row
        }
    }

    static func marks(_ s: SkillStatus) -> CellMarks {
        var marks: CellMarks = []
        if s.isShort { marks.insert(.short) }
        if s.due { marks.insert(.due) }
        if s.exemption != nil { marks.insert(.exempt) }
        return marks
    }

    public var table: PrintTable {
        let columns = [PrintTable.Column(title: "Person")] + skills.map {
            PrintTable.Column(title: TextEscaping.escaped(matrix.skills[$0].name), id: matrix.skills[$0].id, alignment: .center)
        }
        let rows = people.enumerated().map { row, p in
            PrintTable.Row([.text(TextEscaping.escaped(matrix.people[p].name))] + cells[row].map { .level($0) })
        }
        return PrintTable(columns: columns, groups: [PrintTable.RowGroup(rows: rows)])
    }

    public var sections: [PrintDocument.Section] {
        if people.isEmpty { return [.paragraph("No people to show.")] }
        if skills.isEmpty { return [.paragraph("No skills to show.")] }
        return [.table(table)]
    }

    public var legend: [PrintList] {
        let s = CellMarks.shortSymbol, d = CellMarks.dueSymbol, none = CellMarks.noLevelSymbol
        return [LevelLegend.list(matrix),
                PrintList(title: "Marks", items: [
                    PrintList.Item("3", "current level: the latest assessment on or before the reference date"),
                    PrintList.Item("2\(s)", "short of the level the person's roles require"),
                    PrintList.Item("3\(d)", "due for refresh: the evidence is older than the skill's refresh interval"),
                    PrintList.Item("\(none)\(s)", "required, but never assessed"),
                    PrintList.Item("(2\(s))", "exempt: not counted as a gap until the exemption ends"),
                    PrintList.Item("blank", "not assessed and not required"),
                ])]
    }

    /// `id, name, kind, roles, awareness, category`, then one column per skill
    /// id holding the current level (empty for none).
    public var records: RecordTable {
        let columns = ["id", "name", "kind", "roles", "awareness", "category"] + skills.map { matrix.skills[$0].id }
        let rows = people.enumerated().map { row, p -> [RecordTable.Value] in
            let person = matrix.people[p]
            let awareness = person.awareness?.state.map { RecordTable.Value.text($0.rawValue) } ?? .null
            return [.text(person.id), .text(TextEscaping.escaped(person.name)), .text(person.effectiveKind.rawValue),
                    .text(person.roles.joined(separator: ";")), awareness,
                    .text(analysis.people[p].category.letter)]
                + cells[row].map { $0.level > 0 ? .number($0.level) : .null }
        }
        return RecordTable(columns: columns, rows: rows)
    }
}
