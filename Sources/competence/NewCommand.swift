import ArgumentParser
import CompetenceKit

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "new", abstract: "Not yet built.")
    func run() throws {
        CommandFailure.printError("'new' is not built yet")
        throw ExitCode(1)
    }
}
