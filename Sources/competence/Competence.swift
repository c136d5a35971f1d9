import ArgumentParser

/// The `competence` command: edit, check and print ISMS competence matrices.
@main
struct Competence: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "competence",
        abstract: "Edit, check and print ISMS competence matrices (ISO/IEC 27001 clauses 7.2 and 7.3).",
        version: "0.1.0",
        subcommands: [
            EditCommand.self, NewCommand.self, ValidateCommand.self, PrintCommand.self,
            GapsCommand.self, FmtCommand.self,
        ]
    )
}
