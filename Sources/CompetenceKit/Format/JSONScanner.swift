/// A strict JSON reader over bytes (RFC 8259): no trailing commas, no comments,
/// no NaN, UTF-8 only. It reads values on demand, so a document decodes
/// straight into the model without an intermediate tree, and every failure
/// carries the byte offset where it happened.
struct JSONScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    var index: Int = 0
    /// Recurring strings already made from this document's bytes.
    var strings = StringInterner()

    /// Unknown values nested deeper than this are refused rather than risking the stack.
    static let maxDepth = 512

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    var atEnd: Bool { index >= bytes.count }

    func failure(_ message: String, at offset: Int? = nil) -> LoadFailure {
        LoadFailure(offset: offset ?? index, message)
    }

    @inline(__always)
    mutating func skipWhitespace() {
        // Most calls are already at a token: one comparison, inlined; runs of space out of line.
        if index < bytes.count, bytes[index] > 0x20 { return }
        skipWhitespaceRun()
    }

    @inline(never)
    mutating func skipWhitespaceRun() {
        let n = bytes.count
        while index < n {
            switch bytes[index] {
            case 0x20:
                // Pretty-printed files are mostly indentation: eight spaces at a time.
                while index + 8 <= n,
                      UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self) == 0x2020_2020_2020_2020 {
                    index += 8
                }
                while index < n, bytes[index] == 0x20 { index += 1 }
            case 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    /// The next significant byte, after whitespace; nil at the end.
    @inline(__always)
    mutating func peek() -> UInt8? {
        skipWhitespace()
        return index < bytes.count ? bytes[index] : nil
    }

    /// What a person would call the value starting here, for "found …" messages.
    mutating func describeNext() -> String {
        guard let c = peek() else { return "the end of the file" }
        switch c {
        case UInt8(ascii: "\""): return "a string"
        case UInt8(ascii: "{"): return "an object"
        case UInt8(ascii: "["): return "an array"
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return "a number"
        case UInt8(ascii: "'"): return "a single quote (JSON strings use double quotes)"
        case UInt8(ascii: "/") where index + 1 < bytes.count && (bytes[index + 1] == UInt8(ascii: "/") || bytes[index + 1] == UInt8(ascii: "*")):
            return "a comment (JSON allows none)"
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "_"):
            // A bare word: true, false and null are values; anything else is shown as written.
            var end = index
            while end < bytes.count, end - index < 40, isWordByte(bytes[end]) { end += 1 }
            let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self)
            return ["true", "false", "null"].contains(word) ? word : "'\(word)'"
        case 0x80...:
            let (character, valid) = characterAt(index)
            if valid, let scalar = character.unicodeScalars.first, DisplayWidth.of(scalar) == 0 {
                // Shown in quotes it would look like nothing at all.
                let code = String(scalar.value, radix: 16, uppercase: true)
                return scalar == "\u{FEFF}" ? "a byte order mark (U+FEFF)" : "an invisible character (U+\(code))"
            }
            return valid ? "'\(TextEscaping.escaped(character))'" : "a byte that is not valid UTF-8 (0x\(String(c, radix: 16, uppercase: true)))"
        default: return "'\(TextEscaping.escaped(String(decoding: [c], as: UTF8.self)))'"
        }
    }

    private func isWordByte(_ b: UInt8) -> Bool {
        (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z"))
            || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")) || b == UInt8(ascii: "_") || b == UInt8(ascii: "-")
    }

    /// The character whose UTF-8 encoding starts at `offset`, and whether those bytes are valid.
    private func characterAt(_ offset: Int) -> (String, Bool) {
        let lead = bytes[offset]
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        guard offset + length <= bytes.count,
              let text = String(validating: UnsafeBufferPointer(rebasing: bytes[offset..<offset + length]), as: UTF8.self)
        else { return ("", false) }
        return (text, true)
    }

    func expected(_ what: String, found: String) -> LoadFailure {
        failure("expected \(what), found \(found)")
    }

    // MARK: Structure

    /// Reads an object, calling `body` with each key, positioned at its value;
    /// `body` must consume the value. Duplicate keys are refused.
    mutating func readObject(_ what: String = "an object",
                             _ body: (inout JSONScanner, String, Int) throws(LoadFailure) -> Void) throws(LoadFailure) {
        guard peek() == UInt8(ascii: "{") else { throw expected(what, found: describeNext()) }
        index += 1
        // Keys compare as Swift strings do, by canonical equivalence: "é" and
        // "e" + U+0301 are one key, as they would be after any normalisation.
        var seen = [String: String]()
        if peek() == UInt8(ascii: "}") { index += 1; return }
        while true {
            guard peek() == UInt8(ascii: "\"") else {
                throw expected("a key in double quotes", found: describeNext())
            }
            let keyOffset = index
            let key = try readStringToken()
            if let earlier = seen.updateValue(key, forKey: key) {
                let spelling = earlier.unicodeScalars.elementsEqual(key.unicodeScalars)
                    ? "" : " (the same text as an earlier key written with other Unicode code points)"
                throw failure("duplicate key \"\(TextEscaping.escapedPrefix(key))\" in this object\(spelling)", at: keyOffset)
            }
            guard peek() == UInt8(ascii: ":") else { throw expected("':' after the key", found: describeNext()) }
            index += 1
            skipWhitespace()
            do { try body(&self, key, keyOffset) } catch { throw error.inside(.key(key)) }
            switch peek() {
            case UInt8(ascii: ","):
                let comma = index
                index += 1
                if peek() == UInt8(ascii: "}") { throw failure("trailing comma before '}'", at: comma) }
            case UInt8(ascii: "}"):
                index += 1
                return
            default:
                throw expected("',' or '}'", found: describeNext())
            }
        }
    }

    /// Reads an array, calling `body` with each element's index, positioned at it.
    mutating func readArray(_ what: String = "an array",
                            _ body: (inout JSONScanner, Int) throws(LoadFailure) -> Void) throws(LoadFailure) {
        guard peek() == UInt8(ascii: "[") else { throw expected(what, found: describeNext()) }
        index += 1
        if peek() == UInt8(ascii: "]") { index += 1; return }
        var n = 0
        while true {
            skipWhitespace()
            do { try body(&self, n) } catch { throw error.inside(.index(n)) }
            n += 1
            switch peek() {
            case UInt8(ascii: ","):
                let comma = index
                index += 1
                if peek() == UInt8(ascii: "]") { throw failure("trailing comma before ']'", at: comma) }
            case UInt8(ascii: "]"):
                index += 1
                return
            default:
                throw expected("',' or ']'", found: describeNext())
            }
        }
    }

    // MARK: Scalars

    mutating func readString(_ what: String = "a string") throws(LoadFailure) -> String {
        guard peek() == UInt8(ascii: "\"") else { throw expected(what, found: describeNext()) }
        return try readStringToken()
    }

    mutating func readBool() throws(LoadFailure) -> Bool {
        if matchLiteral("true") { return true }
        if matchLiteral("false") { return false }
        throw expected("true or false", found: describeNext())
    }

    /// A whole number within `range`; fractions, exponents and huge values are refused.
    mutating func readInt(_ what: String, in range: ClosedRange<Int>) throws(LoadFailure) -> Int {
        skipWhitespace()
        let start = index
        guard let c = peek(), c == UInt8(ascii: "-") || (c >= 48 && c <= 57) else {
            // A number written as a string is a common slip: show the string.
            if peek() == UInt8(ascii: "\""), let text = try? readStringToken() {
                throw failure("expected \(what), found the string \"\(TextEscaping.escapedPrefix(text))\"", at: start)
            }
            throw expected(what, found: describeNext())
        }
        let text = try readNumberToken()
        if index < bytes.count, isWordByte(bytes[index]) {
            // 0x1F, 1st, 3rd: letters glued to digits make a word, not a number.
            var end = index
            while end < bytes.count, end - start < 80, isWordByte(bytes[end]) { end += 1 }
            let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
            throw failure("expected \(what), found '\(TextEscaping.escapedPrefix(word))'", at: start)
        }
        guard let n = Int(text), range.contains(n) else {
            throw failure("expected \(what), found \(TextEscaping.escapedPrefix(text))", at: start)
        }
        return n
    }

    private mutating func matchLiteral(_ word: StaticString) -> Bool {
        let n = word.utf8CodeUnitCount
        guard index + n <= bytes.count else { return false }
        let p = word.utf8Start
        for k in 0..<n where bytes[index + k] != p[k] { return false }
        index += n
        return true
    }

    /// Reads a string token at `index` (which is on the opening quote).
    mutating func readStringToken() throws(LoadFailure) -> String {
        let start = index
        index += 1
        let contentStart = index
        // Fast path: no escapes. Control bytes are refused, non-ASCII is validated below.
        var allASCII = true
        while index < bytes.count {
            let c = bytes[index]
            if c == UInt8(ascii: "\"") {
                let slice = UnsafeBufferPointer(rebasing: bytes[contentStart..<index])
                index += 1
                if allASCII { return String(decoding: slice, as: UTF8.self) }
                guard let s = String(validating: slice, as: UTF8.self) else {
                    throw failure("bytes that are not valid UTF-8 in this string", at: invalidUTF8Offset(in: contentStart..<index - 1))
                }
                return s
            }
            if c == UInt8(ascii: "\\") { break }
            if c < 0x20 { throw controlCharacterFailure(c) }
            if c >= 0x80 { allASCII = false }
            index += 1
        }
        guard index < bytes.count else { throw failure("unterminated string: the file ends before its closing '\"'", at: start) }
        return try readEscapedString(from: contentStart, quote: start)
    }

    private func controlCharacterFailure(_ c: UInt8) -> LoadFailure {
        switch c {
        case 0x0A: return failure("a line break inside a string: is the closing '\"' missing? (a line break in text is written \\n)")
        case 0x0D: return failure("a carriage return inside a string: is the closing '\"' missing? (write it as \\r)")
        case 0x09: return failure("a tab inside a string; write it as \\t")
        default:
            let hex = String(c, radix: 16, uppercase: true)
            let code = String(repeating: "0", count: 4 - hex.count) + hex
            return failure("control character U+\(code) inside a string; write it as \\u\(code)")
        }
    }

    private func invalidUTF8Offset(in range: Range<Int>) -> Int {
        var i = range.lowerBound
        while i < range.upperBound {
            let c = bytes[i]
            // ASCII needs no check: this runs over whole strings, some 50 MB long.
            if c < 0x80 { i += 1; continue }
            let len: Int
            if c >= 0xC2 && c <= 0xDF { len = 2 } else if c >= 0xE0 && c <= 0xEF { len = 3 } else if c >= 0xF0 && c <= 0xF4 { len = 4 } else { return i }
            guard i + len <= range.upperBound else { return i }
            let piece = UnsafeBufferPointer(rebasing: bytes[i..<i + len])
            if String(validating: piece, as: UTF8.self) == nil { return i }
            i += len
        }
        return range.lowerBound
    }

    private mutating func readEscapedString(from contentStart: Int, quote: Int) throws(LoadFailure) -> String {
        var out = [UInt8]()
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[contentStart..<index]))
        while index < bytes.count {
            let c = bytes[index]
            if c == UInt8(ascii: "\"") {
                index += 1
                guard let s = out.withUnsafeBufferPointer({ String(validating: $0, as: UTF8.self) }) else {
                    throw failure("bytes that are not valid UTF-8 in this string", at: quote)
                }
                return s
            }
            if c < 0x20 { throw controlCharacterFailure(c) }
            if c != UInt8(ascii: "\\") {
                out.append(c)
                index += 1
                continue
            }
            let escapeStart = index
            index += 1
            guard index < bytes.count else { break }
            let e = bytes[index]
            index += 1
            switch e {
            case UInt8(ascii: "\""): out.append(0x22)
            case UInt8(ascii: "\\"): out.append(0x5C)
            case UInt8(ascii: "/"): out.append(0x2F)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = try readHex4(escapeStart)
                if scalar >= 0xD800 && scalar <= 0xDBFF {
                    guard matchLiteral("\\u") else { throw failure("a lone UTF-16 surrogate in a \\u escape", at: escapeStart) }
                    let low = try readHex4(escapeStart)
                    guard low >= 0xDC00 && low <= 0xDFFF else { throw failure("a lone UTF-16 surrogate in a \\u escape", at: escapeStart) }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                } else if scalar >= 0xDC00 && scalar <= 0xDFFF {
                    throw failure("a lone UTF-16 surrogate in a \\u escape", at: escapeStart)
                }
                out.append(contentsOf: String(Character(Unicode.Scalar(scalar)!)).utf8)
            default:
                throw failure("unknown escape '\\\(TextEscaping.escaped(String(decoding: [e], as: UTF8.self)))' in a string", at: escapeStart)
            }
        }
        throw failure("unterminated string: the file ends before its closing '\"'", at: quote)
    }

    private mutating func readHex4(_ escapeStart: Int) throws(LoadFailure) -> UInt32 {
        guard index + 4 <= bytes.count else { throw failure("a \\u escape needs four hex digits", at: escapeStart) }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let c = bytes[index]
            let d: UInt32
            switch c {
            case 48...57: d = UInt32(c - 48)
            case 65...70: d = UInt32(c - 55)
            case 97...102: d = UInt32(c - 87)
            default: throw failure("a \\u escape needs four hex digits", at: escapeStart)
            }
            v = v << 4 | d
            index += 1
        }
        return v
    }

    /// Reads a number per the JSON grammar and returns its source text.
    mutating func readNumberToken() throws(LoadFailure) -> String {
        let start = index
        func digit(_ i: Int) -> Bool { i < bytes.count && bytes[i] >= 48 && bytes[i] <= 57 }
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard digit(index) else { throw failure("a number needs digits", at: start) }
        if bytes[index] == 48 {
            index += 1
            if digit(index) { throw failure("numbers may not have leading zeros", at: start) }
        } else {
            while digit(index) { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard digit(index) else { throw failure("a number needs digits after '.'", at: start) }
            while digit(index) { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard digit(index) else { throw failure("a number needs digits in its exponent", at: start) }
            while digit(index) { index += 1 }
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
    }

    // MARK: Any value

    /// Reads any value into a tree, for keys the program does not know.
    mutating func readValue(depth: Int = 0) throws(LoadFailure) -> JSONValue {
        guard depth < JSONScanner.maxDepth else {
            // The path stays at the key whose value is too deep: 512 "[0]" help nobody.
            var tooDeep = failure("values nested deeper than \(JSONScanner.maxDepth) levels")
            tooDeep.pathIsFinal = true
            throw tooDeep
        }
        guard let c = peek() else { throw failure("unexpected end of the file; a value was expected") }
        switch c {
        case UInt8(ascii: "{"):
            var members = [JSONMember]()
            try readObject { (s: inout JSONScanner, key: String, _: Int) throws(LoadFailure) in
                members.append(JSONMember(key: key, value: try s.readValue(depth: depth + 1)))
            }
            return .object(members)
        case UInt8(ascii: "["):
            var items = [JSONValue]()
            try readArray { (s: inout JSONScanner, _: Int) throws(LoadFailure) in
                items.append(try s.readValue(depth: depth + 1))
            }
            return .array(items)
        case UInt8(ascii: "\""):
            return .string(try readStringToken())
        case UInt8(ascii: "t"), UInt8(ascii: "f"):
            return .bool(try readBool())
        case UInt8(ascii: "n"):
            if matchLiteral("null") { return .null }
        case UInt8(ascii: "-"), 48...57:
            return .number(try readNumberToken())
        default:
            break
        }
        throw failure("expected a JSON value, found \(describeNext())")
    }

    /// Reads the value of a key the program does not know, to keep it.
    /// `depth` is how deep the key already is in the document.
    mutating func readUnknownValue(depth: Int) throws(LoadFailure) -> JSONValue {
        do {
            return try readValue(depth: depth)
        } catch {
            var outer = error
            outer.pathIsFinal = false
            throw outer
        }
    }

    /// Steps over any value without keeping it (used to locate a path).
    mutating func skipValue() throws(LoadFailure) {
        _ = try readValue()
    }
}
