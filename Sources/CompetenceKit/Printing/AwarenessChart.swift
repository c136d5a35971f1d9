/// The awareness view: the seed's A–F chart (competence sufficient or not,
/// against awareness correct, lacking or wilful) with the count in each
/// category, `?` for awareness not yet assessed, and who is in each.
public struct AwarenessChart: PrintableView, Sendable {
    public let matrix: Matrix
    /// The shown people in each category, in file order; every category present.
    public let people: [AwarenessCategory: [Int]]

    public init(_ m: Matrix, analysis: MatrixAnalysis, selection: PrintSelection = PrintSelection()) {
        matrix = m
        var byCategory = [AwarenessCategory: [Int]]()
        for c in AwarenessCategory.allCases { byCategory[c] = [] }
        for p in selection.people(in: m, index: analysis.index) {
            byCategory[analysis.people[p].category, default: []].append(p)
        }
        people = byCategory
    }

    public func count(_ c: AwarenessCategory) -> Int { people[c]?.count ?? 0 }

    /// Column titles of the chart, one per awareness state.
    public static func title(_ state: AwarenessState) -> String {
        switch state {
        case .correct: return "Correct awareness"
        case .lacking: return "Lacking awareness"
        case .wilful: return "Wilful or malicious"
        }
    }

    public var table: PrintTable {
        let columns = [PrintTable.Column(title: "Competence")]
            + AwarenessState.allCases.map { PrintTable.Column(title: AwarenessChart.title($0), alignment: .center) }
        let rows = [true, false].map { sufficient in
            PrintTable.Row([.text(sufficient ? "Sufficient" : "Insufficient")] + AwarenessState.allCases.map { state in
                let c = AwarenessCategory(sufficient: sufficient, awareness: state)
                return .text("\(c.letter): \(count(c))")
            })
        }
        return PrintTable(columns: columns, groups: [PrintTable.RowGroup(rows: rows)])
    }

    public var list: PrintList {
        PrintList(title: "People by category", items: AwarenessCategory.allCases.map { c in
            let names = (people[c] ?? []).map { TextEscaping.escaped(matrix.people[$0].name) }
            let text = "\(c.meaning) (\(names.count))" + (names.isEmpty ? "" : ": " + names.joined(separator: ", "))
            return PrintList.Item(c.letter, text)
        })
    }

    public var sections: [PrintDocument.Section] { [.table(table), .list(list)] }

    public var legend: [PrintList] {
        [PrintList(title: "Competence", items: [
            PrintList.Item("Sufficient", "no gap and no refresh due in any required skill (exempt skills aside)"),
            PrintList.Item("Insufficient", "a gap or a refresh due in at least one required skill"),
            PrintList.Item(AwarenessCategory.unknown.letter, "awareness not yet assessed"),
        ])]
    }

    /// `category, competence, awareness, count, people`: one row for each of A–F and `?`.
    public var records: RecordTable {
        RecordTable(columns: ["category", "competence", "awareness", "count", "people"],
                    rows: AwarenessCategory.allCases.map { c in
            let competence: RecordTable.Value = c.sufficient.map { .text($0 ? "sufficient" : "insufficient") } ?? .null
            let awareness: RecordTable.Value = c.awareness.map { .text($0.rawValue) } ?? .null
            let ids = (people[c] ?? []).map { matrix.people[$0].id }
            return [.text(c.letter), competence, awareness, .number(ids.count), .text(ids.joined(separator: ";"))]
        })
    }
}
