/// How a person's awareness was judged (clause 7.3), the second axis of the A–F chart.
public enum AwarenessState: String, CaseIterable, Sendable {
    case correct
    case lacking
    case wilful
}

/// A person's recorded awareness.
public struct Awareness: Equatable, Sendable {
    /// Nil when the object exists but no state was recorded yet.
    public var state: AwarenessState?
    public var date: Day?
    public var note: String?
    public var extra: [JSONMember]

    public init(state: AwarenessState?, date: Day? = nil, note: String? = nil, extra: [JSONMember] = []) {
        self.state = state
        self.date = date
        self.note = note
        self.extra = extra
    }
}
