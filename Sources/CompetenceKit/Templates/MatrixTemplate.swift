/// Documents that `competence new` (and the editor, for a file that does not
/// exist yet) starts from.
public enum MatrixTemplate: String, CaseIterable, Sendable {
    /// The seed's roles and skills with sensible required levels, and no people.
    case starter
    /// No skills, roles or people: only the level names.
    case empty

    /// The language of the names a template is written in.
    public enum Language: String, CaseIterable, Sendable {
        case en
        case ja

        /// The five level names in this language.
        public var levelNames: [String] { self == .en ? Level.englishNames : Level.japaneseNames }
    }

    /// The document this template gives in `language`.
    public func matrix(language: Language) -> Matrix {
        let english = language == .en
        switch self {
        case .empty:
            return Matrix(levelNames: language.levelNames)
        case .starter:
            return Matrix(
                title: english ? "ISMS competence matrix" : "ISMS 力量マトリクス",
                levelNames: language.levelNames,
                skills: StarterContent.skills.map { Skill(id: $0.id, name: english ? $0.en : $0.ja, category: $0.category, refreshMonths: $0.refreshMonths) },
                roles: StarterContent.roles.map { Role(id: $0.id, name: english ? $0.en : $0.ja, requires: $0.requires) }
            )
        }
    }
}

/// The starter's skills and roles, after the seed: the sales role's business
/// skills, the skills engineers, security managers and internal auditors
/// need, and the security skills every person and contractor needs.
enum StarterContent {
    struct SkillEntry {
        let id: String, en: String, ja: String
        let category: SkillCategory
        let refreshMonths: Int?
    }

    struct RoleEntry {
        let id: String, en: String, ja: String
        let requires: [String: Int]
    }

    static let skills: [SkillEntry] = [
        SkillEntry(id: "hearing", en: "Customer hearing", ja: "ヒアリング能力", category: .business, refreshMonths: nil),
        SkillEntry(id: "negotiation", en: "Negotiation and proposal", ja: "交渉・提案力", category: .business, refreshMonths: nil),
        SkillEntry(id: "problem-finding", en: "Finding problems", ja: "課題発見力", category: .business, refreshMonths: nil),
        SkillEntry(id: "paperwork", en: "Paperwork", ja: "事務処理", category: .business, refreshMonths: nil),
        SkillEntry(id: "software-dev", en: "Software development", ja: "ソフトウェア開発", category: .business, refreshMonths: nil),
        // Auditor training every two years, with OJT in between (the seed's internal-auditor case).
        SkillEntry(id: "audit-technique", en: "Audit technique", ja: "監査技法", category: .business, refreshMonths: 24),
        SkillEntry(id: "isms-rules", en: "ISMS/PMS rules", ja: "ISMS/PMSの規程", category: .security, refreshMonths: 12),
        SkillEntry(id: "security-basics", en: "General security knowledge", ja: "セキュリティ一般知識", category: .security, refreshMonths: nil),
        SkillEntry(id: "incident-response", en: "Incident response", ja: "インシデント対応力", category: .security, refreshMonths: nil),
        SkillEntry(id: "secure-coding", en: "Secure coding", ja: "セキュアコーディング", category: .security, refreshMonths: 24),
        SkillEntry(id: "risk-assessment", en: "Risk assessment", ja: "リスクアセスメント", category: .security, refreshMonths: 12),
        // Drills are forgotten fastest: twice a year.
        SkillEntry(id: "phishing-drill", en: "Targeted-attack mail drill", ja: "標的型攻撃メール訓練", category: .security, refreshMonths: 6),
    ]

    static let roles: [RoleEntry] = [
        RoleEntry(id: "all-staff", en: "All staff", ja: "全従業員",
                  requires: ["isms-rules": 2, "security-basics": 2, "incident-response": 1, "phishing-drill": 2]),
        RoleEntry(id: "sales", en: "Sales", ja: "営業職",
                  requires: ["hearing": 4, "negotiation": 3, "problem-finding": 3, "paperwork": 2, "isms-rules": 3]),
        RoleEntry(id: "engineer", en: "Engineer", ja: "エンジニア",
                  requires: ["problem-finding": 3, "software-dev": 4, "security-basics": 3, "incident-response": 2, "secure-coding": 3]),
        RoleEntry(id: "security-manager", en: "Security manager", ja: "セキュリティ管理者",
                  requires: ["paperwork": 3, "isms-rules": 5, "security-basics": 4, "incident-response": 4, "risk-assessment": 4]),
        RoleEntry(id: "internal-auditor", en: "Internal auditor", ja: "内部監査員",
                  requires: ["audit-technique": 4, "isms-rules": 4, "risk-assessment": 3]),
        RoleEntry(id: "contractor", en: "Contractor (on site)", ja: "委託先要員（常駐）",
                  requires: ["isms-rules": 2, "security-basics": 2, "incident-response": 1]),
    ]
}
