import ArgumentParser
import CompetenceKit

/// `--role ID`… and `--person ID`…: which roles and people to print.
struct SelectionOptions: ParsableArguments {
    @Option(name: .customLong("role"), help: ArgumentHelp("Only this role and its holders (repeatable).", valueName: "ID"))
    var roles: [String] = []

    @Option(name: .customLong("person"), help: ArgumentHelp("Only this person (repeatable).", valueName: "ID"))
    var people: [String] = []

    var selection: PrintSelection { PrintSelection(roles: roles, people: people) }
}
