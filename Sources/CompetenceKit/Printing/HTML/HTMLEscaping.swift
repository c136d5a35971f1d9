/// Makes escaped text (`TextEscaping.escaped`) literal in HTML and in the
/// strings of a style sheet, so that a name prints as it is written and can
/// never open a tag, an attribute or a style rule.
public enum HTMLEscaping {
    /// For text and attribute values: `&`, `<`, `>`, `"` and `'` as entities.
    public static func escaped(_ text: String) -> String {
        guard text.contains(where: { "&<>\"'".contains($0) }) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for c in text {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(c)
            }
        }
        return out
    }

    /// A CSS string literal, quotes included: quotes, backslashes, angle
    /// brackets, ampersands and control characters become six-digit hex
    /// escapes, so that nothing in it can end the string, the rule or the
    /// `<style>` element around it.
    public static func cssString(_ text: String) -> String {
        var out = "\""
        for s in text.unicodeScalars {
            let v = s.value
            let control = v < 0x20 || (v >= 0x7F && v <= 0x9F)
            if !control && !"\"\\<>&".unicodeScalars.contains(s) {
                out.unicodeScalars.append(s)
            } else {
                let hex = String(v, radix: 16)
                out += "\\" + String(repeating: "0", count: max(0, 6 - hex.count)) + hex
            }
        }
        return out + "\""
    }
}
