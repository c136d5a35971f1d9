import ArgumentParser
import CompetenceKit
import CompetenceTUI

/// `competence-bench review FILE`: times the editor's Gaps and Awareness
/// views in-process, from the keys a person presses to the finished frame
/// (handling the key and rendering the whole screen into a `Buffer`), and
/// prints a Markdown table of medians, 99th percentiles and maxima.
struct ReviewViewsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Time opening and using the Gaps and Awareness views in-process; print a Markdown table."
    )

    @Argument(help: "A matrix file.")
    var file: String

    @Option(help: "How many times to open the file.")
    var runs: Int = 3

    @Option(help: "Key presses per figure in each run.")
    var presses: Int = 200

    @Option(help: "Reference date of the analysis (YYYY-MM-DD).")
    var asOf: String = OrganisationGenerator.asOf.description

    @Option(help: "Screen size, COLUMNSxLINES.")
    var size: String = "200x50"

    @Flag(help: "First give everyone a role 'everyone' (requiring the first six skills at 2), as an all-staff role would: the largest role a review can meet.")
    var everyoneRole = false

    func run() throws {
        guard let day = Day(asOf) else { throw ValidationError("--as-of: expected YYYY-MM-DD") }
        let parts = size.split(separator: "x").compactMap { Int($0) }
        guard parts.count == 2 else { throw ValidationError("--size: expected COLUMNSxLINES") }
        var samples = [String: [Double]]()
        func time(_ name: String, _ state: inout EditorState, _ keys: [Key]) {
            let start = Stopwatch.now()
            for k in keys { _ = state.handle(k) }
            withExtendedLifetime(EditorView.render(state)) {}
            samples[name, default: []].append(Stopwatch.now() - start)
        }
        for _ in 0..<runs {
            var (s, open) = try Stopwatch.time {
                var matrix = try MatrixFile.decode(try FileBytes.read(path: file), file: file)
                if everyoneRole { Self.addEveryoneRole(to: &matrix) }
                let state = EditorState(document: matrix, path: file, asOf: day, today: day, assessor: "bench",
                                        width: parts[0], height: parts[1], useColor: true)
                withExtendedLifetime(EditorView.render(state)) {}
                return state
            }
            samples["1 read, parse, analyse, first frame (Roles)", default: []].append(open)
            time("2 Roles: requirement edit (refreshes the role's holders)", &s, [.char("3")])
            time("2 Roles: requirement edit (refreshes the role's holders)", &s, [.char("u")])
            _ = s.handle(.tab)
            time("3 People -> Gaps (Tab, first frame)", &s, [.tab])
            for _ in 0..<presses { time("4 Gaps: next person (l)", &s, [.char("l")]) }
            time("5 Gaps: new assessment through the form (Enter 3 Enter)", &s, [.enter, .char("3"), .enter])
            time("6 Gaps: the role of the person (r)", &s, [.char("r")])
            for _ in 0..<min(presses, 300) { time("7 Gaps: next role, all its holders (l)", &s, [.char("l")]) }
            time("8 Gaps -> Awareness (Tab, first frame)", &s, [.tab])
            let moves: [Key] = [.right, .right, .down, .left, .left, .down, .up, .up]
            for i in 0..<presses { time("9 Awareness: next category (arrows)", &s, [moves[i % moves.count]]) }
            _ = s.handle(.enter)
            for _ in 0..<presses { time("10 Awareness: down the list (j)", &s, [.char("j")]) }
        }
        print("| figure (\(parts[0])×\(parts[1]), \(runs) runs\(everyoneRole ? ", everyone in one role" : "")) | median | p99 | max | n |")
        print("| --- | ---: | ---: | ---: | ---: |")
        for key in samples.keys.sorted(by: { Int($0.prefix { $0 != " " })! < Int($1.prefix { $0 != " " })! }) {
            let v = samples[key]!.sorted()
            func ms(_ x: Double) -> String {
                let hundredths = Int((x * 100_000).rounded())
                return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100) ms"
            }
            let p99 = v[min(v.count - 1, Int((Double(v.count) * 0.99).rounded(.up)) - 1)]
            print("| \(key.drop { $0 != " " }.dropFirst()) | \(ms(v[v.count / 2])) | \(ms(p99)) | \(ms(v.last!)) | \(v.count) |")
        }
    }

    /// A role held by every person, first in their list (so `r` in the Gaps view shows it).
    static func addEveryoneRole(to m: inout Matrix) {
        var requires = [String: Int]()
        for skill in m.skills.prefix(6) { requires[skill.id] = 2 }
        m.roles.insert(Role(id: "everyone", name: "Everyone", requires: requires), at: 0)
        for p in m.people.indices { m.people[p].roles.insert("everyone", at: 0) }
    }
}
