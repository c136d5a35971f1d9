extension Day {
    /// The UTC calendar day of a moment given in seconds since 1970-01-01
    /// (as in SOURCE_DATE_EPOCH); nil before 1970 or after 9999.
    public init?(secondsSince1970 seconds: Int) {
        guard seconds >= 0 else { return nil }
        let epoch = Day(year: 1970, month: 1, day: 1)!
        let days = seconds / 86_400
        guard days <= Day(year: 9999, month: 12, day: 31)!.ordinal - epoch.ordinal else { return nil }
        self = epoch.adding(days: days)
    }
}
