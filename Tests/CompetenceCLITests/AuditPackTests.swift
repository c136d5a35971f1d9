import Foundation
import Testing

/// `competence print FILE --audit-pack --output DIR`: the files it writes,
/// their figures against the starter example worked out by hand (see
/// ExampleAnalysisTests), golden pages reviewed by eye, and what it does
/// with folders it must not or cannot write.
@Suite struct AuditPackTests {
    static let asOf = "2026-11-01"
    static let golden = PrintGoldenTests.golden.appendingPathComponent("starter-en/audit-pack")

    /// Writes the starter pack (file named as in the golden files) into `folder/pack`.
    static func writePack(_ folder: ScratchFolder, example: String = "starter-en") throws -> (CommandResult, String) {
        let pack = folder.file("pack")
        let result = try PrintRun.run(["print", "Examples/\(example).json", "--audit-pack", "--output", pack, "--as-of", asOf],
                                      in: CommandRunner.packageRoot.path)
        return (result, pack)
    }

    static func files(under folder: String) -> [String] {
        let all = FileManager.default.enumerator(atPath: folder)?.compactMap { $0 as? String } ?? []
        return all.filter { $0.hasSuffix(".html") || !$0.contains(".") && !isFolder(folder + "/" + $0) }.sorted()
    }

    static func isFolder(_ path: String) -> Bool {
        var folder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &folder) && folder.boolValue
    }

    /// The rows of the table after `<h2>heading</h2>` as `cell | cell | …`, tags stripped.
    static func rows(_ html: String, after heading: String) -> [String] {
        guard let start = html.range(of: "<h2>\(heading)</h2>") else { return ["no heading \(heading)"] }
        let rest = html[start.upperBound...]
        let table = rest[..<(rest.range(of: "</table>")?.lowerBound ?? rest.endIndex)]
        let cell = try! NSRegularExpression(pattern: "<t[hd][^>]*>(.*?)</t[hd]>")
        return table.components(separatedBy: "<tr").dropFirst().map { row in
            cell.matches(in: row, range: NSRange(row.startIndex..., in: row)).map { match in
                String(row[Range(match.range(at: 1), in: row)!])
                    .replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression)
                    .replacingOccurrences(of: "&#39;", with: "'")
            }.joined(separator: " | ")
        }
    }

    @Test func writesAPagePerRoleAndPersonAndAnIndex() throws {
        let folder = try ScratchFolder()
        let (result, pack) = try Self.writePack(folder)
        #expect(result == CommandResult(status: 0, stdout: "Wrote \(pack)/index.html, 6 role pages and 12 person pages\n", stderr: ""))
        #expect(Self.files(under: pack) == ["index.html"]
            + (1...12).map { String(format: "people/p%02d.html", $0) }
            + ["roles/all-staff.html", "roles/contractor.html", "roles/engineer.html", "roles/internal-auditor.html",
               "roles/sales.html", "roles/security-manager.html"])
        let html = Self.files(under: pack).map { "\(pack)/\($0)" }
        let check = try HTMLValidityTests.check(["--pack", pack] + html)
        #expect(check.status == 0 && check.stdout.hasPrefix("ok: 19 files ("), "\(check)")
    }

    @Test(arguments: ["index.html", "roles/sales.html", "roles/internal-auditor.html", "people/p07.html",
                      "people/p08.html", "people/p12.html"])
    func pagesMatchGoldenFiles(_ page: String) throws {
        let folder = try ScratchFolder()
        let (result, pack) = try Self.writePack(folder)
        #expect(result.status == 0, "\(result)")
        let written = try String(contentsOfFile: "\(pack)/\(page)", encoding: .utf8)
        let path = Self.golden.appendingPathComponent(page)
        if ProcessInfo.processInfo.environment["COMPETENCE_UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: path.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(written.utf8).write(to: path)
            Issue.record("rewrote \(page): review the diff, then run again without COMPETENCE_UPDATE_GOLDEN")
            return
        }
        #expect(written == String(decoding: try Data(contentsOf: path), as: UTF8.self))
    }

    /// The figures of ExampleAnalysisTests' hand-worked table, as the pages print them.
    @Test func figuresMatchTheFile() throws {
        let folder = try ScratchFolder()
        let (result, pack) = try Self.writePack(folder)
        #expect(result.status == 0, "\(result)")
        let p08 = try String(contentsOfFile: "\(pack)/people/p08.html", encoding: .utf8)
        #expect(Self.rows(p08, after: "Required skills") == [
            "Skill | Req | Cur | Gap | State | Evidence | Assessor | Fresh until",
            "Business",
            "Customer hearing | 4 | 3! | 1 | short by 1 | 2026-04-01 | Mori (sales manager) | ",
            "Negotiation and proposal | 3 | 2! | 1 | short by 1 | 2026-04-01 | Mori (sales manager) | ",
            "Finding problems | 3 | 2! | 1 | short by 1 | 2026-04-01 | Mori (sales manager) | ",
            "Paperwork | 2 | 2 | 0 | met | 2026-04-01 | Mori (sales manager) | ",
            "Security",
            "ISMS/PMS rules | 3 | 3* | 0 | due for refresh since 2026-09-16 | 2025-09-15 | Yamamoto (ISMS secretariat) | 2026-09-15",
            "General security knowledge | 2 | 2 | 0 | met | 2025-09-15 | Yamamoto (ISMS secretariat) | ",
            "Incident response | 1 | 1 | 0 | met | 2025-09-15 | Yamamoto (ISMS secretariat) | ",
            "Targeted-attack mail drill | 2 | 1! | 1 | short by 1 | 2026-05-10 | Yamamoto (ISMS secretariat) | 2026-11-10",
        ])
        let index = try String(contentsOfFile: "\(pack)/index.html", encoding: .utf8)
        #expect(Self.rows(index, after: "People").map { $0.components(separatedBy: " | ").enumerated().filter { [1, 4, 5].contains($0.offset) }.map(\.element).joined(separator: " ") } == [
            "Id Category Skills short or due",
            "p01 A 0", "p02 C 0", "p03 B 2", "p04 ? 0", "p05 E 0", "p06 A 0",
            "p07 B 1", "p08 D 5", "p09 F 3", "p10 A 0", "p11 B 1", "p12 ? 3",
        ])
        let sales = try String(contentsOfFile: "\(pack)/roles/sales.html", encoding: .utf8)
        #expect(Self.rows(sales, after: "Holders") == [
            "Person | Category | Customer hearing | Negotiation and proposal | Finding problems | Paperwork | ISMS/PMS rules | Short or due",
            "Sato Hanako | A | 4 | 3 | 3 | 3 | 3 | 0",
            "Suzuki Ichiro | C | 4 | 4 | 3 | 2 | 3 | 0",
            "Kobayashi Mei | D | 3! | 2! | 2! | 2 | 3* | 4",
            "Inoue Kaori | B | 4 | 4 | 4 | 3 | 3 | 0",
        ])
    }

    @Test func writingAgainReplacesTheEarlierPack() throws {
        let folder = try ScratchFolder()
        let (first, pack) = try Self.writePack(folder)
        #expect(first.status == 0)
        try Data("old".utf8).write(to: URL(fileURLWithPath: "\(pack)/people/gone.html"))
        try Data("keep".utf8).write(to: URL(fileURLWithPath: "\(pack)/notes.txt"))
        let (second, _) = try Self.writePack(folder)
        #expect(second.status == 0, "\(second)")
        #expect(!FileManager.default.fileExists(atPath: "\(pack)/people/gone.html"))
        #expect(try String(contentsOfFile: "\(pack)/notes.txt", encoding: .utf8) == "keep")
        #expect(Self.files(under: pack).count == 19)
    }

    @Test func refusesAFolderThatHoldsSomethingElse() throws {
        let folder = try ScratchFolder()
        try FileManager.default.createDirectory(atPath: folder.file("pack"), withIntermediateDirectories: true)
        try folder.write("pack/thesis.txt", "mine")
        let (result, pack) = try Self.writePack(folder)
        #expect(result == CommandResult(status: 73, stdout: "", stderr: "error: \(pack): cannot write: the folder is not empty and holds no audit pack; choose a new or empty folder (nothing was written)\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: pack) == ["thesis.txt"])
    }

    @Test func exit73WhenTheFolderCannotBeMade() throws {
        let folder = try ScratchFolder()
        try folder.write("file.txt", "a file")
        for (output, reason) in [("file.txt", "it is a file, not a folder"),
                                 ("file.txt/pack", "file.txt is a file, not a folder")] {
            let result = try PrintRun.run(["print", CommandRunner.example("starter-en.json"), "--audit-pack", "--output", output],
                                          in: folder.path)
            #expect(result == CommandResult(status: 73, stdout: "", stderr: "error: \(output): cannot write: \(reason)\n"))
        }
    }
}
