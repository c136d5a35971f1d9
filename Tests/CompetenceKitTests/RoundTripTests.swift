import Testing
import Foundation
@testable import CompetenceKit

@Suite struct RoundTripTests {
    static let designExample = """
    {
      "format": "competence-matrix",
      "version": 1,
      "title": "Example Corp ISMS competence matrix",
      "levels": [
        {"level": 1, "name": "Knows of it"},
        {"level": 2, "name": "Understands it"},
        {"level": 3, "name": "Can do it with guidance"},
        {"level": 4, "name": "Can do it alone"},
        {"level": 5, "name": "Can teach others"}
      ],
      "skills": [
        {"id": "hearing", "name": "Customer hearing", "category": "business"},
        {"id": "isms-rules", "name": "ISMS/PMS rules", "category": "security",
         "refreshMonths": 12}
      ],
      "roles": [
        {"id": "sales", "name": "Sales", "requires": {"hearing": 4, "isms-rules": 2}}
      ],
      "people": [
        {"id": "p001", "name": "Sato Hanako", "roles": ["sales"],
         "assessments": [
           {"skill": "isms-rules", "level": 2, "date": "2026-04-01",
            "by": "Tanaka", "method": "e-learning test", "evidence": "LMS record 4411"}
         ],
         "awareness": {"state": "correct", "date": "2026-04-01", "note": ""}}
      ],
      "future": {"nested": [1, 2.50, "x"], "flag": true}
    }
    """

    @Test func designExampleLoadsAndWritesCanonically() throws {
        let m = try MatrixFile.decode(Array(Self.designExample.utf8), file: "example.json")
        #expect(m.skills.count == 2)
        #expect(m.people[0].assessments[0].level == 2)
        #expect(m.extra.first?.key == "future")
        let out = String(decoding: MatrixFile.encode(m), as: UTF8.self)
        #expect(out.contains("\"nested\": [\n      1,\n      2.50,\n      \"x\"\n    ]"))
        let again = try MatrixFile.decode(Array(out.utf8), file: "x")
        #expect(again == m)
        #expect(String(decoding: MatrixFile.encode(again), as: UTF8.self) == out)
    }

    @Test func wrongLevelNamesPathLineAndColumn() {
        let text = Self.designExample.replacingOccurrences(of: "\"level\": 2, \"date\"", with: "\"level\": 6, \"date\"")
        #expect(throws: MatrixFileError.self) { try MatrixFile.decode(Array(text.utf8), file: "f.json") }
        do throws(MatrixFileError) { _ = try MatrixFile.decode(Array(text.utf8), file: "f.json") } catch {
            #expect(error.description == "f.json:23:41: people[0].assessments[0].level: expected a level from 1 to 5, found 6")
            print(error.report)
        }
    }
}
