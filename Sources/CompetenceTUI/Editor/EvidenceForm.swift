import CompetenceKit

/// The form for a new assessment of one person in one skill (clause 7.2 b
/// to d): level, date, assessor, method, evidence and whether the training
/// was effective. Pure: it holds the typed text and turns it into an
/// `Assessment`, or says which field is wrong and why.
public struct EvidenceForm: Equatable, Sendable {
    public enum Field: Int, CaseIterable, Sendable {
        case level, date, assessor, method, evidence, effective

        public var label: String {
            switch self {
            case .level: return "Level"
            case .date: return "Date"
            case .assessor: return "Assessor"
            case .method: return "Method"
            case .evidence: return "Evidence"
            case .effective: return "Effective"
            }
        }
    }

    /// A field that does not hold what it should, and what it should hold.
    public struct Problem: Equatable, Sendable, Error {
        public var field: Field
        public var message: String
    }

    public let person: Int
    public let skill: Int
    /// The typed text, one line per field.
    public private(set) var fields: [LineEditor]
    public var focus: Field = .level
    /// The last failed save's problem, shown until the next key.
    public var problem: Problem?
    /// The history pane to go back to after saving or cancelling, when the form was opened from it.
    var returnTo: HistoryPane?

    /// A blank level, the date `today`, the assessor `assessor`, the rest empty.
    public init(person: Int, skill: Int, today: Day, assessor: String) {
        self.person = person
        self.skill = skill
        fields = Field.allCases.map { f in
            switch f {
            case .date: return LineEditor(text: today.description)
            case .assessor: return LineEditor(text: assessor)
            default: return LineEditor()
            }
        }
    }

    public subscript(_ f: Field) -> LineEditor {
        get { fields[f.rawValue] }
        set { fields[f.rawValue] = newValue }
    }

    /// The text of a field, without spaces at either end.
    public func text(_ f: Field) -> String { self[f].string.trimmed }

    /// Tab and Shift-Tab: the next or previous field, wrapping around.
    public mutating func move(by delta: Int) {
        let n = Field.allCases.count
        focus = Field(rawValue: ((focus.rawValue + delta) % n + n) % n)!
    }

    /// The assessment the form describes, or the first problem in field order.
    public func assessment(skillID: String) -> Result<Assessment, Problem> {
        let levelText = text(.level)
        guard let level = Int(levelText), Level.range.contains(level) else {
            return .failure(Problem(field: .level, message: levelText.isEmpty
                ? "Level: type a level from 1 to 5"
                : "Level: a whole number from 1 to 5, not '\(TextEscaping.escaped(levelText))'"))
        }
        let dateText = text(.date)
        guard EvidenceForm.looksLikeDate(dateText) else {
            return .failure(Problem(field: .date, message: "Date: YYYY-MM-DD, not '\(TextEscaping.escaped(dateText))'"))
        }
        guard let date = Day(dateText) else {
            return .failure(Problem(field: .date, message: "Date: \(dateText) does not exist"))
        }
        let effectiveText = text(.effective).lowercased()
        let effective: Bool?
        switch effectiveText {
        case "": effective = nil
        case "y", "yes", "true": effective = true
        case "n", "no", "false": effective = false
        default:
            return .failure(Problem(field: .effective, message: "Effective: yes, no or blank, not '\(TextEscaping.escaped(text(.effective)))'"))
        }
        func optional(_ f: Field) -> String? { text(f).isEmpty ? nil : text(f) }
        return .success(Assessment(skill: skillID, level: level, date: date, by: optional(.assessor),
                                   method: optional(.method), evidence: optional(.evidence), effective: effective))
    }

    /// Ten characters, digits with a `-` after the year and the month.
    static func looksLikeDate(_ s: String) -> Bool {
        let u = Array(s.utf8)
        guard u.count == 10 else { return false }
        return u.indices.allSatisfy { i in i == 4 || i == 7 ? u[i] == UInt8(ascii: "-") : (48...57).contains(u[i]) }
    }
}

extension LineEditor {
    /// A line holding `text`, the cursor at its end.
    init(text: String) {
        self.init()
        for c in text { insert(c) }
    }

    /// The keys that edit one line of a form: characters, Backspace,
    /// Delete, Left, Right, Home/Ctrl-A, End/Ctrl-E, Ctrl-U (delete to the
    /// start). False for any other key.
    mutating func edit(with key: Key) -> Bool {
        switch key {
        case .ctrl("u"): while backspace() {}
        case .char(let c): insert(c)
        case .backspace: backspace()
        case .delete: deleteForward()
        case .left: left()
        case .right: right()
        case .home, .ctrl("a"): home()
        case .end, .ctrl("e"): end()
        default: return false
        }
        return true
    }
}
