/// The header of every printed matrix, which makes it documented information
/// for an audit: what the document is, whose it is, who approved it, which
/// file it came from, the reference date and the day it was printed.
public struct PrintHeader: Equatable, Sendable {
    public struct Field: Equatable, Sendable {
        public var label: String
        public var value: String

        public init(_ label: String, _ value: String) {
            self.label = label
            self.value = value
        }
    }

    /// The document's title, or "Competence matrix" when it has none (escaped).
    public var title: String
    /// The view printed, such as "Roles: required levels".
    public var subtitle: String
    /// Owner and approval when the file has them, then file, reference date
    /// and print date, in that order (values escaped).
    public var fields: [Field]

    public init(title: String, subtitle: String, fields: [Field]) {
        self.title = title
        self.subtitle = subtitle
        self.fields = fields
    }

    /// The header for a view of `m` read from `file`, analysed on `asOf` and
    /// printed on `printedOn`.
    public init(_ m: Matrix, view: PrintView, file: String, asOf: Day, printedOn: Day) {
        var fields: [Field] = []
        if let owner = m.owner, !owner.isEmpty { fields.append(Field("Owner", TextEscaping.escaped(owner))) }
        if let approval = m.approval {
            let by = TextEscaping.escaped(approval.by)
            let parts = [by, approval.date?.description ?? ""].filter { !$0.isEmpty }
            if !parts.isEmpty { fields.append(Field("Approved", parts.joined(separator: ", "))) }
        }
        fields.append(Field("File", TextEscaping.escaped(file)))
        fields.append(Field("As of", asOf.description))
        fields.append(Field("Printed", printedOn.description))
        let title = m.title.map(TextEscaping.escaped).flatMap { $0.isEmpty ? nil : $0 } ?? "Competence matrix"
        self.init(title: title, subtitle: view.title, fields: fields)
    }
}
