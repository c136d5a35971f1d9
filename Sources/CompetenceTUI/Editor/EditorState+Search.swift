extension EditorState {
    /// n and N: the next or previous row whose name contains the search
    /// (ignoring case), wrapping around; columns when no row matches.
    mutating func searchNext(forward: Bool) {
        guard let query = searchQuery else {
            message = .error("No search yet: / then text, Enter")
            return
        }
        let needle = query.lowercased()
        let step = forward ? 1 : -1
        var c = cursor
        if let (row, wrapped) = find(needle, from: c.row, count: rowCount(view), step: step, name: { rowTitle(view, $0) }) {
            c.row = row
            cursor = c
            message = .info(wrapped ? "/\(query): search wrapped around" : "/\(query)")
        } else if let (column, wrapped) = find(needle, from: c.column, count: columnCount(view), step: step,
                                               name: { columnTitle(view, $0) }) {
            c.column = column
            cursor = c
            message = .info(wrapped ? "/\(query): search wrapped around" : "/\(query)")
        } else {
            message = .error("Not found: \(query)")
        }
    }

    /// The first index after `start` (stepping and wrapping) whose name
    /// contains `needle`, and whether the search went past the end.
    private func find(_ needle: String, from start: Int, count: Int, step: Int,
                      name: (Int) -> String) -> (Int, Bool)? {
        guard count > 0 else { return nil }
        for n in 1...count {
            let i = ((start + step * n) % count + count) % count
            if name(i).lowercased().contains(needle) {
                return (i, forward(step) ? start + n >= count : start - n < 0)
            }
        }
        return nil
    }

    private func forward(_ step: Int) -> Bool { step > 0 }
}
