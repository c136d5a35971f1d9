#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Strings that recur throughout a file (assessors, methods, skill and role
/// ids in references) made once: a later occurrence costs a hash and a
/// comparison of bytes instead of validating UTF-8 and building a String.
/// Entries point at the first occurrence in the file's bytes, which outlive
/// the decoding. A direct-mapped table: a collision only evicts.
struct StringInterner {
    private struct Entry {
        var hash: UInt32 = 0
        var offset = 0
        var count = -1
        var string = ""
    }

    private static let size = 4096
    private var entries: [Entry] = []

    /// The string whose bytes are `bytes[start..<start + count]` with FNV-1a hash
    /// `hash`, if an earlier occurrence was kept.
    @inline(__always)
    func lookup(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, count: Int, hash: UInt32) -> String? {
        guard !entries.isEmpty else { return nil }
        let e = entries[Int(hash) & (StringInterner.size - 1)]
        guard e.hash == hash, e.count == count,
              memcmp(bytes.baseAddress! + e.offset, bytes.baseAddress! + start, count) == 0 else { return nil }
        return e.string
    }

    /// Keeps `string`, made from `bytes[start..<start + count]`, for later occurrences.
    mutating func keep(_ string: String, start: Int, count: Int, hash: UInt32) {
        if entries.isEmpty { entries = [Entry](repeating: Entry(), count: StringInterner.size) }
        entries[Int(hash) & (StringInterner.size - 1)] = Entry(hash: hash, offset: start, count: count, string: string)
    }
}
