/// What a level cell says beyond its number: short of the requirement, due
/// for refresh, or exempt. Marks are symbols, not colour, so that they
/// survive black-and-white printing and NO_COLOR.
public struct CellMarks: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// Below the level the person's roles require.
    public static let short = CellMarks(rawValue: 1)
    /// The latest evidence is older than the skill's refresh interval.
    public static let due = CellMarks(rawValue: 2)
    /// An exemption holds on the reference date: not counted as a gap.
    public static let exempt = CellMarks(rawValue: 4)

    /// Written after the level when short: `2!`.
    public static let shortSymbol = "!"
    /// Written after the level when due for refresh: `3*`.
    public static let dueSymbol = "*"
    /// Stands for "no level" where a mark needs something to follow: `-!`.
    public static let noLevelSymbol = "-"
}
