import ArgumentParser

/// `competence-bench`: synthetic organisations and in-process timings for
/// `make bench` (see docs/performance.md).
@main
struct CompetenceBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "competence-bench",
        abstract: "Generate synthetic organisations and time competence in-process.",
        subcommands: [GenerateCommand.self, MeasureCommand.self, ReviewViewsCommand.self]
    )
}
