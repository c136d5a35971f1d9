#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The keys one kind of object in the format knows, so that they can be
/// matched on the file's bytes without making a String of every key, and
/// checked for duplicates with one bit each instead of a set of strings.
protocol MemberKeys: RawRepresentable where RawValue == Int {
    /// Every key's spelling, in the order of the cases' raw values.
    static var names: [StaticString] { get }
}

extension MemberKeys {
    /// The key spelled by `bytes` (plain ASCII, as written in the file).
    @inline(__always)
    static func match(_ bytes: UnsafeBufferPointer<UInt8>) -> Self? {
        let names = Self.names
        for i in 0..<names.count where names[i].utf8CodeUnitCount == bytes.count {
            if memcmp(names[i].utf8Start, bytes.baseAddress!, bytes.count) == 0 { return Self(rawValue: i) }
        }
        return nil
    }

    /// The key spelled by `text` (a key written with escapes or non-ASCII characters).
    static func match(_ text: String) -> Self? {
        let names = Self.names
        for i in 0..<names.count where text == names[i].description { return Self(rawValue: i) }
        return nil
    }

    var name: String { Self.names[rawValue].description }
    var bit: UInt64 { 1 << UInt64(rawValue) }
}

/// A member's key as `nextMember` read it: one its object knows, or another,
/// kept as text for writing back.
enum MemberKey<Known: MemberKeys> {
    case known(Known)
    case unknown(String)

    /// The key as a step of the path in error messages.
    var pathComponent: JSONPathComponent {
        switch self {
        case .known(let k): return .key(k.name)
        case .unknown(let text): return .key(text)
        }
    }
}

/// Where a loop over an object's members stands.
struct MemberCursor {
    var count = 0
    /// One bit per known key already read.
    var seen: UInt64 = 0
    /// Other keys already read, compared as Swift strings (canonical
    /// equivalence), with the spelling first seen.
    var others: [String: String] = [:]
}

/// Where a loop over an array's elements stands.
struct ElementCursor {
    /// Elements started so far; the current one is `count - 1`.
    var count = 0
    var position: Int { count - 1 }
}

/// Loops over objects and arrays without closures, and the common scalars of
/// the format read straight from bytes. Every check, message and offset is
/// the one `readObject`, `readArray`, `readString` and `readInt` give;
/// anything off the common path falls back to those readers, so errors stay
/// word for word the same (LoaderDifferentialTests compares them).
extension JSONScanner {
    /// Consumes the '{' that opens an object.
    mutating func openObject(_ what: String = "an object") throws(LoadFailure) {
        guard peek() == UInt8(ascii: "{") else { throw expected(what, found: describeNext()) }
        index += 1
    }

    /// Reads the next member's key and its ':', leaving the scanner at the
    /// value; nil once the closing '}' is consumed. Duplicate keys are refused.
    mutating func nextMember<K: MemberKeys>(_ cursor: inout MemberCursor, _: K.Type) throws(LoadFailure) -> MemberKey<K>? {
        var next = peek()
        if cursor.count == 0 {
            if next == UInt8(ascii: "}") { index += 1; return nil }
        } else {
            switch next {
            case UInt8(ascii: ","):
                let comma = index
                index += 1
                next = peek()
                if next == UInt8(ascii: "}") { throw failure("trailing comma before '}'", at: comma) }
            case UInt8(ascii: "}"):
                index += 1
                return nil
            default:
                throw expected("',' or '}'", found: describeNext())
            }
        }
        cursor.count += 1
        guard next == UInt8(ascii: "\"") else { throw expected("a key in double quotes", found: describeNext()) }
        let keyOffset = index
        let key: MemberKey<K>
        if let plain = plainASCIIString() {
            if let k = K.match(plain) { key = .known(k) } else { key = .unknown(String(decoding: plain, as: UTF8.self)) }
        } else {
            let text = try readStringToken()
            if let k = K.match(text) { key = .known(k) } else { key = .unknown(text) }
        }
        switch key {
        case .known(let k):
            // A known key is ASCII, equal only to the same code points.
            guard cursor.seen & k.bit == 0 else {
                throw failure("duplicate key \"\(k.name)\" in this object", at: keyOffset)
            }
            cursor.seen |= k.bit
        case .unknown(let text):
            if let earlier = cursor.others.updateValue(text, forKey: text) {
                let spelling = earlier.unicodeScalars.elementsEqual(text.unicodeScalars)
                    ? "" : " (the same text as an earlier key written with other Unicode code points)"
                throw failure("duplicate key \"\(TextEscaping.escapedPrefix(text))\" in this object\(spelling)", at: keyOffset)
            }
        }
        guard peek() == UInt8(ascii: ":") else { throw expected("':' after the key", found: describeNext()) }
        index += 1
        skipWhitespace()
        return key
    }

    /// Consumes the '[' that opens an array.
    mutating func openArray(_ what: String = "an array") throws(LoadFailure) {
        guard peek() == UInt8(ascii: "[") else { throw expected(what, found: describeNext()) }
        index += 1
    }

    /// Moves to the next element, true while there is one; false once the
    /// closing ']' is consumed.
    mutating func nextElement(_ cursor: inout ElementCursor) throws(LoadFailure) -> Bool {
        if cursor.count == 0 {
            if peek() == UInt8(ascii: "]") { index += 1; return false }
        } else {
            switch peek() {
            case UInt8(ascii: ","):
                let comma = index
                index += 1
                if peek() == UInt8(ascii: "]") { throw failure("trailing comma before ']'", at: comma) }
            case UInt8(ascii: "]"):
                index += 1
                return false
            default:
                throw expected("',' or ']'", found: describeNext())
            }
        }
        skipWhitespace()
        cursor.count += 1
        return true
    }

    /// At an opening quote: the string's bytes when they are plain printable
    /// ASCII without escapes, the scanner then past the closing quote;
    /// otherwise nil and the scanner unmoved.
    @inline(__always)
    mutating func plainASCIIString() -> UnsafeBufferPointer<UInt8>? {
        let start = index + 1
        var i = start
        while i < bytes.count {
            let c = bytes[i]
            if c == UInt8(ascii: "\"") {
                index = i + 1
                return UnsafeBufferPointer(rebasing: bytes[start..<i])
            }
            if c == UInt8(ascii: "\\") || c < 0x20 || c >= 0x80 { return nil }
            i += 1
        }
        return nil
    }

    /// `readInt` for the common case, a plain positive whole number within
    /// `range`; anything else goes through `readInt` for its exact message.
    @inline(__always)
    mutating func readSmallInt(_ what: String, in range: ClosedRange<Int>) throws(LoadFailure) -> Int {
        skipWhitespace()
        let start = index
        var i = index
        var n = 0
        while i < bytes.count, i - start < 18 {
            let c = bytes[i]
            guard c >= 48, c <= 57 else { break }
            n = n * 10 + Int(c - 48)
            i += 1
        }
        // A leading zero, a fraction or an exponent, too many digits or none: the general reader.
        if i > start, bytes[start] != 48, range.contains(n), i == bytes.count || !JSONScanner.continuesNumber(bytes[i]) {
            index = i
            return n
        }
        return try readInt(what, in: range)
    }

    /// Bytes that may follow digits within one JSON number.
    @inline(__always)
    static func continuesNumber(_ c: UInt8) -> Bool {
        (c >= 48 && c <= 57) || c == UInt8(ascii: ".") || c == UInt8(ascii: "e") || c == UInt8(ascii: "E")
    }

    /// A date `YYYY-MM-DD` written plainly, the scanner then past it; nil
    /// (the scanner unmoved) for anything else, which the caller reads the
    /// general way for its exact message.
    @inline(__always)
    mutating func plainDay() -> Day? {
        skipWhitespace()
        guard index + 12 <= bytes.count, bytes[index] == UInt8(ascii: "\""), bytes[index + 11] == UInt8(ascii: "\"") else { return nil }
        guard let day = Day(utf8: UnsafeBufferPointer(rebasing: bytes[index + 1..<index + 11])) else { return nil }
        index += 12
        return day
    }

    /// `readString` for text that recurs across a file (assessors, methods,
    /// notes, the words of enumerations): each distinct text is validated
    /// and made once, later occurrences are found by their bytes.
    @inline(__always)
    mutating func readRecurringString(_ what: String = "a string") throws(LoadFailure) -> String {
        guard peek() == UInt8(ascii: "\"") else { throw expected(what, found: describeNext()) }
        let start = index + 1
        var i = start
        var hash: UInt32 = 2_166_136_261
        while i < bytes.count {
            let c = bytes[i]
            if c == UInt8(ascii: "\"") { break }
            if c == UInt8(ascii: "\\") || c < 0x20 { return try readStringToken() }
            hash = (hash ^ UInt32(c)) &* 16_777_619
            i += 1
        }
        guard i < bytes.count else { return try readStringToken() }
        if let known = strings.lookup(bytes, start: start, count: i - start, hash: hash) {
            index = i + 1
            return known
        }
        let text = try readStringToken()
        strings.keep(text, start: start, count: i - start, hash: hash)
        return text
    }

    /// An id written plainly that refers to a skill or role, made once per
    /// distinct id; nil (the scanner unmoved) for anything else.
    @inline(__always)
    mutating func plainRecurringID() -> String? {
        skipWhitespace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { return nil }
        let start = index + 1
        var i = start
        var hash: UInt32 = 2_166_136_261
        while i < bytes.count, Identifier.isIDByte(bytes[i]) {
            hash = (hash ^ UInt32(bytes[i])) &* 16_777_619
            i += 1
        }
        guard i > start, i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { return nil }
        index = i + 1
        if let known = strings.lookup(bytes, start: start, count: i - start, hash: hash) { return known }
        let id = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
        strings.keep(id, start: start, count: i - start, hash: hash)
        return id
    }

    /// An id (letters, digits, '-', '_', '.') written plainly, the scanner
    /// then past it; nil (the scanner unmoved) for anything else.
    @inline(__always)
    mutating func plainID() -> String? {
        skipWhitespace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { return nil }
        let start = index + 1
        var i = start
        while i < bytes.count, Identifier.isIDByte(bytes[i]) { i += 1 }
        guard i > start, i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { return nil }
        index = i + 1
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
    }
}
