import CompetenceKit

/// The bottom row: the command or search being typed, a question, or the
/// latest message. Returns where the terminal cursor goes while typing.
enum MessageLine {
    static func render(_ state: EditorState, theme: Theme, into buffer: inout Buffer, area: Rect) -> (x: Int, y: Int)? {
        guard area.height > 0, area.width > 0 else { return nil }
        switch state.mode {
        case .command(let line): return typing(":", line, into: &buffer, area: area)
        case .search(let line): return typing("/", line, into: &buffer, area: area)
        case .confirm(let question):
            buffer.put(fitted(question.text, width: area.width), x: area.x, y: area.y, width: area.width, style: theme.question)
            if let m = state.message {
                let x = area.x + min(area.width, DisplayWidth.of(question.text) + 1)
                buffer.put(m.text, x: x, y: area.y, limit: area.maxX - x, style: theme.error)
            }
        case .panel(let panel): PanelView.bottomLine(state, panel, theme: theme, into: &buffer, area: area)
        case .normal, .help:
            if let m = state.message {
                buffer.put(m.text, x: area.x, y: area.y, width: area.width, style: m.kind == .error ? theme.error : theme.info)
            } else {
                buffer.put(hint(state), x: area.x, y: area.y, width: area.width, style: theme.hint)
            }
        }
        return nil
    }

    /// A question cut to the width with its "(y/n)" kept, so a narrow
    /// window still says how to answer.
    static func fitted(_ question: String, width: Int) -> String {
        let answer = " (y/n)"
        guard DisplayWidth.of(question) > width, question.hasSuffix(answer), width > DisplayWidth.of(answer) + 1 else {
            return question
        }
        let body = String(question.dropLast(answer.count))
        return DisplayWidth.truncate(body, to: width - DisplayWidth.of(answer)) + answer
    }

    /// What the bottom line says when there is nothing else to say: the
    /// keys a newcomer needs first in the current view.
    static func hint(_ state: EditorState) -> String {
        switch state.view {
        case .roles, .people: return "? help  Tab next view  1-5 set level  u undo  : command  q quit"
        case .gaps:
            let subject = state.review.gapsSubject == .person ? "h l person  r role" : "h l role  r one person"
            return "\(subject)  Enter add evidence  H history  a awareness  ? help  Tab next view"
        case .awareness:
            return state.review.inList ? "Enter show in People  a awareness  Esc back to the chart  ? help"
                : "arrows category  Enter its people  ? help  Tab next view"
        }
    }

    /// The prompt and the line, scrolled so the cursor stays in view; typed
    /// text is escaped like names.
    private static func typing(_ prompt: String, _ line: LineEditor, into buffer: inout Buffer, area: Rect) -> (x: Int, y: Int) {
        let before = line.text[..<line.cursor].map { TextEscaping.escaped(String($0)) }
        let after = line.text[line.cursor...].map { TextEscaping.escaped(String($0)) }
        var start = 0
        var used = before.reduce(DisplayWidth.of(prompt)) { $0 + DisplayWidth.of($1) }
        while used > area.width - 1, start < before.count {
            used -= DisplayWidth.of(before[start])
            start += 1
        }
        let shownPrompt = start == 0 ? prompt : ""
        let text = shownPrompt + before[start...].joined() + after.joined()
        buffer.put(text, x: area.x, y: area.y, limit: area.width)
        return (area.x + min(used, area.width - 1), area.y)
    }
}
