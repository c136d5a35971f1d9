import Foundation
import Testing

extension Tmux {
    /// The shell is back, on the main screen, with its cursor and echo, and
    /// the editor ended with exit `status`.
    func expectShellRestored(status: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try waitFor("the shell prompt", sourceLocation: sourceLocation) { $0.last { !$0.isEmpty } == "e2e$" }
        #expect(try pane("alternate_on") == "0", sourceLocation: sourceLocation)
        #expect(try pane("cursor_flag") == "1", sourceLocation: sourceLocation)
        try type("echo status $?; stty -a | grep -o -w -e -echo -e echo -e -icanon -e icanon | tr '\\n' ' '; echo")
        try press("Enter")
        let screen = try waitFor("stty", sourceLocation: sourceLocation) { $0.contains { $0.hasPrefix("icanon") || $0.hasPrefix("-icanon") } }
        let lines = screen.filter { $0.hasPrefix("status ") || $0.hasPrefix("icanon") || $0.hasPrefix("-icanon") }
        #expect(lines == ["status \(status)", "icanon echo"], sourceLocation: sourceLocation)
    }
}
