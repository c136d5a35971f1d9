import ArgumentParser
import CompetenceKit

/// `competence print`: a view of the matrix as text, Markdown or CSV.
struct PrintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "print",
        abstract: "Print a view of a matrix as text, Markdown or CSV.",
        discussion: """
            Views: roles (skills by roles, required levels; the default), people (people by \
            skills, current levels marked ! short, * due for refresh, (…) exempt), gaps (each \
            required skill short or due, per person) and awareness (the A-F chart). Text fits \
            the terminal or --width and splits a wide matrix into blocks that repeat the row \
            names. The header's "Printed" date is today, or the UTC day of SOURCE_DATE_EPOCH.
            """
    )

    @Argument(help: ArgumentHelp("The matrix file.", valueName: "FILE"))
    var file: String

    @Option(help: "roles, people, gaps or awareness.")
    var view: PrintView = .roles

    @OptionGroup var selection: SelectionOptions

    @Option(help: "text, markdown or csv (html is not built yet).")
    var format: PrintFormat = .text

    @Option(help: ArgumentHelp("Write here (atomically) instead of standard output.", valueName: "PATH"))
    var output: String?

    @Option(help: ArgumentHelp("Page width of text output (default: the terminal's, else 80).", valueName: "COLUMNS"))
    var width: Int?

    @OptionGroup var asOf: AsOfOption

    @Flag(help: "Draw text tables with plain ASCII instead of box-drawing characters.")
    var ascii = false

    func validate() throws {
        if let width, width < TextRenderer.minimumWidth {
            throw ValidationError("--width expects at least \(TextRenderer.minimumWidth) columns, found \(width)")
        }
    }

    func run() throws {
        if format == .html {
            CommandFailure.printError("--format html is not available yet; use text, markdown or csv")
            throw ExitCode(ExitStatus.usage)
        }
        let printedOn = try PrintDate.resolve()
        let source = try PrintSource(file: file, asOf: asOf.day, selection: selection.selection)
        let job = PrintJob(view: view, selection: selection.selection)
        try PrintOutput.write(render(job, source, printedOn: printedOn), to: output)
    }

    func render(_ job: PrintJob, _ source: PrintSource, printedOn: Day) -> String {
        switch format {
        case .csv:
            return CSVRenderer.render(job.records(source.matrix, analysis: source.analysis))
        case .text, .markdown, .html:
            let document = job.document(source.matrix, analysis: source.analysis, file: file, printedOn: printedOn)
            if format == .markdown { return MarkdownRenderer().render(document) }
            let pageWidth = width ?? (output == nil ? TerminalWidth.ofStandardOutput() : TerminalWidth.fallback)
            return TextRenderer(width: pageWidth, ascii: ascii).render(document)
        }
    }
}
