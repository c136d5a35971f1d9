#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A calendar date (`YYYY-MM-DD`), without time or zone: assessments and
/// reference dates are days, and comparing them must not depend on a clock.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// A valid date, or nil (month 1–12, day within that month, year 1–9999).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= Day.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses exactly `YYYY-MM-DD`; anything else, or a day that does not exist, is nil.
    public init?(_ text: some StringProtocol) {
        let u = Array(text.utf8)
        guard let day = u.withUnsafeBufferPointer({ Day(utf8: $0) }) else { return nil }
        self = day
    }

    /// Parses exactly `YYYY-MM-DD` from UTF-8 bytes, as the loader reads them.
    init?(utf8 u: UnsafeBufferPointer<UInt8>) {
        guard u.count == 10, u[4] == UInt8(ascii: "-"), u[7] == UInt8(ascii: "-") else { return nil }
        // Each byte minus '0' is a digit when below 10 (anything under '0' wraps round to above).
        let y0 = u[0] &- 48, y1 = u[1] &- 48, y2 = u[2] &- 48, y3 = u[3] &- 48
        let m0 = u[5] &- 48, m1 = u[6] &- 48, d0 = u[8] &- 48, d1 = u[9] &- 48
        guard y0 < 10, y1 < 10, y2 < 10, y3 < 10, m0 < 10, m1 < 10, d0 < 10, d1 < 10 else { return nil }
        self.init(year: Int(y0) * 1000 + Int(y1) * 100 + Int(y2) * 10 + Int(y3),
                  month: Int(m0) * 10 + Int(m1), day: Int(d0) * 10 + Int(d1))
    }

    public var description: String {
        String(unsafeUninitializedCapacity: 10) { out in
            writeDigits(into: out.baseAddress!)
            return 10
        }
    }

    /// Writes the ten bytes of `YYYY-MM-DD` at `p` (the canonical writer and `description`).
    func writeDigits(into p: UnsafeMutablePointer<UInt8>) {
        p[0] = 48 + UInt8(year / 1000)
        p[1] = 48 + UInt8(year / 100 % 10)
        p[2] = 48 + UInt8(year / 10 % 10)
        p[3] = 48 + UInt8(year % 10)
        p[4] = UInt8(ascii: "-")
        p[5] = 48 + UInt8(month / 10)
        p[6] = 48 + UInt8(month % 10)
        p[7] = UInt8(ascii: "-")
        p[8] = 48 + UInt8(day / 10)
        p[9] = 48 + UInt8(day % 10)
    }

    public static func < (a: Day, b: Day) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// This day plus `months` calendar months; a day past the end of a shorter
    /// month clamps to its last day (2026-01-31 + 1 month = 2026-02-28).
    public func adding(months: Int) -> Day {
        let total = (year * 12 + (month - 1)) + months
        let y = min(9999, max(1, total / 12))
        let m = total % 12 + 1
        let d = min(day, Day.daysIn(month: m, year: y))
        return Day(year: y, month: m, day: d)!
    }

    /// Days since 0001-01-01, for differences between days.
    public var ordinal: Int {
        let y = year - 1
        var n = y * 365 + y / 4 - y / 100 + y / 400
        for m in 1..<month { n += Day.daysIn(month: m, year: year) }
        return n + day - 1
    }

    /// This day plus `days` days.
    public func adding(days: Int) -> Day {
        var d = self
        var left = days
        while left > 0 {
            let rest = Day.daysIn(month: d.month, year: d.year) - d.day
            if left <= rest { return Day(year: d.year, month: d.month, day: d.day + left)! }
            left -= rest + 1
            d = d.month == 12 ? Day(year: d.year + 1, month: 1, day: 1)! : Day(year: d.year, month: d.month + 1, day: 1)!
        }
        return d
    }

    /// Today in the local time zone.
    public static func today() -> Day {
        var t = time(nil)
        var parts = tm()
        localtime_r(&t, &parts)
        return Day(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))!
    }
}
