/// A stretch of changed cells on one row that share a style: the unit a
/// backend writes to the terminal.
public struct BufferRun: Equatable, Sendable {
    public var x: Int
    public var y: Int
    public var text: String
    /// Columns the text covers, wide characters counting two.
    public var columns: Int
    public var style: Style
}

extension Buffer {
    /// The runs of cells that differ from `previous`, so that a frame sends
    /// only what changed. With no previous frame (or a different size)
    /// everything is a change. Wide characters are always sent whole.
    public func changes(since previous: Buffer?) -> [BufferRun] {
        let full = previous == nil || previous!.width != width || previous!.height != height
        var runs = [BufferRun]()
        for y in 0..<height {
            var x = 0
            let base = y * width
            while x < width {
                if !full, cells[base + x] == previous!.cells[base + x] { x += 1; continue }
                var start = x
                if cells[base + start].isContinuation, start > 0 { start -= 1 }
                let style = cells[base + start].style
                var run = BufferRun(x: start, y: y, text: "", columns: 0, style: style)
                var i = start
                while i < width {
                    let c = cells[base + i]
                    if c.style != style { break }
                    if !full, i > x, c == previous!.cells[base + i], !c.isContinuation { break }
                    if !c.isContinuation { c.append(to: &run.text) }
                    run.columns += 1
                    i += 1
                }
                if i == start { i += 1 }
                runs.append(run)
                x = i
            }
        }
        return runs
    }
}
