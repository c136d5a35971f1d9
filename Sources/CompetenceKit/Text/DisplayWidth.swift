/// Terminal column width of text. East Asian wide and fullwidth characters
/// take two columns, combining marks and other zero-width characters none;
/// every alignment in the program goes through here.
public enum DisplayWidth {
    /// Columns one scalar takes: 0, 1 or 2.
    public static func of(_ s: Unicode.Scalar) -> Int {
        let v = s.value
        if v < 0x300 { return v < 0x20 || (v >= 0x7F && v < 0xA0) ? 0 : 1 }
        if v == 0x200B || v == 0x200C || v == 0x200D || v == 0x2060 || v == 0xFEFF { return 0 }
        if (0xFE00...0xFE0F).contains(v) || (0xE0100...0xE01EF).contains(v) { return 0 }
        switch s.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        return isWide(v) ? 2 : 1
    }

    /// Columns a string takes.
    public static func of(_ text: String) -> Int {
        var n = 0
        for s in text.unicodeScalars { n += of(s) }
        return n
    }

    /// East Asian Wide (W) and Fullwidth (F) ranges, plus emoji presentation.
    static func isWide(_ v: UInt32) -> Bool {
        if v < 0x1100 { return false }
        return (0x1100...0x115F).contains(v) || (0x231A...0x231B).contains(v) || (0x2329...0x232A).contains(v)
            || (0x23E9...0x23EC).contains(v) || v == 0x23F0 || v == 0x23F3 || (0x25FD...0x25FE).contains(v)
            || (0x2614...0x2615).contains(v) || (0x2648...0x2653).contains(v) || v == 0x267F || v == 0x2693
            || v == 0x26A1 || (0x26AA...0x26AB).contains(v) || (0x26BD...0x26BE).contains(v)
            || (0x26C4...0x26C5).contains(v) || v == 0x26CE || v == 0x26D4 || v == 0x26EA
            || (0x26F2...0x26F3).contains(v) || v == 0x26F5 || v == 0x26FA || v == 0x26FD || v == 0x2705
            || (0x270A...0x270B).contains(v) || v == 0x2728 || v == 0x274C || v == 0x274E
            || (0x2753...0x2755).contains(v) || v == 0x2757 || (0x2795...0x2797).contains(v) || v == 0x27B0
            || v == 0x27BF || (0x2B1B...0x2B1C).contains(v) || v == 0x2B50 || v == 0x2B55
            || (0x2E80...0x303E).contains(v) || (0x3041...0x33FF).contains(v) || (0x3400...0x4DBF).contains(v)
            || (0x4E00...0x9FFF).contains(v) || (0xA000...0xA4CF).contains(v) || (0xA960...0xA97F).contains(v)
            || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v) || (0xFE10...0xFE19).contains(v)
            || (0xFE30...0xFE6F).contains(v) || (0xFF00...0xFF60).contains(v) || (0xFFE0...0xFFE6).contains(v)
            || (0x16FE0...0x16FE4).contains(v) || (0x17000...0x18CFF).contains(v) || (0x1B000...0x1B2FF).contains(v)
            || (0x1F004 == v) || v == 0x1F0CF || v == 0x1F18E || (0x1F191...0x1F19A).contains(v)
            || (0x1F200...0x1F251).contains(v) || (0x1F260...0x1F265).contains(v)
            || (0x1F300...0x1F64F).contains(v) && isEmojiWide(v) || (0x1F680...0x1F6FF).contains(v) && isEmojiWide(v)
            || (0x1F7E0...0x1F7EB).contains(v) || (0x1F90C...0x1F9FF).contains(v) || (0x1FA70...0x1FAFF).contains(v)
            || (0x20000...0x2FFFD).contains(v) || (0x30000...0x3FFFD).contains(v)
    }

    private static func isEmojiWide(_ v: UInt32) -> Bool {
        guard let s = Unicode.Scalar(v) else { return false }
        return s.properties.isEmojiPresentation
    }

    /// Cuts `text` to at most `width` columns, ending with `ellipsis` ("…",
    /// or "..." where output must be plain ASCII) when it was cut.
    public static func truncate(_ text: String, to width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        let mark = of(ellipsis) <= width ? ellipsis : ""
        let room = width - of(mark)
        // One pass that stops as soon as the text is known not to fit, so a
        // 50 MB name costs no more than a short one.
        let scalars = text.unicodeScalars
        var cut = scalars.startIndex
        var used = 0
        var i = scalars.startIndex
        while i != scalars.endIndex {
            used += of(scalars[i])
            if used > width { return String(scalars[..<cut]) + mark }
            scalars.formIndex(after: &i)
            if used <= room { cut = i }
        }
        return text
    }

    /// `text` cut to `width` and padded with spaces to exactly `width` columns.
    public static func pad(_ text: String, to width: Int, alignRight: Bool = false, ellipsis: String = "…") -> String {
        let t = truncate(text, to: width, ellipsis: ellipsis)
        let fill = String(repeating: " ", count: max(0, width - of(t)))
        return alignRight ? fill + t : t + fill
    }
}
