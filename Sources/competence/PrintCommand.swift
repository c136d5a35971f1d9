import ArgumentParser
import CompetenceKit

/// `competence print`: a view of the matrix as text, Markdown, CSV or HTML,
/// or with `--audit-pack` a folder of HTML pages for an audit.
struct PrintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "print",
        abstract: "Print a view of a matrix as text, Markdown, CSV or HTML, or an audit pack.",
        discussion: """
            Views: roles (skills by roles, required levels; the default), people (people by \
            skills, current levels marked ! short, * due for refresh, (…) exempt), gaps (each \
            required skill short or due, per person) and awareness (the A-F chart). Text fits \
            the terminal or --width and splits a wide matrix into blocks that repeat the row \
            names. HTML is one self-contained page for paper (A4 landscape unless --paper or \
            --portrait say otherwise). The header's "Printed" date is today, or the UTC day of \
            SOURCE_DATE_EPOCH.

            --audit-pack --output DIR writes one HTML page per role and per person and an \
            index.html into DIR (created when missing): the competence record for one audit.
            """
    )

    @Argument(help: ArgumentHelp("The matrix file.", valueName: "FILE"))
    var file: String

    @Option(help: "roles (the default), people, gaps or awareness.")
    var view: PrintView?

    @OptionGroup var selection: SelectionOptions

    @Option(help: "text (the default), markdown, csv or html.")
    var format: PrintFormat?

    @Option(help: ArgumentHelp("Write here (atomically) instead of standard output; the folder of --audit-pack.", valueName: "PATH"))
    var output: String?

    @Flag(help: "Write an audit pack into the --output folder: a page per role and per person, and an index.")
    var auditPack = false

    @Option(help: ArgumentHelp("Page width of text output (default: the terminal's, else 80).", valueName: "COLUMNS"))
    var width: Int?

    @OptionGroup var asOf: AsOfOption

    @Flag(help: "Draw text tables with plain ASCII instead of box-drawing characters.")
    var ascii = false

    @OptionGroup var page: PageOptions

    func validate() throws {
        if let width, width < TextRenderer.minimumWidth {
            throw ValidationError("--width expects at least \(TextRenderer.minimumWidth) columns, found \(width)")
        }
        if auditPack {
            if output == nil { throw ValidationError("--audit-pack needs --output DIR, the folder to write the pages into") }
            let others = [(view != nil, "--view"), (format != nil, "--format"), (!selection.roles.isEmpty, "--role"),
                          (!selection.people.isEmpty, "--person"), (width != nil, "--width"), (ascii, "--ascii")]
            if let (_, name) = others.first(where: \.0) {
                throw ValidationError("--audit-pack prints every role and person as HTML; it does not take \(name)")
            }
        }
    }

    func run() throws {
        let printedOn = try PrintDate.resolve()
        let source = try PrintSource(file: file, asOf: asOf.day, selection: selection.selection)
        if auditPack, let output { return try writeAuditPack(source, printedOn: printedOn, to: output) }
        let job = PrintJob(view: view ?? .roles, selection: selection.selection)
        try PrintOutput.write(render(job, source, printedOn: printedOn), to: output)
    }

    func render(_ job: PrintJob, _ source: PrintSource, printedOn: Day) -> String {
        let format = self.format ?? .text
        switch format {
        case .csv:
            return CSVRenderer.render(job.records(source.matrix, analysis: source.analysis))
        case .text, .markdown, .html:
            let document = job.document(source.matrix, analysis: source.analysis, file: file, printedOn: printedOn)
            if format == .markdown { return MarkdownRenderer().render(document) }
            if format == .html { return HTMLRenderer(page: page.setup).render(document) }
            let pageWidth = width ?? (output == nil ? TerminalWidth.ofStandardOutput() : TerminalWidth.fallback)
            return TextRenderer(width: pageWidth, ascii: ascii).render(document)
        }
    }

    /// Writes the pack and says in one line what it wrote (exit 73 when it cannot).
    func writeAuditPack(_ source: PrintSource, printedOn: Day, to folder: String) throws {
        let pack = AuditPack(source.matrix, analysis: source.analysis, file: file, printedOn: printedOn, page: page.setup)
        do {
            try pack.write(to: folder)
        } catch {
            throw CommandFailure.report(error)
        }
        let m = source.matrix
        let roles = m.roles.count == 1 ? "1 role page" : "\(m.roles.count) role pages"
        let people = m.people.count == 1 ? "1 person page" : "\(m.people.count) person pages"
        PrintOutput.writeStandardOutput(Array("Wrote \(folder)/\(AuditPack.indexName), \(roles) and \(people)\n".utf8))
    }
}
