/// The seed's A–F chart: competence (sufficient or not) against awareness
/// (correct, lacking, wilful); `?` while awareness is not recorded.
public enum AwarenessCategory: String, CaseIterable, Sendable, Comparable {
    case a = "A", b = "B", c = "C", d = "D", e = "E", f = "F", unknown = "?"

    public init(sufficient: Bool, awareness: AwarenessState?) {
        switch (awareness, sufficient) {
        case (.correct?, true): self = .a
        case (.correct?, false): self = .b
        case (.lacking?, true): self = .c
        case (.lacking?, false): self = .d
        case (.wilful?, true): self = .e
        case (.wilful?, false): self = .f
        case (nil, _): self = .unknown
        }
    }

    public var letter: String { rawValue }

    /// Whether the person in this category has the competence their roles need.
    public var sufficient: Bool? {
        switch self {
        case .a, .c, .e: return true
        case .b, .d, .f: return false
        case .unknown: return nil
        }
    }

    public var awareness: AwarenessState? {
        switch self {
        case .a, .b: return .correct
        case .c, .d: return .lacking
        case .e, .f: return .wilful
        case .unknown: return nil
        }
    }

    /// One line on what the category means, after the seed.
    public var meaning: String {
        switch self {
        case .a: return "Ideal: competent and acts appropriately"
        case .b: return "Not yet competent, but acts with the right intent"
        case .c: return "Competent, but acts inappropriately for lack of awareness"
        case .d: return "Acts inappropriately: lacks competence and awareness"
        case .e: return "Competent, and acts inappropriately on purpose"
        case .f: return "Not competent, and acts inappropriately on purpose"
        case .unknown: return "Awareness not yet assessed"
        }
    }

    /// The meaning in a few words, to fit a cell of the chart (at most 27 columns).
    public var shortMeaning: String {
        switch self {
        case .a: return "Ideal: acts appropriately"
        case .b: return "Means well, not competent"
        case .c: return "Competent, lacks awareness"
        case .d: return "Acts wrongly: lacks both"
        case .e: return "Competent, but wilful"
        case .f: return "Not competent, and wilful"
        case .unknown: return "Awareness not yet assessed"
        }
    }

    /// The risky ones a manager follows up first.
    public var needsFollowUp: Bool { self != .a && self != .unknown }

    public static func < (x: AwarenessCategory, y: AwarenessCategory) -> Bool {
        allCases.firstIndex(of: x)! < allCases.firstIndex(of: y)!
    }
}
