import Foundation
import Testing

/// HTML printouts as a browser prints them: headless Chromium turns a page
/// into a PDF, whose pages are counted and measured from the PDF itself, and
/// whose text (poppler's pdftotext, one form feed per page) shows the header
/// row on every page. Skipped, with the reason printed, where Chromium or
/// pdftotext is not installed (`make deps` installs both).
@Suite(.enabled(if: PDFToolchain.missing == nil, PDFToolchain.skipReason))
struct ChromiumPrintTests {
    static var chromium: String? { PDFToolchain.chromium }
    static var pdftotext: String? { PDFToolchain.pdftotext }

    /// What a PDF says of itself: page count and each page's size in points.
    struct PDF {
        let pages: [(width: Double, height: Double)]
        let text: [String]
    }

    /// Prints `html` to PDF with Chromium and reads the PDF back.
    static func printPDF(_ html: String, in folder: ScratchFolder) throws -> PDF {
        let pdf = folder.file("out.pdf")
        let result = try ExternalTool.run(chromium!, [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=\(folder.file("profile"))",
            "--no-pdf-header-footer", "--print-to-pdf=\(pdf)", URL(fileURLWithPath: html).absoluteString,
        ])
        #expect(result.status == 0, "\(result)")
        let bytes = String(decoding: try Data(contentsOf: URL(fileURLWithPath: pdf)), as: UTF8.self)
        let text = try ExternalTool.run(pdftotext!, ["-layout", pdf, "-"])
        var pages = text.stdout.components(separatedBy: "\u{0C}")
        if pages.last?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty == true { pages.removeLast() }
        return PDF(pages: mediaBoxes(bytes), text: pages)
    }

    /// One `/MediaBox [0 0 W H]` per `/Type /Page` object (Chromium writes them uncompressed).
    static func mediaBoxes(_ pdf: String) -> [(width: Double, height: Double)] {
        let pageObjects = pdf.components(separatedBy: "/Type /Page").dropFirst().filter { !$0.hasPrefix("s") }
        let boxes = pdf.components(separatedBy: "/MediaBox [").dropFirst().compactMap { rest -> (Double, Double)? in
            let numbers = rest.prefix { $0 != "]" }.split(separator: " ").compactMap { Double($0) }
            return numbers.count == 4 ? (numbers[2] - numbers[0], numbers[3] - numbers[1]) : nil
        }
        #expect(boxes.count == pageObjects.count, "one media box per page")
        return boxes.map { (width: $0.0, height: $0.1) }
    }

    static func near(_ a: Double, _ b: Double) -> Bool { abs(a - b) < 1 }

    /// The footer's "N / M" (pdftotext may drop the spaces).
    static func hasPageNumber(_ text: String, _ n: Int, of m: Int) -> Bool {
        text.range(of: "(?<![0-9])\(n) ?/ ?\(m)(?![0-9])", options: .regularExpression) != nil
    }

    /// The "Done when" of the printing issue: the Japanese starter's people
    /// view fits one A4 landscape page, in Japanese, with its header row.
    @Test func starterPeopleIsOneA4LandscapePage() throws {
        let folder = try ScratchFolder()
        let html = folder.file("people.html")
        let result = try PrintRun.run(["print", CommandRunner.example("starter-ja.json"), "--view", "people",
                                       "--format", "html", "--as-of", "2026-11-01", "--output", html])
        #expect(result.status == 0, "\(result)")
        let pdf = try Self.printPDF(html, in: folder)
        #expect(pdf.pages.count == 1)
        #expect(pdf.pages.allSatisfy { Self.near($0.width, 841.92) && Self.near($0.height, 594.96) }, "\(pdf.pages)")
        #expect(pdf.text.count == 1)
        let page = pdf.text.first ?? ""
        for expected in ["株式会社エグザンプル ISMS力量マトリクス", "Person", "佐藤 花子", "小林 芽衣", "3!"] {
            #expect(page.contains(expected), "page 1 lacks \(expected)")
        }
        #expect(Self.hasPageNumber(page, 1, of: 1))
    }

    /// A long matrix runs over several pages; every page that has rows
    /// repeats the header row, and page numbers count them all.
    @Test func longMatrixRepeatsHeaderRowOnEveryPage() throws {
        let folder = try ScratchFolder()
        let skills = (1...18).map { #"{"id": "s\#($0)", "name": "技能 \#($0) skill", "category": "\#($0 <= 9 ? "business" : "security")"}"# }
        let requires = (1...18).map { #""s\#($0)": \#($0 % 5 + 1)"# }.joined(separator: ", ")
        let people = (1...90).map { n in
            let assessments = (1...18).map { #"{"skill": "s\#($0)", "level": \#((n + $0) % 5 + 1), "date": "2026-01-01"}"# }
            return #"{"id": "p\#(n)", "name": "人物 \#(String(format: "%03d", n))", "roles": ["r"], "assessments": [\#(assessments.joined(separator: ", "))]}"#
        }
        try folder.write("long.json", """
            {"format": "competence-matrix", "version": 1, "title": "長い力量表",
             "skills": [\(skills.joined(separator: ",\n"))],
             "roles": [{"id": "r", "name": "全員", "requires": {\(requires)}}],
             "people": [\(people.joined(separator: ",\n"))]}
            """)
        let html = folder.file("long.html")
        let result = try PrintRun.run(["print", "long.json", "--view", "people", "--format", "html",
                                       "--as-of", "2026-11-01", "--output", html], in: folder.path)
        #expect(result.status == 0, "\(result)")
        let pdf = try Self.printPDF(html, in: folder)
        #expect(pdf.pages.count >= 4, "\(pdf.pages.count) pages")
        #expect(pdf.pages.allSatisfy { Self.near($0.width, 841.92) && Self.near($0.height, 594.96) })
        var rowsSeen = 0
        for (i, page) in pdf.text.enumerated() {
            let rows = page.components(separatedBy: "人物 ").count - 1
            rowsSeen += rows
            if rows > 0 { #expect(page.contains("Person"), "page \(i + 1) has rows but no header row") }
            #expect(Self.hasPageNumber(page, i + 1, of: pdf.pages.count), "page \(i + 1) lacks its number")
        }
        // Every person once per block of columns: no row lost or printed twice.
        #expect(rowsSeen % 90 == 0 && rowsSeen >= 180, "\(rowsSeen) rows")
    }

    @Test func letterPortraitIsLetterPortrait() throws {
        let folder = try ScratchFolder()
        let html = folder.file("roles.html")
        let result = try PrintRun.run(["print", CommandRunner.example("starter-en.json"), "--format", "html",
                                       "--paper", "letter", "--portrait", "--output", html])
        #expect(result.status == 0, "\(result)")
        let pdf = try Self.printPDF(html, in: folder)
        #expect(!pdf.pages.isEmpty && pdf.pages.allSatisfy { Self.near($0.width, 612) && Self.near($0.height, 792) }, "\(pdf.pages)")
    }
}

/// The programs the PDF tests need, and why they are skipped without them.
enum PDFToolchain {
    static let chromium = ExternalTool.find("chromium", "chromium-browser", "google-chrome")
    static let pdftotext = ExternalTool.find("pdftotext")

    static var missing: String? {
        if chromium == nil { return "chromium" }
        if pdftotext == nil { return "pdftotext (poppler-utils)" }
        return nil
    }

    static var skipReason: Comment {
        Comment(rawValue: "\(missing ?? "") is not installed, so HTML is not printed to PDF here; `make deps` installs it")
    }
}
