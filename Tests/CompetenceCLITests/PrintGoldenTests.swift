import Foundation
import Testing

/// Every view in every format of the bundled examples, at a fixed reference
/// date, against golden files in Golden/ that were reviewed by eye. After an
/// intended change, run with COMPETENCE_UPDATE_GOLDEN=1 to rewrite them (the
/// run then fails on purpose), review `git diff`, and run again.
@Suite struct PrintGoldenTests {
    static let asOf = "2026-11-01"
    static let examples = ["starter-en", "starter-ja", "sales-ja"]
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    /// A golden file's name and the arguments that print it.
    struct Case: CustomTestStringConvertible, Sendable {
        let file: String
        let arguments: [String]
        var testDescription: String { file }
    }

    static var cases: [Case] {
        var out: [Case] = []
        for example in examples {
            let input = "Examples/\(example).json"
            for view in ["roles", "people", "gaps", "awareness"] {
                for (format, ext) in [("text", "txt"), ("markdown", "md"), ("csv", "csv"), ("html", "html")] {
                    out.append(Case(file: "\(example)/\(view).\(ext)",
                                    arguments: ["print", input, "--view", view, "--format", format, "--as-of", asOf]))
                }
            }
            out.append(Case(file: "\(example)/gaps.json", arguments: ["gaps", input, "--format", "json", "--as-of", asOf]))
        }
        out.append(Case(file: "starter-ja/people-60-ascii.txt",
                        arguments: ["print", "Examples/starter-ja.json", "--view", "people", "--width", "60", "--ascii", "--as-of", asOf]))
        out.append(Case(file: "starter-en/people-letter-portrait.html",
                        arguments: ["print", "Examples/starter-en.json", "--view", "people", "--format", "html",
                                    "--paper", "letter", "--portrait", "--as-of", asOf]))
        return out
    }

    @Test(arguments: cases)
    func matchesGoldenFile(_ c: Case) throws {
        let result = try PrintRun.run(c.arguments, in: CommandRunner.packageRoot.path)
        #expect(result.status == 0 && result.stderr.isEmpty, "\(result)")
        let path = Self.golden.appendingPathComponent(c.file)
        if ProcessInfo.processInfo.environment["COMPETENCE_UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: path.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(result.stdout.utf8).write(to: path)
            Issue.record("rewrote \(c.file): review the diff, then run again without COMPETENCE_UPDATE_GOLDEN")
            return
        }
        let expected = String(decoding: try Data(contentsOf: path), as: UTF8.self)
        #expect(result.stdout == expected)
    }
}
