/// Breaks text into lines that fit a number of display columns, for printed
/// headers, lists and column titles. Latin text breaks at spaces; Japanese
/// and other wide text, which has no spaces, may break between any two wide
/// characters; a word longer than a line is cut where the line ends.
public enum TextWrapping {
    /// Lines of at most `width` display columns (never empty: "" gives [""]).
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [text] }
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        for piece in pieces(of: text) {
            let gap = lineWidth > 0 && piece.spaceBefore ? 1 : 0
            if lineWidth > 0 && lineWidth + gap + piece.width > width {
                lines.append(line)
                line = ""
                lineWidth = 0
            }
            if lineWidth > 0 && piece.spaceBefore {
                line += " "
                lineWidth += 1
            }
            if piece.width <= width - lineWidth {
                line += piece.text
                lineWidth += piece.width
                continue
            }
            // Only a word longer than a whole line gets here: cut it.
            for c in piece.text {
                let w = DisplayWidth.of(String(c))
                if lineWidth + w > width && lineWidth > 0 {
                    lines.append(line)
                    line = ""
                    lineWidth = 0
                }
                line.append(c)
                lineWidth += w
            }
        }
        lines.append(line)
        return lines
    }

    /// A word (run of narrow characters) or a single wide character, and
    /// whether a space stood before it.
    struct Piece {
        var text: String
        var width: Int
        var spaceBefore: Bool
    }

    /// Japanese line-breaking rules (kinsoku), in their simplest form: these
    /// (closing punctuation, the long-vowel mark, small kana) never start a line…
    static let closing: Set<Character> = Set("、。，．）」』】〕〉》！？：；ー・々ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ")
    /// …and these never end one.
    static let opening: Set<Character> = ["（", "「", "『", "【", "〔", "〈", "《"]

    static func pieces(of text: String) -> [Piece] {
        var out: [Piece] = []
        var word = ""
        var wordWidth = 0
        var wordSpaceBefore = false
        var sawSpace = false
        func flush() {
            if !word.isEmpty { out.append(Piece(text: word, width: wordWidth, spaceBefore: wordSpaceBefore)) }
            word = ""
            wordWidth = 0
        }
        for c in text {
            if c == " " {
                flush()
                sawSpace = true
                continue
            }
            let w = DisplayWidth.of(String(c))
            if c == "-" && !word.isEmpty {
                // A line may break after a hyphen inside a word: "Targeted-" / "attack".
                word.append(c)
                wordWidth += w
                flush()
                sawSpace = false
                continue
            }
            if w >= 2 {
                flush()
                let glued = !sawSpace && !out.isEmpty && (closing.contains(c) || opening.contains(out[out.count - 1].text.last!))
                if glued {
                    out[out.count - 1].text.append(c)
                    out[out.count - 1].width += w
                } else {
                    out.append(Piece(text: String(c), width: w, spaceBefore: sawSpace))
                }
            } else {
                if word.isEmpty { wordSpaceBefore = sawSpace }
                word.append(c)
                wordWidth += w
            }
            sawSpace = false
        }
        flush()
        return out
    }
}
