import ArgumentParser
import CompetenceKit

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "validate", abstract: "Not yet built.")
    func run() throws {
        CommandFailure.printError("'validate' is not built yet")
        throw ExitCode(1)
    }
}
