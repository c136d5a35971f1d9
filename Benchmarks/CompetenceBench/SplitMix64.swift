/// A small, fast, seedable generator (Steele, Lea and Flood's SplitMix64).
/// The generator draws only through its own helpers, never through the
/// standard library's `random(in:using:)` or `shuffle`, whose algorithms may
/// change between Swift releases: the same seed must give the same bytes on
/// every toolchain.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A whole number in `range` (the tiny modulo bias does not matter here).
    mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }

    /// True with probability `p`.
    mutating func chance(_ p: Double) -> Bool {
        Double(next() >> 11) / Double(1 << 53) < p
    }

    mutating func pick<T>(_ items: [T]) -> T { items[int(in: 0...items.count - 1)] }

    /// `count` distinct indices below `n`, in the order drawn.
    mutating func distinct(_ count: Int, below n: Int) -> [Int] {
        var chosen = [Int]()
        chosen.reserveCapacity(count)
        while chosen.count < min(count, n) {
            let k = int(in: 0...n - 1)
            if !chosen.contains(k) { chosen.append(k) }
        }
        return chosen
    }
}
