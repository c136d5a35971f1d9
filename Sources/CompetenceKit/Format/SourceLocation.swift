/// Turns a byte offset into a line, a column and an excerpt with a caret,
/// computed only when an error is reported.
struct SourceLocation {
    let line: Int
    /// 1-based, counted in characters (Unicode scalars) from the line's start.
    let column: Int
    let excerpt: String

    /// Longest part of a line shown in an excerpt (minified files are one line).
    static let excerptWidth = 72

    init(offset: Int, in bytes: UnsafeBufferPointer<UInt8>) {
        let offset = min(offset, bytes.count)
        var line = 1
        var lineStart = 0
        for i in 0..<offset where bytes[i] == 0x0A {
            line += 1
            lineStart = i + 1
        }
        var lineEnd = offset
        while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
        var column = 1
        for i in lineStart..<offset where bytes[i] & 0xC0 != 0x80 { column += 1 }
        self.line = line
        self.column = column
        // Only the neighbourhood of the spot is decoded: a minified file is one long line.
        var from = max(lineStart, offset - 4 * SourceLocation.excerptWidth)
        while from > lineStart, bytes[from] & 0xC0 == 0x80 { from -= 1 }
        var to = min(lineEnd, offset + 4 * SourceLocation.excerptWidth)
        while to < lineEnd, bytes[to] & 0xC0 == 0x80 { to += 1 }
        let before = String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<offset]), as: UTF8.self)
        let after = String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<to]), as: UTF8.self)
        // Show at most `excerptWidth` columns, keeping the spot in view; tabs
        // become spaces and control characters are escaped so the caret lines up.
        var head = TextEscaping.escaped(before.replacingTabs)
        var tail = TextEscaping.escaped(after.replacingTabs)
        var prefix = from > lineStart ? "…" : ""
        while DisplayWidth.of(head) > SourceLocation.excerptWidth / 2 {
            head.removeFirst()
            prefix = "…"
        }
        if DisplayWidth.of(tail) > SourceLocation.excerptWidth / 2 {
            tail = DisplayWidth.truncate(tail, to: SourceLocation.excerptWidth / 2)
        }
        let shown = prefix + head
        self.excerpt = "    " + shown + tail + "\n    " + String(repeating: " ", count: DisplayWidth.of(shown)) + "^"
    }
}

private extension String {
    var replacingTabs: String { contains("\t") ? split(separator: "\t", omittingEmptySubsequences: false).joined(separator: " ") : self }
}
