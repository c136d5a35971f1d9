/// Makes text from a file safe to show on a terminal or in a printed table:
/// control characters and escape sequences are shown, never interpreted.
public enum TextEscaping {
    /// `\e` for ESC, `\n` `\r` `\t` for the common ones, `\u{7}` for any other
    /// C0 or C1 control, DEL, and bidirectional overrides that could reorder
    /// what a reader sees.
    public static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for s in text.unicodeScalars {
            guard needsEscape(s) else { out.unicodeScalars.append(s); continue }
            switch s.value {
            case 0x1B: out += "\\e"
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case 0x09: out += "\\t"
            default: out += "\\u{\(String(s.value, radix: 16))}"
            }
        }
        return out
    }

    /// Text from a file quoted in a message: escaped and cut to `width`
    /// columns with "…". Reads only the start, so a 50 MB value costs no more
    /// than a short one and never floods a terminal.
    public static func escapedPrefix(_ text: String, width: Int = 40) -> String {
        let scalars = text.unicodeScalars
        let end = scalars.index(scalars.startIndex, offsetBy: 2 * width, limitedBy: scalars.endIndex) ?? scalars.endIndex
        var shown = escaped(String(scalars[..<end]))
        if end != scalars.endIndex { shown += "…" }
        return DisplayWidth.truncate(shown, to: width)
    }

    @inline(__always)
    static func needsEscape(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return v < 0x20 || (v >= 0x7F && v <= 0x9F) || (v >= 0x202A && v <= 0x202E) || (v >= 0x2066 && v <= 0x2069)
    }
}
