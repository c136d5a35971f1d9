/// The competence record for one audit (ISO/IEC 27001 clause 7.2 d): for a
/// reference date, one HTML page per role (required levels, every holder's
/// current level, gaps), one per person (roles, each required skill with
/// current level and gap, the evidence history, awareness and category),
/// and an index with the role matrix, the awareness chart and links to
/// every page. Links are relative, so the folder can be moved or archived.
public struct AuditPack: Sendable {
    /// One file of the pack.
    public struct Page: Equatable, Sendable {
        /// Relative to the pack's folder: `index.html`, `roles/NAME.html`, `people/NAME.html`.
        public let path: String
        public let html: String
    }

    public static let roleFolder = "roles"
    public static let peopleFolder = "people"
    public static let indexName = "index.html"

    /// Role pages, then person pages, then the index (written last, so an
    /// interrupted write never leaves an index pointing at missing pages).
    public let pages: [Page]

    /// The pack for `m` as analysed on `analysis.asOf`, read from `file`,
    /// printed on `printedOn`.
    public init(_ m: Matrix, analysis: MatrixAnalysis, file: String, printedOn: Day, page: PageSetup = PageSetup()) {
        let context = AuditContext(matrix: m, analysis: analysis, file: file, printedOn: printedOn)
        let renderer = HTMLRenderer(page: page)
        let back = [(label: "Index: all roles and people", href: "../\(AuditPack.indexName)")]
        var pages: [Page] = []
        for r in m.roles.indices {
            let doc = AuditRolePage(context, role: r).document
            pages.append(Page(path: context.rolePath(r), html: renderer.render(doc, navigation: back)))
        }
        for p in m.people.indices {
            let doc = AuditPersonPage(context, person: p).document
            pages.append(Page(path: context.personPath(p), html: renderer.render(doc, navigation: back)))
        }
        pages.append(Page(path: AuditPack.indexName, html: renderer.render(AuditIndexPage(context).document)))
        self.pages = pages
    }
}

/// What every page of a pack shares: the document, its analysis, where its
/// pages are, and how their headers read.
struct AuditContext {
    let matrix: Matrix
    let analysis: MatrixAnalysis
    let file: String
    let printedOn: Day
    let roleFiles: [String]
    let personFiles: [String]

    init(matrix: Matrix, analysis: MatrixAnalysis, file: String, printedOn: Day) {
        self.matrix = matrix
        self.analysis = analysis
        self.file = file
        self.printedOn = printedOn
        roleFiles = AuditPackNames.fileNames(for: matrix.roles.map(\.id))
        personFiles = AuditPackNames.fileNames(for: matrix.people.map(\.id))
    }

    func rolePath(_ r: Int) -> String { "\(AuditPack.roleFolder)/\(roleFiles[r])" }
    func personPath(_ p: Int) -> String { "\(AuditPack.peopleFolder)/\(personFiles[p])" }

    /// The document header with `subtitle` in place of a view's name.
    func header(_ subtitle: String) -> PrintHeader {
        var h = PrintHeader(matrix, view: .roles, file: file, asOf: analysis.asOf, printedOn: printedOn)
        h.subtitle = subtitle
        return h
    }

    var levelNames: [String] { Level.range.map { TextEscaping.escaped(matrix.levelName($0)) } }

    func name(role r: Int) -> String { TextEscaping.escaped(matrix.roles[r].name) }
    func name(person p: Int) -> String { TextEscaping.escaped(matrix.people[p].name) }
    func name(skill s: Int) -> String { TextEscaping.escaped(matrix.skills[s].name) }

    /// A person's awareness state and when it was judged, or "not assessed".
    func awareness(_ p: Int) -> String {
        guard let a = matrix.people[p].awareness, let state = a.state else { return "not assessed" }
        return a.date.map { "\(state.rawValue) (\($0))" } ?? state.rawValue
    }

    /// "B: Not yet competent, but acts with the right intent".
    func category(_ p: Int) -> String {
        let c = analysis.people[p].category
        return "\(c.letter): \(c.meaning)"
    }

    /// How many required skills count against the person (short or due, not exempt).
    func gapCount(_ p: Int) -> Int { analysis.people[p].gaps.count }
}
