/// The paper sizes `--paper` offers for HTML printouts.
public enum Paper: String, CaseIterable, Sendable {
    /// ISO A4, 210 × 297 mm: the default.
    case a4
    /// US Letter, 8.5 × 11 in.
    case letter

    /// The name CSS `@page { size }` takes.
    public var cssName: String {
        switch self {
        case .a4: return "A4"
        case .letter: return "letter"
        }
    }

    /// Short side, then long side, in millimetres.
    public var millimetres: (short: Double, long: Double) {
        switch self {
        case .a4: return (210, 297)
        case .letter: return (215.9, 279.4)
        }
    }
}
