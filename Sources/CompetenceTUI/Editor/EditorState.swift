import CompetenceKit

/// Everything the editor knows: the document and its analysis, what is on
/// screen, the mode, the undo history and the modified flag. A value: keys
/// change it through `handle(_:)`, views only read it.
///
/// Extension points, for the features that build on this one:
/// - a new view: a `ViewKind` case, a renderer in `Views/`, its keys in
///   `handleViewKey` (see `EditorState+Keys.swift`);
/// - a new command: a case in `runCommand` (`EditorState+Commands.swift`);
/// - a new undoable change: build the changed person, role, skill or
///   document and pass it to `commit(_:summary:)`; undo and redo follow;
/// - state another feature needs (recovery, filters): a stored property here,
///   set in `init`, and, when it derives from the document, in `rebuild()`.
public struct EditorState: Sendable {
    /// The matrix being edited.
    public internal(set) var document: Matrix
    /// Gaps, refresh and awareness of every person; refreshed per person after an edit.
    public internal(set) var analysis: MatrixAnalysis
    /// Current level per person and skill, for drawing.
    var levels: LevelTable

    /// The file the document is saved to (created on first save when missing).
    public var path: String
    public internal(set) var view: ViewKind = .roles
    var cursors: [ViewKind: GridCursor] = [:]
    public internal(set) var mode: Mode = .normal
    /// A line for the user, cleared by the next key.
    public internal(set) var message: Message?

    var history = History()
    /// The document's revision now, and when it was last saved; they differ when modified.
    var revision = 0
    var savedRevision = 0
    var lastRevision = 0

    /// Reference date of the analysis (`--as-of`, else today).
    public internal(set) var asOf: Day
    /// The date new assessments get.
    public var today: Day
    /// Who new assessments are by (`--assessor`, else `$USER`).
    public var assessor: String

    /// Screen size in cells.
    public internal(set) var width: Int
    public internal(set) var height: Int
    /// Draw in colour; false under `NO_COLOR` or on a terminal without colour (marks instead).
    public var useColor: Bool
    /// Another editor is editing the file: look, print, write a copy, but no edits.
    public var readOnly = false

    public internal(set) var filter: RowFilter = .all
    public internal(set) var sort: RowSort = .file
    /// `:filter role …` and `:filter category …`, kept alongside `filter`.
    public internal(set) var peopleFilter = PeopleFilter()
    /// What the Gaps and Awareness views show and remember.
    var review = ReviewState()
    /// Rows of the Roles view: skill indices, business first, after filter and sort.
    var skillRows: [Int] = []
    /// Rows of the People view: person indices after filter and sort.
    var peopleRows: [Int] = []
    /// Columns of the People view: skill indices in display order.
    var skillColumns: [Int] = []
    /// Widest person name, in columns (escaped), for the People view's name column.
    var peopleNameWidth = 0

    /// The last search, for n and N.
    var searchQuery: String?
    var commandHistory: [String] = []
    var searchHistory: [String] = []

    public init(document: Matrix, path: String, asOf: Day, today: Day, assessor: String,
                width: Int = 80, height: Int = 24, useColor: Bool = true) {
        self.document = document
        self.path = path
        self.asOf = asOf
        self.today = today
        self.assessor = assessor
        self.width = width
        self.height = height
        self.useColor = useColor
        analysis = MatrixAnalysis(document, asOf: asOf)
        levels = LevelTable(document, index: analysis.index, asOf: asOf)
        for v in ViewKind.allCases { cursors[v] = GridCursor() }
        // The analysis and levels above are fresh: only what the views derive from them.
        deriveViews()
    }

    /// True when the document differs from the file as last loaded or saved.
    public var isModified: Bool { revision != savedRevision }

    public var canUndo: Bool { !history.undo.isEmpty }
    public var canRedo: Bool { !history.redo.isEmpty }

    /// The cursor of the current view.
    public var cursor: GridCursor {
        get { cursors[view] ?? GridCursor() }
        set { cursors[view] = newValue }
    }

    /// Recomputes everything derived from the document: after a load, a
    /// structural edit (add, delete) or an undo of one. Proportional to the
    /// organisation, so level edits never come here.
    mutating func rebuild() {
        analysis = MatrixAnalysis(document, asOf: asOf)
        levels = LevelTable(document, index: analysis.index, asOf: asOf)
        deriveViews()
    }

    /// What the views derive from the analysis: the columns, the name column's width, the rows.
    private mutating func deriveViews() {
        skillColumns = analysis.index.skillOrder
        peopleNameWidth = document.people.reduce(0) { max($0, DisplayWidth.of(TextEscaping.escaped($1.name))) }
        recomputeRows()
    }

    /// Rows after `filter` and `sort`, with every cursor kept on a real cell.
    mutating func recomputeRows() {
        peopleRows = orderedPeople()
        skillRows = orderedSkills()
        for v in ViewKind.allCases { clampCursor(of: v) }
    }

    mutating func clampCursor(of v: ViewKind) {
        var c = cursors[v] ?? GridCursor()
        c.row = max(0, min(c.row, rowCount(v) - 1))
        c.column = max(0, min(c.column, columnCount(v) - 1))
        cursors[v] = c
    }

    /// Cursor stops down a view.
    public func rowCount(_ v: ViewKind) -> Int {
        switch v {
        case .roles: return skillRows.count
        case .people: return peopleRows.count
        case .gaps, .awareness: return reviewRowCount
        }
    }

    /// Cursor stops across a view.
    public func columnCount(_ v: ViewKind) -> Int {
        switch v {
        case .roles: return document.roles.count
        case .people: return skillColumns.count
        case .gaps, .awareness: return 1
        }
    }

    /// Whether the current view has a cell under the cursor (it has none while empty).
    var hasCell: Bool { rowCount(view) > 0 && columnCount(view) > 0 }

    /// The skill, role and person under the cursor, where the view has them.
    var cursorSkill: Int? {
        switch view {
        case .roles: return skillRows.isEmpty ? nil : skillRows[cursor.row]
        case .people: return skillColumns.isEmpty ? nil : skillColumns[cursor.column]
        case .gaps, .awareness: return reviewCursorSkill
        }
    }

    var cursorRole: Int? {
        view == .roles && !document.roles.isEmpty ? cursor.column : nil
    }

    var cursorPerson: Int? {
        if !view.isGrid { return reviewCursorPerson }
        return view == .people && !peopleRows.isEmpty ? peopleRows[cursor.row] : nil
    }
}
