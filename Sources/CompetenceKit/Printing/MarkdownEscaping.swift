/// Makes escaped text literal in Markdown (CommonMark and GitHub tables):
/// characters that would start emphasis, code, links, HTML, entities or end
/// a table cell get a backslash, so a name prints as it is written.
public enum MarkdownEscaping {
    static let special: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "&", "#"]

    public static func escaped(_ text: String) -> String {
        guard text.contains(where: special.contains) else { return text }
        var out = ""
        for c in text {
            if special.contains(c) { out.append("\\") }
            out.append(c)
        }
        return out
    }
}
