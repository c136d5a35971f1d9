import ArgumentParser
import CompetenceKit
import CompetenceTUI

/// `competence-bench measure FILE`: times each phase of opening a matrix in
/// this process, and key presses in the editor, and prints the samples as
/// one JSON object (seconds), which Benchmarks/bench.py reads. Each run
/// starts from the file on disk.
struct MeasureCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "measure",
        abstract: "Time opening a file up to the first People frame, and level edits, in-process; print JSON samples in seconds."
    )

    @Argument(help: "A matrix file.")
    var file: String

    @Option(help: "How many times to open the file.")
    var runs: Int = 5

    @Option(help: "Level edits to time, each with the frame drawn after it.")
    var presses: Int = 1000

    @Option(help: "Reference date of the analysis (YYYY-MM-DD).")
    var asOf: String = OrganisationGenerator.asOf.description

    /// The screen the issue asks for.
    static let width = 200, height = 50

    func run() throws {
        guard let day = Day(asOf) else { throw ValidationError("--as-of: expected YYYY-MM-DD") }
        var samples = [String: [Double]]()
        var session: EditorSession?
        for _ in 0..<runs {
            // Open to first frame: read, parse and validate, the editor's state (which
            // analyses), the People view, and its first frame drawn into a Buffer.
            let start = Stopwatch.now()
            let (bytes, read) = try Stopwatch.time { try FileBytes.read(path: file) }
            let (matrix, decode) = try Stopwatch.time { try MatrixFile.decode(bytes, file: file) }
            var (state, editor) = Stopwatch.time {
                EditorState(document: matrix, path: file, asOf: day, today: day, assessor: "Bench",
                            width: MeasureCommand.width, height: MeasureCommand.height, useColor: true)
            }
            let (frame, render) = Stopwatch.time { () -> Frame in
                _ = state.handle(.tab)
                return EditorView.render(state)
            }
            let open = Stopwatch.now() - start
            precondition(state.view == .people, "Tab should lead from Roles to People")
            // The parts on their own, for the profile of the figure.
            let (analysis, analyse) = Stopwatch.time { MatrixAnalysis(matrix, asOf: day) }
            let (encoded, encode) = Stopwatch.time { MatrixFile.encode(matrix) }
            for (key, value) in [("read", read), ("decode", decode), ("editor", editor), ("render", render),
                                 ("open", open), ("analyse", analyse), ("encode", encode)] {
                samples[key, default: []].append(value)
            }
            withExtendedLifetime((frame, analysis, encoded)) {}
            session = EditorSession(state: state)
        }
        if var session, presses > 0 {
            samples["keys"] = timeLevelEdits(&session, seed: 1)
        }
        print(JSONSamples.render(samples))
    }

    /// Moves the cursor to a cell drawn at random (untimed), then times one
    /// level edit there and the frame drawn after it.
    func timeLevelEdits(_ session: inout EditorSession, seed: UInt64) -> [Double] {
        var rng = SplitMix64(seed: seed)
        let people = session.state.document.people.count
        let columns = session.state.analysis.index.skillOrder
        guard people > 0, !columns.isEmpty else { return [] }
        var times = [Double]()
        times.reserveCapacity(presses)
        for _ in 0..<presses {
            let row = rng.int(in: 0...people - 1), column = rng.int(in: 0...columns.count - 1)
            session.state.cursor = GridCursor(row: row, column: column, top: max(0, row - 20), left: column)
            // A level other than the current one, so that every press is an edit.
            let person = session.state.document.people[row]
            let skill = session.state.document.skills[columns[column]].id
            let current = Analysis.currentAssessments(of: person, asOf: session.state.asOf)[skill]?.level ?? 0
            let level = (current + rng.int(in: 1...4)) % 6
            let key = Key.char(Character(String(level == 0 ? 1 : level)))
            let start = Stopwatch.now()
            _ = session.send(key)
            let frame = EditorView.render(session.state)
            times.append(Stopwatch.now() - start)
            withExtendedLifetime(frame) {}
        }
        return times
    }
}
