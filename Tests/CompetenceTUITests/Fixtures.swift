import Testing
import CompetenceKit
@testable import CompetenceTUI

/// Documents and helpers shared by the editor tests.
enum Fixtures {
    static let day = Day("2026-11-01")!

    /// A small matrix: two business and two security skills, two roles, and
    /// three people, one of them with an escape sequence in the name.
    static let smallJSON = """
    {
      "format": "competence-matrix",
      "version": 1,
      "title": "Test matrix",
      "skills": [
        {"id": "hearing", "name": "Customer hearing", "category": "business"},
        {"id": "paperwork", "name": "Paperwork", "category": "business"},
        {"id": "isms", "name": "ISMS rules", "category": "security", "refreshMonths": 12},
        {"id": "incident", "name": "Incident response", "category": "security"}
      ],
      "roles": [
        {"id": "sales", "name": "Sales", "requires": {"hearing": 4, "isms": 2}},
        {"id": "engineer", "name": "Engineer", "requires": {"incident": 3, "isms": 2}}
      ],
      "people": [
        {"id": "p1", "name": "Sato Hanako", "roles": ["sales"],
         "assessments": [
           {"skill": "hearing", "level": 4, "date": "2026-01-10", "by": "Tanaka"},
           {"skill": "isms", "level": 2, "date": "2025-06-01", "by": "Tanaka"}
         ]},
        {"id": "p2", "name": "Suzuki Ichiro", "roles": ["engineer"],
         "assessments": [
           {"skill": "incident", "level": 2, "date": "2026-03-01", "by": "Tanaka"},
           {"skill": "isms", "level": 3, "date": "2026-09-01", "by": "Tanaka"}
         ]},
        {"id": "p3", "name": "Evil \\u001b[31mName", "roles": []}
      ]
    }
    """

    static var small: Matrix { try! MatrixFile.decode(Array(smallJSON.utf8), file: "small.json") }

    static func example(_ name: String) throws -> Matrix {
        try MatrixFile.load(path: packageRoot + "/Examples/" + name)
    }

    /// The package folder, found from this source file.
    static var packageRoot: String {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        return parts.joined(separator: "/")
    }

    static func state(_ m: Matrix = small, width: Int = 60, height: Int = 12, color: Bool = false,
                      path: String = "small.json") -> EditorState {
        EditorState(document: m, path: path, asOf: day, today: day, assessor: "tester",
                    width: width, height: height, useColor: color)
    }
}

extension EditorState {
    /// Sends keys, returning the last action.
    @discardableResult
    mutating func press(_ keys: Key...) -> Action { press(keys) }

    @discardableResult
    mutating func press(_ keys: [Key]) -> Action {
        var last = Action.none
        for k in keys { last = handle(k) }
        return last
    }

    /// Types a `:` command and Enter.
    @discardableResult
    mutating func command(_ text: String) -> Action {
        press([.char(":")] + Key.typing(text) + [.enter])
    }

    var screen: [String] { EditorView.render(self).buffer.lines }
}

/// Compares whole screens line by line, naming each line that differs.
func expectScreen(_ actual: [String], _ expected: [String], sourceLocation: SourceLocation = #_sourceLocation) {
    if actual == expected { return }
    var report = ["screens differ:"]
    for i in 0..<max(actual.count, expected.count) {
        let a = i < actual.count ? actual[i] : "<none>", e = i < expected.count ? expected[i] : "<none>"
        report.append(a == e ? "  \(i): \(a)" : "✗ \(i): got      \(a)\n       expected \(e)")
    }
    Issue.record(Comment(rawValue: report.joined(separator: "\n")), sourceLocation: sourceLocation)
}

/// One letter per cell for its style, for checking colours and marks:
/// r red, g green, y yellow, m magenta, c cyan, b blue (foreground, upper
/// case when reversed as under the cursor); else R reverse, B bold, U
/// underline, d dim; . plain.
func styleMap(_ buffer: Buffer, row y: Int) -> String {
    var s = ""
    for x in 0..<buffer.width {
        let st = buffer[x, y].style
        let letter: String? = switch st.foreground {
        case .red: "r"
        case .green: "g"
        case .yellow: "y"
        case .magenta: "m"
        case .cyan: "c"
        case .blue: "b"
        default: nil
        }
        if let letter {
            s += st.reverse ? letter.uppercased() : letter
            continue
        }
        do {
            if st.reverse { s += "R" } else if st.bold { s += "B" } else if st.underline { s += "U" }
            else if st.dim { s += "d" } else { s += "." }
        }
    }
    return s
}
