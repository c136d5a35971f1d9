/// The editor's views, in the order Tab cycles through them.
///
/// Extension point: a new view (Gaps, Awareness) is a new case here, a
/// renderer in `Views/`, and its keys in `EditorState.handleViewKey`; Tab,
/// Shift-Tab, the tab bar and the status line pick it up from `allCases`.
public enum ViewKind: String, CaseIterable, Sendable, Hashable {
    case roles
    case people
    case gaps
    case awareness

    public var title: String {
        switch self {
        case .roles: return "Roles"
        case .people: return "People"
        case .gaps: return "Gaps"
        case .awareness: return "Awareness"
        }
    }

    /// Roles and People are grids of levels; Gaps and Awareness are review
    /// pages with keys and layout of their own (`EditorState+Review.swift`).
    public var isGrid: Bool { self == .roles || self == .people }

    /// The view after this one, wrapping around.
    public var next: ViewKind {
        let all = ViewKind.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }

    /// The view before this one, wrapping around.
    public var previous: ViewKind {
        let all = ViewKind.allCases
        return all[(all.firstIndex(of: self)! + all.count - 1) % all.count]
    }
}
