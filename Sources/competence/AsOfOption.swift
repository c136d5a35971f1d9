import ArgumentParser
import CompetenceKit

/// `--as-of YYYY-MM-DD`: the reference date of every analysis, so a report can
/// be reproduced exactly; today when absent.
struct AsOfOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Reference date for gaps and refresh (default: today).", valueName: "YYYY-MM-DD"))
    var asOf: String?

    func validate() throws {
        if let asOf, Day(asOf) == nil {
            throw ValidationError("--as-of expects a date YYYY-MM-DD that exists, found '\(asOf)'")
        }
    }

    var day: Day { asOf.flatMap { Day($0) } ?? Day.today() }
}
