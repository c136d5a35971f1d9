import CompetenceKit

extension EditorState {
    /// `:as-of DATE` (or `today`): every view worked out again for that
    /// reference date, so that a review can be reproduced for an audit.
    /// The status line shows the date while it is not today.
    mutating func setAsOf(_ argument: String) {
        let day: Day?
        if argument == "today" { day = today } else { day = Day(argument) }
        guard !argument.isEmpty, let day else {
            return message = argument.isEmpty ? .error("Usage: :as-of YYYY-MM-DD (or today)")
                : .error(":as-of expects a date YYYY-MM-DD that exists (or today), found '\(TextEscaping.escaped(argument))'")
        }
        asOf = day
        rebuild()
        message = .info("Reference date \(day)\(day == today ? " (today)" : ""): every view worked out for it")
    }
}
