import ArgumentParser
import CompetenceKit

struct FmtCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "fmt", abstract: "Not yet built.")
    func run() throws {
        CommandFailure.printError("'fmt' is not built yet")
        throw ExitCode(1)
    }
}
