import CompetenceKit

extension EditorState {
    /// Handles one key: changes the state and returns the effect the run
    /// loop must perform. Pure: no terminal, no file, no clock.
    public mutating func handle(_ key: Key) -> Action {
        if case .resize(let w, let h) = key {
            width = max(0, w)
            height = max(0, h)
            scrollToCursor()
            return .none
        }
        message = nil
        var action = Action.none
        switch mode {
        case .normal: action = handleNormal(key)
        case .command(var line):
            if let command = edit(&line, with: key, history: commandHistory) {
                mode = .normal
                if !command.trimmed.isEmpty {
                    commandHistory.append(command)
                    action = runCommand(command)
                }
            } else if mode != .normal {
                mode = .command(line)
            }
        case .search(var line):
            if let query = edit(&line, with: key, history: searchHistory) {
                mode = .normal
                if !query.isEmpty {
                    searchHistory.append(query)
                    searchQuery = query
                    searchNext(forward: true)
                }
            } else if mode != .normal {
                mode = .search(line)
            }
        case .confirm(let question): action = answer(question, with: key)
        case .help(let offset): scrollHelp(from: offset, with: key)
        case .panel(let panel): handlePanel(panel, key)
        }
        prepareReview()
        scrollToCursor()
        return action
    }

    private mutating func handleNormal(_ key: Key) -> Action {
        if handleReviewKey(key) { return .none }
        if moveCursor(key) || handleViewKey(key) { return .none }
        switch key {
        case .tab: view = view.next
        case .backTab: view = view.previous
        case .char("u"): undo()
        case .ctrl("r"): redo()
        case .char("/"): mode = .search(LineEditor(history: searchHistory))
        case .char("n"): searchNext(forward: true)
        case .char("N"): searchNext(forward: false)
        case .char(":"): mode = .command(LineEditor(history: commandHistory))
        case .ctrl("s"): return .save(path: path, quitAfter: false)
        case .char("q"), .ctrl("c"): return requestQuit()
        case .char("?"): mode = .help(offset: 0)
        case .escape: break
        default: message = .error("Unknown key \(key.label): press ? for every key and command")
        }
        return .none
    }

    /// Keys that act on the cell under the cursor. Extension point: a view
    /// with keys of its own handles them here, by `view`.
    private mutating func handleViewKey(_ key: Key) -> Bool {
        switch key {
        case .char(let c) where ("1"..."5").contains(c): setLevel(c.wholeNumberValue!)
        case .char("0"), .char("x"), .delete: setLevel(0)
        case .char("+"): adjustLevel(by: 1)
        case .char("-"): adjustLevel(by: -1)
        default: return false
        }
        return true
    }

    /// Arrows, h j k l, PgUp/PgDn, Home/End (first/last column), g/G (first/last row).
    private mutating func moveCursor(_ key: Key) -> Bool {
        var c = cursor
        let rows = rowCount(view), columns = columnCount(view)
        let page = max(1, bodyHeight - 1)
        switch key {
        case .up, .char("k"): c.row -= 1
        case .down, .char("j"): c.row += 1
        case .left, .char("h"): c.column -= 1
        case .right, .char("l"): c.column += 1
        case .pageUp: c.row -= page; c.top -= page
        case .pageDown: c.row += page; c.top += page
        case .home: c.column = 0
        case .end: c.column = columns - 1
        case .char("g"): c.row = 0
        case .char("G"): c.row = rows - 1
        default: return false
        }
        c.row = max(0, min(c.row, rows - 1))
        c.column = max(0, min(c.column, columns - 1))
        c.top = max(0, c.top)
        cursor = c
        return true
    }

    /// Line editing shared by the command and search lines. Returns the line
    /// when Enter ends it; Esc (or Backspace on an empty line) cancels it.
    private mutating func edit(_ line: inout LineEditor, with key: Key, history: [String]) -> String? {
        switch key {
        case .enter: return line.string
        case .escape, .ctrl("c"): mode = .normal
        case .backspace: if !line.backspace() && line.text.isEmpty { mode = .normal }
        case .delete: line.deleteForward()
        case .left: line.left()
        case .right: line.right()
        case .home, .ctrl("a"): line.home()
        case .end, .ctrl("e"): line.end()
        case .up: line.older()
        case .down: line.newer()
        case .char(let c): line.insert(c)
        case .tab: line.insert(" ")
        default: break
        }
        return nil
    }

    /// `q` and Ctrl-C: quit, asking first when there are unsaved changes.
    mutating func requestQuit() -> Action {
        guard isModified else { return .quit }
        mode = .confirm(Question(text: "Discard unsaved changes and quit? (y/n)", pending: .quit))
        return .none
    }

    /// y does what was asked; n, Esc and Ctrl-C cancel; anything else asks again.
    private mutating func answer(_ question: Question, with key: Key) -> Action {
        switch key {
        case .char("y"), .char("Y"):
            mode = .normal
            return perform(question.pending)
        case .char("n"), .char("N"), .escape, .ctrl("c"):
            mode = .normal
            message = .info(question.pending == .quit ? "Not quitting" : "Nothing deleted")
        default:
            message = .error("Please answer y or n")
        }
        return .none
    }

    private mutating func perform(_ pending: Question.Pending) -> Action {
        switch pending {
        case .quit: return .quit
        case .deleteSkill(let s): deleteSkill(s)
        case .deleteRole(let r): deleteRole(r)
        case .deletePerson(let p): deletePerson(p)
        }
        return .none
    }

    private mutating func scrollHelp(from offset: Int, with key: Key) {
        let last = max(0, HelpText.lines.count - max(1, height - 1))
        var o = offset
        switch key {
        case .down, .char("j"), .enter: o += 1
        case .up, .char("k"): o -= 1
        case .pageDown, .char(" "): o += max(1, height - 3)
        case .pageUp: o -= max(1, height - 3)
        case .char("g"), .home: o = 0
        case .char("G"), .end: o = last
        case .escape, .char("q"), .char("?"), .ctrl("c"):
            mode = .normal
            return
        default: break
        }
        mode = .help(offset: max(0, min(o, last)))
    }
}

extension String {
    var trimmed: String {
        var s = Substring(self)
        while s.first?.isWhitespace == true { s.removeFirst() }
        while s.last?.isWhitespace == true { s.removeLast() }
        return String(s)
    }
}
