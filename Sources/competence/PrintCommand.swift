import ArgumentParser
import CompetenceKit

struct PrintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "print", abstract: "Not yet built.")
    func run() throws {
        CommandFailure.printError("'print' is not built yet")
        throw ExitCode(1)
    }
}
