import ArgumentParser
import CompetenceKit

struct GapsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "gaps", abstract: "Not yet built.")
    func run() throws {
        CommandFailure.printError("'gaps' is not built yet")
        throw ExitCode(1)
    }
}
