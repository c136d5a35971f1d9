import Testing
import Foundation
import CompetenceKit
@testable import CompetenceTUI

@Suite struct SaveTests {
    private func temporaryFolder() throws -> String {
        let path = NSTemporaryDirectory() + "competence-save-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func ctrlSWritesTheEditedDocument() throws {
        let folder = try temporaryFolder()
        let path = folder + "/team.json"
        var session = EditorSession(state: EditorState(document: Matrix(), path: path, asOf: Fixtures.day, today: Fixtures.day,
                                                       assessor: "Tanaka", width: 60, height: 12, useColor: false))
        let keys: [Key] = [.char(":")] + Key.typing("add-skill Customer hearing business") + [.enter]
            + [.char(":")] + Key.typing("add-role Sales") + [.enter, .char("4")]
            + [.tab, .char(":")] + Key.typing("add-person Sato Hanako") + [.enter]
            + [.char(":")] + Key.typing("assign sales") + [.enter, .char("3"), .ctrl("s")]
        let running = keys.map { session.send($0) }
        #expect(running.allSatisfy { $0 })
        #expect(!session.state.isModified)
        #expect(session.state.message == .info("Saved \(path)"))
        let written = try String(contentsOfFile: path, encoding: .utf8)
        #expect(written == """
        {
          "format": "competence-matrix",
          "version": 1,
          "skills": [
            {
              "id": "customer-hearing",
              "name": "Customer hearing",
              "category": "business"
            }
          ],
          "roles": [
            {
              "id": "sales",
              "name": "Sales",
              "requires": {
                "customer-hearing": 4
              }
            }
          ],
          "people": [
            {
              "id": "sato-hanako",
              "name": "Sato Hanako",
              "roles": ["sales"],
              "assessments": [
                {
                  "skill": "customer-hearing",
                  "level": 3,
                  "date": "2026-11-01",
                  "by": "Tanaka"
                }
              ]
            }
          ]
        }

        """)
    }

    @Test func savingAnExampleChangesOnlyTheEdit() throws {
        let folder = try temporaryFolder()
        let path = folder + "/starter.json"
        let original = try String(contentsOfFile: Fixtures.packageRoot + "/Examples/starter-en.json", encoding: .utf8)
        try original.write(toFile: path, atomically: true, encoding: .utf8)
        var session = EditorSession(state: Fixtures.state(try MatrixFile.load(path: path), path: path))
        for k: Key in [.char("l"), .char("5"), .char("u"), .char("5"), .char(":"), .char("w"), .char("q"), .enter] { _ = session.send(k) }
        let saved = try String(contentsOfFile: path, encoding: .utf8)
        let expected = original.replacingOccurrences(of: "\"hearing\": 4,\n        \"negotiation\": 3", with: "\"hearing\": 5,\n        \"negotiation\": 3")
        #expect(saved != original)
        #expect(saved == expected)
    }

    @Test func aFailedSaveSaysWhyAndKeepsTheEdits() throws {
        let folder = try temporaryFolder()
        let path = folder + "/missing-folder/team.json"
        var session = EditorSession(state: Fixtures.state(path: path))
        let running = [session.send(.char("3")), session.send(.ctrl("s"))]
        #expect(running == [true, true])
        #expect(session.state.message == .error("Not saved: \(path): cannot write: No such file or directory; your edits are kept (:w FILE writes elsewhere)"))
        #expect(session.state.isModified)
        #expect(session.state.document.roles[0].requires["hearing"] == 3)
        // :wq that fails does not quit.
        let afterWQ = [Key.char(":"), .char("w"), .char("q"), .enter].map { session.send($0) }
        #expect(afterWQ == [true, true, true, true])
    }

    @Test func writingACopyKeepsTheModifiedFlag() throws {
        let folder = try temporaryFolder()
        var session = EditorSession(state: Fixtures.state(path: folder + "/a.json"))
        _ = session.send(.char("3"))
        for k in [.char(":")] + Key.typing("w \(folder)/copy.json") + [.enter] { _ = session.send(k) }
        #expect(session.state.isModified)
        #expect(session.state.message == .info("Wrote a copy to \(folder)/copy.json; still editing \(folder)/a.json"))
        #expect(try MatrixFile.load(path: folder + "/copy.json") == session.state.document)
        for k in [.char(":")] + Key.typing("wq") { _ = session.send(k) }
        let running = session.send(.enter)
        #expect(running == false)
        #expect(try MatrixFile.load(path: folder + "/a.json") == session.state.document)
    }

    @Test func printWritesTheCurrentViewAsPrintWould() throws {
        let folder = try temporaryFolder()
        var session = EditorSession(state: Fixtures.state())
        for k in [.tab, .char(":")] + Key.typing("print \(folder)/people.csv") + [.enter] { _ = session.send(k) }
        #expect(session.state.message == .info("Printed the People view to \(folder)/people.csv"))
        let expected = CSVRenderer.render(PrintJob(view: .people).records(session.state.document, analysis: session.state.analysis))
        #expect(try String(contentsOfFile: folder + "/people.csv", encoding: .utf8) == expected)
        #expect(expected.hasPrefix("id,name,kind,roles,awareness,category,hearing,paperwork,isms,incident\n"))
        for k in [.char(":")] + Key.typing("print \(folder)/no/roles.txt") + [.enter] { _ = session.send(k) }
        #expect(session.state.message == .error("Not printed: \(folder)/no/roles.txt: cannot write: No such file or directory; your edits are kept (:w FILE writes elsewhere)"))
    }
}
