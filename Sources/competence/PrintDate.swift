import ArgumentParser
import CompetenceKit

#if canImport(Glibc)
import Glibc
#endif

/// The "printed" date of a header: today, or the UTC day of
/// `SOURCE_DATE_EPOCH` when set, so that a report can be rebuilt
/// byte for byte (https://reproducible-builds.org/specs/source-date-epoch/).
enum PrintDate {
    static let variable = "SOURCE_DATE_EPOCH"

    /// The day to print, or a usage error when the variable is not a number of seconds.
    static func resolve() throws -> Day {
        guard let value = getenv(variable) else { return Day.today() }
        let text = String(cString: value)
        guard let seconds = Int(text), let day = Day(secondsSince1970: seconds) else {
            CommandFailure.printError("\(variable): expected seconds since 1970-01-01 00:00 UTC, found '\(text)'")
            throw ExitCode(ExitStatus.usage)
        }
        return day
    }
}
