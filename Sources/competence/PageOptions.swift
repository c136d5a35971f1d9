import ArgumentParser
import CompetenceKit

/// `--paper a4|letter` and `--portrait`: how HTML printouts lie on paper.
struct PageOptions: ParsableArguments {
    @Option(help: "Paper size of HTML output: a4 or letter.")
    var paper: Paper = .a4

    @Flag(help: "Portrait pages for HTML output (default: landscape).")
    var portrait = false

    var setup: PageSetup { PageSetup(paper: paper, landscape: !portrait) }
}

extension Paper: ExpressibleByArgument {}
