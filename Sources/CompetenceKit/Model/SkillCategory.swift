/// The two kinds of competence in the seed (力量の分類): skills that drive the
/// business, trained on the job, and skills that keep security, trained by the
/// ISMS secretariat.
public enum SkillCategory: String, CaseIterable, Sendable {
    case business
    case security

    /// Heading used in matrices.
    public var title: String {
        switch self {
        case .business: return "Business"
        case .security: return "Security"
        }
    }
}
