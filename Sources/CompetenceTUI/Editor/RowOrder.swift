/// `:filter` — which rows a grid shows.
public enum RowFilter: String, CaseIterable, Sendable {
    /// Every row.
    case all
    /// Rows with a gap: a person short in a required skill, or a skill someone is short in.
    case gaps
    /// Rows due for refresh: a person with stale evidence, or a skill someone's evidence is stale in.
    case due
}

/// `:sort` — the order of a grid's rows.
public enum RowSort: String, CaseIterable, Sendable {
    /// The order of the file.
    case file
    /// By name.
    case name
    /// Largest gap first.
    case gap
}
