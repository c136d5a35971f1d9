/// Identifiers are stable strings of letters, digits, `-`, `_` and `.`, so they
/// survive spreadsheets, URLs, file names and shells unchanged.
public enum Identifier {
    public static func isValid(_ id: String) -> Bool {
        guard !id.isEmpty else { return false }
        return id.unicodeScalars.allSatisfy { s in
            (s >= "a" && s <= "z") || (s >= "A" && s <= "Z") || (s >= "0" && s <= "9")
                || s == "-" || s == "_" || s == "."
        }
    }

    /// Whether an ASCII byte may appear in an id (the loader checks ids on bytes).
    @inline(__always)
    static func isIDByte(_ c: UInt8) -> Bool {
        (c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z")) || (c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z"))
            || (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9"))
            || c == UInt8(ascii: "-") || c == UInt8(ascii: "_") || c == UInt8(ascii: ".")
    }

    /// An id made from a display name, unique among `existing`: ASCII letters
    /// and digits kept, everything else folded to `-`; a fallback stem for
    /// names with none (Japanese names, say).
    public static func make(from name: String, stem: String, existing: Set<String>) -> String {
        var out = ""
        for s in name.lowercased().unicodeScalars {
            if (s >= "a" && s <= "z") || (s >= "0" && s <= "9") {
                out.unicodeScalars.append(s)
            } else if !out.isEmpty, out.last != "-" {
                out.append("-")
            }
        }
        while out.last == "-" { out.removeLast() }
        if out.isEmpty { out = stem }
        if !existing.contains(out) { return out }
        var n = 2
        while existing.contains("\(out)-\(n)") { n += 1 }
        return "\(out)-\(n)"
    }
}
