/// File names for the pages of an audit pack, made from ids: ids may hold
/// `.` (so `..` or `.hidden`), differ only in case (one file on macOS and
/// Windows), or be long, so each name keeps only letters, digits, `-` and
/// `_` (others become `_`), is cut to 80 characters, and gets `-2`, `-3`…
/// when it would clash, ignoring case, with an earlier one.
enum AuditPackNames {
    static let maximumLength = 80

    /// One file name (with `.html`) per id, in the same order.
    static func fileNames(for ids: [String]) -> [String] {
        var taken = Set<String>()
        return ids.map { id in
            let stem = self.stem(id)
            var name = stem
            var n = 1
            while taken.contains(name.lowercased()) {
                n += 1
                name = "\(stem)-\(n)"
            }
            taken.insert(name.lowercased())
            return name + ".html"
        }
    }

    static func stem(_ id: String) -> String {
        let safe = String(id.unicodeScalars.prefix(maximumLength).map { s -> Character in
            let v = s.value
            let keep = (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) || v == 0x2D || v == 0x5F
            return keep ? Character(s) : "_"
        })
        return safe.isEmpty ? "_" : safe
    }
}
