/// Finds where a JSON path starts in a document's bytes. Used only after a
/// problem is found, so that the happy path keeps no positions at all.
enum JSONLocator {
    /// Byte offset of the value (or, for a key inside an object, the key) at `path`.
    static func offset(of path: [JSONPathComponent], in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var s = JSONScanner(bytes)
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { s.index = 3 }
        var rest = path[...]
        while let step = rest.first {
            rest = rest.dropFirst()
            var found: Int?
            let isLast = rest.isEmpty
            switch step {
            case .key(let wanted):
                guard s.peek() == UInt8(ascii: "{") else { return nil }
                s.index += 1
                while found == nil, s.peek() == UInt8(ascii: "\"") {
                    let keyAt = s.index
                    guard let key = try? s.readStringToken(), s.peek() == UInt8(ascii: ":") else { return nil }
                    s.index += 1
                    if key == wanted {
                        // A key that names an id (in `requires`) is best shown at the key itself.
                        found = isLast && path.count >= 2 && path[path.count - 2] == .key("requires") ? keyAt : s.peek().map { _ in s.index }
                        break
                    }
                    guard (try? s.skipValue()) != nil else { return nil }
                    if s.peek() == UInt8(ascii: ",") { s.index += 1 }
                }
            case .index(let wanted):
                guard s.peek() == UInt8(ascii: "[") else { return nil }
                s.index += 1
                var n = 0
                while s.peek() != nil, s.peek() != UInt8(ascii: "]") {
                    if n == wanted { found = s.index; break }
                    guard (try? s.skipValue()) != nil else { return nil }
                    if s.peek() == UInt8(ascii: ",") { s.index += 1 }
                    n += 1
                }
            }
            guard let at = found else { return nil }
            if isLast { return at }
            s.index = at
        }
        return nil
    }
}
