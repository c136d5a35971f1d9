import ArgumentParser
import CompetenceKit

struct EditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "edit", abstract: "Not yet built.")
    func run() throws {
        CommandFailure.printError("'edit' is not built yet")
        throw ExitCode(1)
    }
}
