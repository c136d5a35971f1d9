/// Where a person stands in one required skill, in the words of a review:
/// met, short by N, due for refresh since a date, both, exempt until a date,
/// or met with a refresh coming due soon.
public enum SkillStanding: Equatable, Sendable {
    /// Level met and evidence fresh, with no refresh coming due in the window.
    case met
    /// Level met and evidence fresh, but the refresh comes due on `on` (within the window).
    case dueSoon(on: Day)
    /// Below the requirement by `gap` levels.
    case short(gap: Int)
    /// Level met, but the evidence is stale since `since` (the first day it was due).
    case due(since: Day)
    /// Short by `gap` and stale since `since`.
    case shortAndDue(gap: Int, since: Day)
    /// An exemption holds on the reference date: nothing counts against the person.
    case exempt(Exemption)

    /// The standing in words, as the Gaps view shows it: "short by 2",
    /// "due for refresh since 2026-06-02", "short by 1, due since
    /// 2026-06-02", "exempt until 2026-12-31: new hire".
    public var summary: String {
        switch self {
        case .met: return "met"
        case .dueSoon(let day): return "met, refresh due on \(day)"
        case .short(let gap): return "short by \(gap)"
        case .due(let since): return "due for refresh since \(since)"
        case .shortAndDue(let gap, let since): return "short by \(gap), due since \(since)"
        case .exempt(let e):
            let reason = TextEscaping.escaped(e.reason)
            return "exempt until \(e.until)" + (reason.isEmpty ? "" : ": \(reason)")
        }
    }
}

extension SkillStatus {
    /// The first day the evidence is due for refresh: the day after
    /// `refreshDueOn`, since evidence is due only once the reference date is
    /// later than its date plus the interval.
    public var dueSince: Day? { refreshDueOn?.adding(days: 1) }

    /// Short or due, before exemptions are taken into account.
    public var wouldCount: Bool { isShort || due }

    /// True when the evidence is fresh now but comes due on or before `limit`.
    public func comesDue(by limit: Day) -> Bool {
        guard !due, let last = refreshDueOn else { return false }
        return last < limit
    }

    /// The standing on the reference date; `limit` is the end of the window
    /// in which a coming refresh is worth mentioning (reference date + 30 days).
    public func standing(dueSoonBy limit: Day) -> SkillStanding {
        if let exemption { return .exempt(exemption) }
        switch (isShort, due) {
        case (true, true): return .shortAndDue(gap: gap, since: dueSince!)
        case (true, false): return .short(gap: gap)
        case (false, true): return .due(since: dueSince!)
        case (false, false): return comesDue(by: limit) ? .dueSoon(on: dueSince!) : .met
        }
    }
}
