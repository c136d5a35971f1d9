import ArgumentParser
import CompetenceKit

extension MatrixTemplate: ExpressibleByArgument {}
extension MatrixTemplate.Language: ExpressibleByArgument {}

/// `competence new FILE`: starts a matrix from a template; never overwrites.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Create a new matrix file from a template.",
        discussion: """
            starter: the seed's roles (all staff, sales, engineer, security manager, \
            internal auditor, contractor) and skills with required levels, and no people. \
            empty: only the level names. --lang ja writes Japanese names and level names. \
            An existing FILE is never overwritten (exit 73).
            """
    )

    @Argument(help: ArgumentHelp("The file to create.", valueName: "FILE"))
    var file: String

    @Option(help: ArgumentHelp("The template to start from.", valueName: "starter|empty"))
    var template: MatrixTemplate = .starter

    @Option(help: ArgumentHelp("The language of names and level names.", valueName: "en|ja"))
    var lang: MatrixTemplate.Language = .en

    func run() throws {
        let matrix = template.matrix(language: lang)
        do throws(MatrixFileError) {
            try MatrixFile.create(matrix, at: file)
        } catch {
            throw CommandFailure.report(error)
        }
        print("created \(file): \(matrix.skills.count) skills, \(matrix.roles.count) roles, no people")
    }
}
