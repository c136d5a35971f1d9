import CompetenceKit

/// `:print PATH`: the format `competence print` would use, from the extension.
public enum PrintFileFormat: String, Sendable, Equatable {
    case text, markdown, csv, html

    /// The format for a path, or nil for an extension that has none.
    public init?(path: String) {
        let lower = path.lowercased()
        if lower.hasSuffix(".txt") || lower.hasSuffix(".text") { self = .text }
        else if lower.hasSuffix(".md") || lower.hasSuffix(".markdown") { self = .markdown }
        else if lower.hasSuffix(".csv") { self = .csv }
        else if lower.hasSuffix(".html") || lower.hasSuffix(".htm") { self = .html }
        else { return nil }
    }

    /// The current view of `state` as `competence print --view … --format …`
    /// renders it, with text as wide as the editor's window unless `width`
    /// says otherwise, and HTML on A4 landscape.
    public func render(_ state: EditorState, printedOn: Day, width: Int? = nil) -> String {
        let job = PrintJob(view: state.view.printView)
        switch self {
        case .csv: return CSVRenderer.render(job.records(state.document, analysis: state.analysis))
        case .text, .markdown, .html:
            let document = job.document(state.document, analysis: state.analysis, file: state.path, printedOn: printedOn)
            if self == .markdown { return MarkdownRenderer().render(document) }
            if self == .html { return HTMLRenderer().render(document) }
            return TextRenderer(width: max(TextRenderer.minimumWidth, width ?? state.width)).render(document)
        }
    }
}

extension ViewKind {
    /// The printed view that matches this editor view.
    var printView: PrintView {
        switch self {
        case .roles: return .roles
        case .people: return .people
        case .gaps: return .gaps
        case .awareness: return .awareness
        }
    }
}
