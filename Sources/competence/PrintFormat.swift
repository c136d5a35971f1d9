import ArgumentParser
import CompetenceKit

/// `print --format`: how a view is printed.
enum PrintFormat: String, CaseIterable, ExpressibleByArgument {
    case text, markdown, csv, html
}

/// `gaps --format`: text for people, CSV and JSON for scripts.
enum GapsFormat: String, CaseIterable, ExpressibleByArgument {
    case text, csv, json
}

extension PrintView: ExpressibleByArgument {}
