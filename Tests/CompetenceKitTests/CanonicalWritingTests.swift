import Testing
import Foundation
@testable import CompetenceKit

/// The canonical writer: unknown keys survive at every level, the same
/// document always gives the same bytes, and writing is a fixed point.
@Suite struct CanonicalWritingTests {
    /// A document with a key the program does not know in every object the
    /// format has, in an order the canonical form changes.
    static let everyLevel = """
    {"x-top": {"b": [1, 2.50, -0.0e+1, true, null, "s"], "a": {}},
     "people": [{"x-person": [], "name": "Sato", "id": "p1", "roles": ["sales"],
       "exemptions": [{"until": "2026-12-31", "skill": "hearing", "reason": "new", "x-exemption": "e"}],
       "awareness": {"x-awareness": 1, "state": "correct"},
       "assessments": [{"x-assessment": {"k": "v"}, "date": "2026-04-01", "level": 2, "skill": "hearing"}]}],
     "roles": [{"requires": {"hearing": 3}, "x-role": false, "name": "Sales", "id": "sales"}],
     "skills": [{"x-skill": "\\u001b[31m", "category": "business", "name": "Hearing", "id": "hearing"}],
     "levels": [{"name": "e", "level": 5}, {"level": 4, "name": "d"}, {"level": 3, "name": "c", "x-level": [[]]},
                {"level": 2, "name": "b"}, {"level": 1, "name": "a"}],
     "approval": {"x-approval": "y", "by": "CISO"},
     "version": 1, "format": "competence-matrix"}
    """

    static let everyLevelCanonical = """
    {
      "format": "competence-matrix",
      "version": 1,
      "approval": {
        "by": "CISO",
        "x-approval": "y"
      },
      "levels": [
        {"level": 1, "name": "a"},
        {"level": 2, "name": "b"},
        {"level": 3, "name": "c", "x-level": [[]]},
        {"level": 4, "name": "d"},
        {"level": 5, "name": "e"}
      ],
      "skills": [
        {
          "id": "hearing",
          "name": "Hearing",
          "category": "business",
          "x-skill": "\\u001b[31m"
        }
      ],
      "roles": [
        {
          "id": "sales",
          "name": "Sales",
          "requires": {
            "hearing": 3
          },
          "x-role": false
        }
      ],
      "people": [
        {
          "id": "p1",
          "name": "Sato",
          "roles": ["sales"],
          "assessments": [
            {
              "skill": "hearing",
              "level": 2,
              "date": "2026-04-01",
              "x-assessment": {
                "k": "v"
              }
            }
          ],
          "awareness": {
            "state": "correct",
            "x-awareness": 1
          },
          "exemptions": [
            {
              "skill": "hearing",
              "reason": "new",
              "until": "2026-12-31",
              "x-exemption": "e"
            }
          ],
          "x-person": []
        }
      ],
      "x-top": {
        "b": [
          1,
          2.50,
          -0.0e+1,
          true,
          null,
          "s"
        ],
        "a": {}
      }
    }

    """

    @Test func unknownKeysAtEveryLevelSurviveASave() throws {
        let m = try MatrixFile.decode(Array(Self.everyLevel.utf8), file: "m.json")
        #expect(String(decoding: MatrixFile.encode(m), as: UTF8.self) == Self.everyLevelCanonical)
    }

    @Test func canonicalFormIsAFixedPoint() throws {
        let once = MatrixFile.encode(try MatrixFile.decode(Array(Self.everyLevel.utf8), file: "m.json"))
        let twice = MatrixFile.encode(try MatrixFile.decode(once, file: "m.json"))
        #expect(twice == once)
    }

    /// Requirements are written in the order of the skills, whatever order
    /// they were read in (a dictionary has none), so equal documents give
    /// equal bytes every time.
    @Test func writingIsDeterministic() throws {
        let skills = (0..<40).map { Skill(id: "s\($0)", name: "Skill \($0)", category: $0 % 2 == 0 ? .business : .security) }
        var requires = [String: Int]()
        for s in skills.shuffled() { requires[s.id] = Int.random(in: 1...5) }
        let m = Matrix(skills: skills, roles: [Role(id: "r", name: "R", requires: requires)])
        let first = MatrixFile.encode(m)
        for _ in 0..<20 {
            var copy = m
            copy.roles[0].requires = Dictionary(uniqueKeysWithValues: requires.shuffled())
            #expect(MatrixFile.encode(copy) == first)
        }
        let text = String(decoding: first, as: UTF8.self)
        let order = skills.map { "\"\($0.id)\": " }.compactMap { text.range(of: $0)?.lowerBound }
        #expect(order.count == 40 && order == order.sorted())
    }

    @Test func examplesAreCanonical() throws {
        for name in ["starter-en.json", "starter-ja.json", "sales-ja.json"] {
            let bytes = try FileBytes.read(path: ExamplePaths.example(name))
            #expect(MatrixFile.encode(try MatrixFile.decode(bytes, file: name)) == bytes, "\(name)")
        }
    }

    /// The example in docs/file-format.md is valid and already canonical.
    @Test func fileFormatDocumentationExample() throws {
        let doc = try FileBytes.read(path: ExamplePaths.doc("file-format.md"))
        let text = String(decoding: doc, as: UTF8.self)
        let start = try #require(text.range(of: "```json\n"))
        let end = try #require(text.range(of: "```", range: start.upperBound..<text.endIndex))
        let example = Array(text[start.upperBound..<end.lowerBound].utf8)
        #expect(MatrixFile.encode(try MatrixFile.decode(example, file: "file-format.md")) == example)
    }

    /// Text is written as UTF-8, not escaped; control characters are escaped.
    @Test func stringsAreWrittenReadably() throws {
        let m = Matrix(title: "力量 \"quoted\" \\ tab\t nl\n bell\u{7}", skills: [], roles: [], people: [])
        let text = String(decoding: MatrixFile.encode(m), as: UTF8.self)
        #expect(text.contains(#""title": "力量 \"quoted\" \\ tab\t nl\n bell\u0007","#))
        #expect(try MatrixFile.decode(MatrixFile.encode(m), file: "m.json") == m)
    }
}
