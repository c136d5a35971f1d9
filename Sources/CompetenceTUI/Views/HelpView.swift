/// The help screen over the whole window: every key and command.
enum HelpView {
    static func render(offset: Int, theme: Theme, into buffer: inout Buffer, area: Rect) {
        let lines = HelpText.lines
        for i in 0..<area.height {
            let n = offset + i
            guard n < lines.count else { break }
            buffer.put(lines[n], x: area.x, y: area.y + i, limit: area.width, style: n == 0 ? theme.title : .plain)
        }
    }

    static func footer(offset: Int, height: Int) -> String {
        let last = min(HelpText.lines.count, offset + height)
        return " Help: lines \(offset + 1)-\(last) of \(HelpText.lines.count)  j/k, PgUp/PgDn scroll  Esc, q or ? closes"
    }
}
