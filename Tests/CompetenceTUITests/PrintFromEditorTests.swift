import Testing
import Foundation
import CompetenceKit
@testable import CompetenceTUI

/// Printing from the editor: `:print FILE.html` writes the page `print
/// --format html` writes; `:print` alone hands the view to `lp` without
/// waiting for it (a stand-in `lp` script shows what it was given and waits
/// for the test), reports how lp ended when a key comes after it ended, and
/// writes a file where there is no lp.
@Suite struct PrintFromEditorTests {
    final class Folder {
        let path = NSTemporaryDirectory() + "competence-lp-\(UUID().uuidString)"
        init() throws { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) }
        deinit { try? FileManager.default.removeItem(atPath: path) }

        /// An executable `lp` in the folder running `body` (sh).
        ///
        /// The script is written under another name and copied into place by
        /// `cp`: a file this process opened for writing can be inherited by a
        /// child that another test forks at that moment, and executing it then
        /// fails with "Text file busy". Only the short-lived `cp` ever holds
        /// `lp` open for writing.
        func lp(_ body: String) throws -> LinePrinter {
            let source = path + "/lp.source"
            let script = path + "/lp"
            try Data("#!/bin/sh\n\(body)\n".utf8).write(to: URL(fileURLWithPath: source))
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: source)
            let copy = Process()
            copy.executableURL = URL(fileURLWithPath: "/bin/cp")
            copy.arguments = ["-p", source, script]
            try copy.run()
            copy.waitUntilExit()
            return LinePrinter(path: script)
        }

        func read(_ name: String) throws -> String { try String(contentsOfFile: path + "/" + name, encoding: .utf8) }
        func exists(_ name: String) -> Bool { FileManager.default.fileExists(atPath: path + "/" + name) }
    }

    static func type(_ session: inout EditorSession, _ command: String) -> Bool {
        ([.char(":")] + Key.typing(command) + [.enter]).map { session.send($0) }.allSatisfy { $0 }
    }

    /// Polls for up to ten seconds until `done` holds.
    static func eventually(_ done: () -> Bool) -> Bool {
        for _ in 0..<200 where !done() { usleep(50_000) }
        return done()
    }

    @Test func printToAnHTMLFileWritesThePage() throws {
        let folder = try Folder()
        var session = EditorSession(state: Fixtures.state(), printer: nil)
        #expect(Self.type(&session, "print \(folder.path)/roles.html"))
        #expect(session.state.message == .info("Printed the Roles view to \(folder.path)/roles.html"))
        let document = PrintJob(view: .roles).document(session.state.document, analysis: session.state.analysis,
                                                       file: "small.json", printedOn: Fixtures.day)
        #expect(try folder.read("roles.html") == HTMLRenderer().render(document))
    }

    @Test func printAloneHandsTheViewToLpAndDoesNotWait() throws {
        let folder = try Folder()
        // lp waits until the test creates `go`: the editor must not wait for it.
        let lp = try folder.lp("""
            printf '%s\\n' "$@" > '\(folder.path)/arguments'
            cat > '\(folder.path)/printed'
            while [ ! -f '\(folder.path)/go' ]; do sleep 0.05; done
            echo 'request id is office-42 (1 file(s))'
            """)
        var session = EditorSession(state: Fixtures.state(width: 120), printer: lp)
        let running = session.send(.tab)
        #expect(running)
        #expect(Self.type(&session, "print"))
        #expect(session.state.message == .info("Sent the People view to lp; it prints in the background"))
        // The stand-in writes the file in pieces: wait for the whole of it, not its first byte.
        #expect(Self.eventually { (try? folder.read("arguments")) == "-t\nsmall.json: People\n" })
        let expected = PrintFileFormat.text.render(session.state, printedOn: Fixtures.day, width: 80)
        #expect(Self.eventually { (try? folder.read("printed")) == expected })
        #expect(session.printJobs.count == 1, "lp is still waiting, and the editor goes on")
        let stillRunning = session.send(.down)
        #expect(stillRunning)
        #expect(session.printJobs.count == 1)
        try Data().write(to: URL(fileURLWithPath: folder.path + "/go"))
        // What every key does first: look whether lp has ended, and say how.
        let ended = Self.eventually { session.reportPrintJobs(); return session.printJobs.isEmpty }
        #expect(ended)
        #expect(session.state.message == .info("lp took the print job: request id is office-42 (1 file(s))"))
    }

    @Test func aFailingLpIsReported() throws {
        let folder = try Folder()
        let lp = try folder.lp("cat > /dev/null; echo 'lp: Error - No default destination.' >&2; exit 1")
        var session = EditorSession(state: Fixtures.state(), printer: lp)
        #expect(Self.type(&session, "print"))
        let ended = Self.eventually { session.reportPrintJobs(); return session.printJobs.isEmpty }
        #expect(ended)
        #expect(session.state.message == .error("lp failed (exit 1): lp: Error - No default destination."))
    }

    @Test func withoutLpTheViewIsWrittenBesideTheMatrix() throws {
        let folder = try Folder()
        var session = EditorSession(state: Fixtures.state(path: folder.path + "/team.json"), printer: nil)
        #expect(Self.type(&session, "print"))
        #expect(session.state.message == .info("No lp command to print with: wrote the Roles view to \(folder.path)/team-roles.txt"))
        #expect(try folder.read("team-roles.txt") == PrintFileFormat.text.render(session.state, printedOn: Fixtures.day, width: 80))
        #expect(Self.type(&session, "print"))
        #expect(session.state.message == .info("No lp command to print with: wrote the Roles view to \(folder.path)/team-roles-2.txt"))
        let missing = LinePrinter(path: folder.path + "/no-such-lp")
        session.printer = missing
        #expect(Self.type(&session, "print"))
        #expect(session.state.message == .info("Could not start lp (No such file or directory): wrote the Roles view to \(folder.path)/team-roles-3.txt"))
    }
}
