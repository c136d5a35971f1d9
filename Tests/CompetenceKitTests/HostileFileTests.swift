import Testing
import Foundation
@testable import CompetenceKit

/// Every file in Tests/Fixtures/invalid/ through the loader: each must be
/// refused with exactly the error in its `.expected` file, or, for the few
/// valid ones, load and show every text field escaped. Set COMPETENCE_BLESS=1
/// to write the `.expected` files after a deliberate change, then review the diff.
@Suite struct HostileFileTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/invalid")

    static let fixtures: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".json") }.sorted()
    }()

    /// What the loader answers for a file, as text: the error report, or
    /// `loads` and the escaped text fields.
    static func outcome(of name: String) throws -> String {
        let bytes = try [UInt8](Data(contentsOf: folder.appendingPathComponent(name)))
        do throws(MatrixFileError) {
            let m = try MatrixFile.decode(bytes, file: name)
            return (["loads"] + shownText(of: m) + printed(m, file: name)).joined(separator: "\n") + "\n"
        } catch {
            return error.report + "\n"
        }
    }

    @Test func theCorpusIsLargeEnough() {
        #expect(Self.fixtures.count >= 60)
    }

    @Test(arguments: fixtures)
    func fixtureGivesItsExpectedAnswer(_ name: String) throws {
        let actual = try Self.outcome(of: name)
        let expectedURL = Self.folder.appendingPathComponent(String(name.dropLast(5)) + ".expected")
        if ProcessInfo.processInfo.environment["COMPETENCE_BLESS"] == "1" {
            try Data(actual.utf8).write(to: expectedURL)
        }
        let expected = try String(contentsOf: expectedURL, encoding: .utf8)
        #expect(actual == expected, "\(name)")
        // Whatever the file holds, what a person is shown never carries a
        // control character that a terminal would act on.
        let unsafe = actual.unicodeScalars.filter { $0 != "\n" && TextEscaping.needsEscape($0) }
        #expect(unsafe.isEmpty, "\(name) shows raw control characters: \(unsafe.map { $0.value })")
    }

    @Test func readmeNotesEveryFixtureOnce() throws {
        let readme = try String(contentsOf: Self.folder.appendingPathComponent("README.md"), encoding: .utf8)
        let listed = readme.split(separator: "\n").filter { $0.hasPrefix("| `") }.map { line in
            String(line.dropFirst(3).prefix { $0 != "`" })
        }
        #expect(listed.sorted() == Self.fixtures)
        let notes = readme.split(separator: "\n").filter { $0.hasPrefix("| `") }
        #expect(notes.allSatisfy { $0.split(separator: "|").count == 2 && !$0.hasSuffix("|  |") })
    }

    @Test func everyFixtureHasAnExpectedAnswerAndNothingElse() throws {
        let all = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path)
        let expected = all.filter { $0.hasSuffix(".expected") }.map { String($0.dropLast(9)) }.sorted()
        #expect(expected == Self.fixtures.map { String($0.dropLast(5)) }.sorted())
        #expect(all.count == 2 * Self.fixtures.count + 1)
    }

    /// Every view as `competence print --width 80` prints it, on a pinned date.
    static func printed(_ m: Matrix, file: String) -> [String] {
        let day = Day(year: 2026, month: 6, day: 1)!
        let analysis = MatrixAnalysis(m, asOf: day)
        return PrintView.allCases.flatMap { view in
            let document = PrintJob(view: view).document(m, analysis: analysis, file: file, printedOn: day)
            return ["--- print --view \(view.rawValue) --width 80", TextRenderer(width: 80).render(document)]
        }
    }

    /// Every text field of a document as a person would be shown it, one per line.
    static func shownText(of m: Matrix) -> [String] {
        var out = [String]()
        func show(_ path: String, _ text: String?) {
            if let text { out.append("\(path): \(TextEscaping.escaped(text))") }
        }
        show("title", m.title)
        show("owner", m.owner)
        show("approval.by", m.approval?.by)
        show("approval.date", m.approval?.date?.description)
        for (i, name) in (m.levelNames ?? []).enumerated() { show("levels[\(i)].name", name) }
        for (i, s) in m.skills.enumerated() { show("skills[\(i)].name", s.name) }
        for (i, r) in m.roles.enumerated() { show("roles[\(i)].name", r.name) }
        for (i, p) in m.people.enumerated() {
            show("people[\(i)].name", p.name)
            for (j, a) in p.assessments.enumerated() {
                show("people[\(i)].assessments[\(j)].by", a.by)
                show("people[\(i)].assessments[\(j)].method", a.method)
                show("people[\(i)].assessments[\(j)].evidence", a.evidence)
            }
            show("people[\(i)].awareness.note", p.awareness?.note)
            for (j, e) in p.exemptions.enumerated() { show("people[\(i)].exemptions[\(j)].reason", e.reason) }
        }
        func showValue(_ path: String, _ v: JSONValue) {
            switch v {
            case .string(let s): show(path, s)
            case .array(let items): for (i, item) in items.enumerated() { showValue("\(path)[\(i)]", item) }
            case .object(let members): for m in members { showValue("\(path)[\"\(TextEscaping.escaped(m.key))\"]", m.value) }
            case .null, .bool, .number: break
            }
        }
        showValue("", .object(m.extra))
        return out
    }
}
