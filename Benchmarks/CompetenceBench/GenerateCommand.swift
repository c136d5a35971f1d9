import ArgumentParser
import CompetenceKit

/// `competence-bench generate SIZE --seed N --output PATH`.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a synthetic organisation (small, large or huge), the same bytes for the same seed."
    )

    @Argument(help: "small (200 people), large (10,000) or huge (50,000); medium (2,000) for profiling.")
    var size: String

    @Option(help: "Seed of the generator.")
    var seed: UInt64 = 1

    @Option(help: "Where to write the matrix.")
    var output: String

    func run() throws {
        guard let shape = OrganisationShape.named(size) else {
            throw ValidationError("unknown size '\(size)'; expected small, large or huge")
        }
        var generator = OrganisationGenerator(shape: shape, seed: seed)
        let matrix = generator.generate()
        if let problem = MatrixValidator.problemText(in: matrix) {
            throw ValidationError("generated an invalid matrix: \(problem)")
        }
        let bytes = MatrixFile.encode(matrix)
        // Valid by construction, and checked: the loader must read back the same document.
        let again = try MatrixFile.decode(bytes, file: output)
        guard again == matrix else { throw ValidationError("the written matrix does not read back the same") }
        try MatrixFile.save(matrix, to: output)
        let people = matrix.people.count
        let assessments = matrix.people.reduce(0) { $0 + $1.assessments.count }
        print("\(output): \(shape.name), seed \(seed), \(people) people, \(matrix.skills.count) skills, "
              + "\(matrix.roles.count) roles, \(assessments) assessments, \(bytes.count) bytes")
    }
}
