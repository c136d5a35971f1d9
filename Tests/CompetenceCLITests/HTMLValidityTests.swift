import Foundation
import Testing

/// Every HTML page that `print --format html` writes for the examples
/// parses as valid HTML and needs nothing outside itself, checked by
/// Scripts/check_html.py (html5lib's strict parser when installed, else a
/// strict tag-balance check), which is shown first to catch what it must.
@Suite struct HTMLValidityTests {
    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Scripts/check_html.py").path

    static func check(_ arguments: [String]) throws -> CommandResult {
        guard let python = ExternalTool.find("python3") else {
            Issue.record("python3 is missing: `make deps` installs it")
            return CommandResult(stdout: "", stderr: "", status: -1)
        }
        return try ExternalTool.run(python, [script] + arguments)
    }

    /// Prints every view of every example as HTML into `folder`.
    static func printViews(into folder: ScratchFolder) throws -> [String] {
        var files: [String] = []
        for example in ["starter-en", "starter-ja", "sales-ja"] {
            for view in ["roles", "people", "gaps", "awareness"] {
                let file = folder.file("\(example)-\(view).html")
                let result = try PrintRun.run(["print", CommandRunner.example("\(example).json"), "--view", view,
                                               "--format", "html", "--as-of", "2026-11-01", "--output", file])
                #expect(result == CommandResult(status: 0, stdout: "", stderr: ""))
                files.append(file)
            }
        }
        return files
    }

    @Test(arguments: [false, true])
    func everyViewIsValidAndSelfContained(withoutHTML5Lib: Bool) throws {
        let folder = try ScratchFolder()
        let files = try Self.printViews(into: folder)
        let result = try Self.check((withoutHTML5Lib ? ["--no-html5lib"] : []) + files)
        #expect(result.status == 0 && result.stderr.isEmpty, "\(result)")
        #expect(result.stdout.hasPrefix("ok: 12 files ("), "\(result)")
    }

    @Test func hostileNamesStayText() throws {
        let folder = try ScratchFolder()
        try folder.write("hostile.json", """
            {"format": "competence-matrix", "version": 1,
             "title": "</style><script>alert(1)</script>\\u001b[31m",
             "owner": "\\"quoted\\" & <b>bold</b>",
             "skills": [{"id": "s1", "name": "<img src=x onerror=alert(1)>", "category": "business"}],
             "roles": [{"id": "r1", "name": "' onmouseover='x", "requires": {"s1": 2}}],
             "people": [{"id": "p1", "name": "<a href=\\"http://evil\\">x</a>", "roles": ["r1"]}]}
            """)
        var files: [String] = []
        for view in ["roles", "people", "gaps", "awareness"] {
            let file = folder.file("\(view).html")
            let result = try PrintRun.run(["print", "hostile.json", "--view", view, "--format", "html", "--output", file], in: folder.path)
            #expect(result.status == 0, "\(result)")
            files.append(file)
        }
        let result = try Self.check(files)
        #expect(result.status == 0, "\(result)")
        let roles = try folder.read("roles.html")
        #expect(roles.contains("<h1>&lt;/style&gt;&lt;script&gt;alert(1)&lt;/script&gt;\\e[31m</h1>"))
        #expect(roles.contains("@top-left { content: \"\\00003c/style\\00003e\\00003cscript\\00003ealert(1)\\00003c/script\\00003e\\00005ce[31m\";"))
        #expect(roles.contains("<dt>Owner</dt><dd>&quot;quoted&quot; &amp; &lt;b&gt;bold&lt;/b&gt;</dd>"))
        #expect(roles.contains("<th scope=\"col\" class=\"c\">&#39; onmouseover=&#39;x</th>"))
    }

    @Test func theCheckerCatchesWhatItMust() throws {
        let folder = try ScratchFolder()
        try folder.write("bad.html", """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>bad</title>
            <style>body { background: url(http://example.com/x.png) }</style>
            </head>
            <body>
            <div><span>text</div>
            <a href="https://example.com/">out</a>
            <img src="logo.png">
            </body>
            </html>
            """ + "\n")
        let result = try Self.check(["--no-html5lib", folder.file("bad.html")])
        let f = folder.file("bad.html")
        #expect(result == CommandResult(status: 1, stdout: """
            \(f):6:8: external reference (url(), @import) in the style sheet
            \(f):9:16: </div> does not close the open <span>
            \(f):10:1: reference href='https://example.com/' on <a>: the page must stand alone
            \(f):11:1: <img> is not allowed in a self-contained page
            \(f):11:1: reference src='logo.png' on <img>: the page must stand alone
            \(f):12:1: </body> does not close the open <span>
            \(f):13:1: </html> does not close the open <span>
            \(f):14:1: unclosed elements at the end: <html> <body> <div> <span>

            """, stderr: ""))
    }
}
