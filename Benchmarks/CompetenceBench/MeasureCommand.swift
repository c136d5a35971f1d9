import ArgumentParser
import CompetenceKit

/// `competence-bench measure FILE`: times each phase of opening a matrix in
/// this process and prints the samples as one JSON object, which
/// Benchmarks/bench.py reads. Each run starts from the file on disk.
struct MeasureCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "measure",
        abstract: "Time load, validation and analysis in-process; print JSON samples in seconds."
    )

    @Argument(help: "A matrix file.")
    var file: String

    @Option(help: "How many times to open the file.")
    var runs: Int = 5

    @Option(help: "Reference date of the analysis (YYYY-MM-DD).")
    var asOf: String = OrganisationGenerator.asOf.description

    func run() throws {
        guard let day = Day(asOf) else { throw ValidationError("--as-of: expected YYYY-MM-DD") }
        var samples = [String: [Double]]()
        for _ in 0..<runs {
            let start = Stopwatch.now()
            let (bytes, read) = try Stopwatch.time { try FileBytes.read(path: file) }
            let (matrix, decode) = try Stopwatch.time { try MatrixFile.decode(bytes, file: file) }
            let (analysis, analyse) = Stopwatch.time { MatrixAnalysis(matrix, asOf: day) }
            let open = Stopwatch.now() - start
            let (encoded, encode) = Stopwatch.time { MatrixFile.encode(matrix) }
            samples["read", default: []].append(read)
            samples["decode", default: []].append(decode)
            samples["analyse", default: []].append(analyse)
            samples["open", default: []].append(open)
            samples["encode", default: []].append(encode)
            withExtendedLifetime((analysis, encoded)) {}
        }
        print(JSONSamples.render(samples))
    }
}
