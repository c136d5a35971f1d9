import ArgumentParser
import CompetenceKit

/// `competence gaps`: every required skill that is short or due for refresh,
/// for people to read or scripts to check.
struct GapsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gaps",
        abstract: "List required skills that are short or due for refresh.",
        discussion: """
            One row per person and required skill that is short or due (exempt skills are not \
            gaps), worst first within each person. CSV and JSON columns: person_id, person, \
            roles, skill_id, skill, category, required, current, gap, state, evidence_date, \
            assessor. With --check the exit status is 1 when any gap exists.
            """
    )

    @Argument(help: ArgumentHelp("The matrix file.", valueName: "FILE"))
    var file: String

    @OptionGroup var selection: SelectionOptions

    @Option(help: "text, csv or json.")
    var format: GapsFormat = .text

    @OptionGroup var asOf: AsOfOption

    @Flag(help: "Exit with status 1 when any gap exists (the list is printed all the same).")
    var check = false

    func run() throws {
        let printedOn = try PrintDate.resolve()
        let source = try PrintSource(file: file, asOf: asOf.day, selection: selection.selection)
        let gaps = GapList(source.matrix, analysis: source.analysis, selection: selection.selection)
        let text: String
        switch format {
        case .csv: text = CSVRenderer.render(gaps.records)
        case .json: text = JSONRecordsRenderer.render(gaps.records)
        case .text:
            let header = PrintHeader(source.matrix, view: .gaps, file: file, asOf: asOf.day, printedOn: printedOn)
            text = TextRenderer(width: TerminalWidth.ofStandardOutput()).render(PrintDocument(header: header, model: gaps))
        }
        try PrintOutput.write(text, to: nil)
        if check && !gaps.entries.isEmpty { throw ExitCode(ExitStatus.gapsFound) }
    }
}
