@testable import CompetenceKit

/// Small matrices built in code for the printing tests, with gaps, a refresh
/// due, an exemption, a never-assessed skill and a contractor, so that every
/// mark and state appears; the outputs can be checked by hand.
enum PrintFixtures {
    static let asOf = Day("2026-06-01")!
    static let printedOn = Day("2026-06-02")!

    static func day(_ s: String) -> Day { Day(s)! }

    /// Three people, two roles, four skills (two business, two security).
    static var small: Matrix {
        Matrix(
            title: "Example Corp ISMS competence matrix",
            owner: "ISMS secretariat",
            approval: Approval(by: "Tanaka Jiro", date: day("2026-04-01")),
            skills: [
                Skill(id: "hearing", name: "Customer hearing", category: .business),
                Skill(id: "isms-rules", name: "ISMS/PMS rules", category: .security, refreshMonths: 12),
                Skill(id: "negotiation", name: "Negotiation and proposal", category: .business),
                Skill(id: "incident", name: "Incident response", category: .security),
            ],
            roles: [
                Role(id: "sales", name: "Sales", requires: ["hearing": 4, "isms-rules": 2, "negotiation": 3]),
                Role(id: "secmgr", name: "Security manager", requires: ["isms-rules": 4, "incident": 4]),
            ],
            people: [
                Person(id: "p001", name: "Sato Hanako", roles: ["sales"], assessments: [
                    Assessment(skill: "isms-rules", level: 2, date: day("2025-04-01"), by: "Tanaka"),
                    Assessment(skill: "hearing", level: 4, date: day("2026-01-10"), by: "Suzuki"),
                    Assessment(skill: "negotiation", level: 2, date: day("2026-01-10"), by: "Suzuki"),
                ], awareness: Awareness(state: .correct, date: day("2026-04-01"))),
                Person(id: "p002", name: "Suzuki Ichiro", roles: ["sales", "secmgr"], assessments: [
                    Assessment(skill: "isms-rules", level: 5, date: day("2026-03-01"), by: "Tanaka"),
                    Assessment(skill: "hearing", level: 4, date: day("2026-01-10"), by: "Suzuki"),
                    Assessment(skill: "negotiation", level: 3, date: day("2026-01-10"), by: "Suzuki"),
                    Assessment(skill: "incident", level: 2, date: day("2026-01-10"), by: "Tanaka"),
                ], awareness: Awareness(state: .lacking),
                exemptions: [Exemption(skill: "incident", reason: "new in role", until: day("2026-09-30"))]),
                Person(id: "p003", name: "Takahashi Ken", kind: .contractor, roles: ["secmgr"], assessments: [
                    Assessment(skill: "isms-rules", level: 4, date: day("2026-03-01"), by: "Tanaka"),
                ]),
            ])
    }

    /// The seed's sales role in Japanese, with the Japanese level names.
    static var japanese: Matrix {
        Matrix(
            title: "営業部 力量表",
            levelNames: Level.japaneseNames,
            skills: [
                Skill(id: "hearing", name: "ヒアリング能力", category: .business),
                Skill(id: "proposal", name: "交渉・提案力", category: .business),
                Skill(id: "rules", name: "ISMS/PMSの規程", category: .security, refreshMonths: 12),
                Skill(id: "incident", name: "インシデント対応力", category: .security),
            ],
            roles: [
                Role(id: "sales", name: "営業", requires: ["hearing": 3, "proposal": 3, "rules": 2, "incident": 1]),
                Role(id: "leader", name: "営業リーダー", requires: ["hearing": 4, "proposal": 4, "rules": 3, "incident": 2]),
            ],
            people: [
                Person(id: "s01", name: "佐藤 花子", roles: ["sales"], assessments: [
                    Assessment(skill: "hearing", level: 3, date: day("2026-02-01"), by: "田中"),
                    Assessment(skill: "proposal", level: 2, date: day("2026-02-01"), by: "田中"),
                    Assessment(skill: "rules", level: 2, date: day("2025-03-01"), by: "事務局"),
                ], awareness: Awareness(state: .correct)),
                Person(id: "s02", name: "鈴木 一郎", roles: ["leader"], assessments: [
                    Assessment(skill: "hearing", level: 5, date: day("2026-02-01"), by: "田中"),
                    Assessment(skill: "proposal", level: 4, date: day("2026-02-01"), by: "田中"),
                    Assessment(skill: "rules", level: 3, date: day("2026-04-01"), by: "事務局"),
                    Assessment(skill: "incident", level: 2, date: day("2026-04-01"), by: "事務局"),
                ], awareness: Awareness(state: .correct)),
                Person(id: "s03", name: "Smith John", roles: ["sales"], assessments: [
                    Assessment(skill: "hearing", level: 1, date: day("2026-02-01"), by: "田中"),
                ], awareness: Awareness(state: .wilful)),
            ])
    }

    static func document(_ m: Matrix, _ view: PrintView, selection: PrintSelection = PrintSelection()) -> PrintDocument {
        PrintJob(view: view, selection: selection)
            .document(m, analysis: MatrixAnalysis(m, asOf: asOf), file: "matrix.json", printedOn: printedOn)
    }

    static func records(_ m: Matrix, _ view: PrintView, selection: PrintSelection = PrintSelection()) -> RecordTable {
        PrintJob(view: view, selection: selection).records(m, analysis: MatrixAnalysis(m, asOf: asOf))
    }

    static func text(_ m: Matrix, _ view: PrintView, width: Int = 80, ascii: Bool = false,
                     selection: PrintSelection = PrintSelection()) -> String {
        TextRenderer(width: width, ascii: ascii).render(document(m, view, selection: selection))
    }
}
