/// One step of a path into a JSON document: an object key or an array index.
public enum JSONPathComponent: Equatable, Sendable {
    case key(String)
    case index(Int)
}

extension Array where Element == JSONPathComponent {
    /// The path as written in error messages: `people[3].assessments[0].level`.
    public var pathText: String {
        var out = ""
        for c in self {
            switch c {
            case .key(let k) where Identifier.isValid(k):
                if !out.isEmpty { out += "." }
                out += TextEscaping.escapedPrefix(k)
            case .key(let k):
                out += "[\"\(TextEscaping.escapedPrefix(k))\"]"
            case .index(let i):
                out += "[\(i)]"
            }
        }
        return out
    }
}
