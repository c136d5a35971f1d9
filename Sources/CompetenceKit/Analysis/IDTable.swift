/// Positions by id, for the hot lookups of loading and analysis (an
/// assessment's skill, a person's role): hashed with FNV-1a on the id's
/// bytes, several times cheaper than `Dictionary`'s seeded SipHash on the
/// short ids of the format.
///
/// Lookups agree with `[String: Int]`: every valid id is plain ASCII, where
/// equal bytes and equal strings are the same thing; any other text is
/// compared as Swift strings are (canonical equivalence), one by one.
struct IDTable: Sendable {
    /// Per slot: 1 + the key's position in `keys`, or 0 when empty.
    private var slots: [Int32]
    private var keys: [String] = []
    private var values: [Int] = []
    /// Whether a key is not plain ASCII; lookups then also compare as strings.
    private var hasOtherKeys = false

    init(minimumCapacity: Int) {
        var size = 16
        while size < minimumCapacity * 2 { size <<= 1 }
        slots = [Int32](repeating: 0, count: size)
        keys.reserveCapacity(minimumCapacity)
        values.reserveCapacity(minimumCapacity)
    }

    var count: Int { keys.count }

    /// The value for `id`, or nil.
    func value(for id: String) -> Int? {
        guard let hash = IDTable.hash(id), !hasOtherKeys else { return slowValue(for: id) }
        let mask = slots.count - 1
        var slot = hash & mask
        while true {
            let k = Int(slots[slot])
            if k == 0 { return nil }
            if keys[k - 1] == id { return values[k - 1] }
            slot = (slot + 1) & mask
        }
    }

    /// Sets the value for `id` and returns the one it replaces, as
    /// `Dictionary.updateValue(_:forKey:)` does.
    @discardableResult
    mutating func updateValue(_ value: Int, for id: String) -> Int? {
        guard let hash = IDTable.hash(id), !hasOtherKeys else { return slowUpdate(value, for: id) }
        if (keys.count + 1) * 2 > slots.count { grow() }
        let mask = slots.count - 1
        var slot = hash & mask
        while true {
            let k = Int(slots[slot])
            if k == 0 { break }
            if keys[k - 1] == id {
                let old = values[k - 1]
                values[k - 1] = value
                return old
            }
            slot = (slot + 1) & mask
        }
        keys.append(id)
        values.append(value)
        slots[slot] = Int32(keys.count)
        return nil
    }

    /// FNV-1a of a plain-ASCII id's bytes; nil for any other text.
    @inline(__always)
    private static func hash(_ id: String) -> Int? {
        var id = id
        return id.withUTF8 { bytes -> Int? in
            var h: UInt64 = 0xCBF2_9CE4_8422_2325
            for b in bytes {
                if b >= 0x80 { return nil }
                h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3
            }
            return Int(truncatingIfNeeded: h ^ (h >> 29))
        }
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for (k, key) in keys.enumerated() {
            guard let hash = IDTable.hash(key) else { continue }
            var slot = hash & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(k + 1)
        }
    }

    // Text that is not plain ASCII: never a valid id, so rare; compared one by one.

    private func slowValue(for id: String) -> Int? {
        keys.firstIndex(of: id).map { values[$0] }
    }

    private mutating func slowUpdate(_ value: Int, for id: String) -> Int? {
        if let k = keys.firstIndex(of: id) {
            let old = values[k]
            values[k] = value
            return old
        }
        hasOtherKeys = true
        keys.append(id)
        values.append(value)
        return nil
    }
}
