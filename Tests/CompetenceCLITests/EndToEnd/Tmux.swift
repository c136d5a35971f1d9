import Foundation
import Testing

/// A private tmux server with one window running a shell, for driving the
/// real editor as a person would: type keys, read the screen. Each instance
/// has its own socket (`tmux -L`), so tests never touch anyone's tmux.
final class Tmux {
    /// Whether tmux is installed (`make test` installs it; CI too).
    static let available: Bool = executable != nil

    private static let executable: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/tmux" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    let socket = "competence-e2e-\(UUID().uuidString.prefix(8))"

    /// Starts a `width`×`height` window running bash in `folder`, in a UTF-8
    /// locale, with a plain prompt (`e2e$ `) and `environment` set.
    init(width: Int = 100, height: Int = 30, folder: String, environment: [String: String] = [:]) throws {
        var env = ["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "PS1": "e2e$ ", "HISTFILE": "/dev/null"]
        for (k, v) in environment { env[k] = v }
        let assignments = env.sorted { $0.key < $1.key }.map { "\($0.key)='\($0.value)'" }.joined(separator: " ")
        try tmux(["-f", "/dev/null", "new-session", "-d", "-x", "\(width)", "-y", "\(height)", "-c", folder,
                  "env \(assignments) bash --norc --noprofile"])
        try tmux(["set-option", "-g", "status", "off"])
    }

    deinit { _ = try? tmux(["kill-server"]) }

    /// Runs a tmux command on this server; returns its standard output.
    /// Spawned and reaped directly rather than through Foundation's Process,
    /// which can wait for ever on the client that starts the server (it
    /// daemonizes, and the server keeps what the client inherited).
    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        let output = NSTemporaryDirectory() + "competence-tmux-\(UUID().uuidString)"
        defer { unlink(output) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([Tmux.executable!, "-L", socket, "-u"] + arguments).map { strdup($0) } + [nil]
        let envp = ProcessInfo.processInfo.environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        // The test runner's threads block signals; tmux, the shell and the
        // editor must start with none blocked and default dispositions,
        // as they would from a terminal, or SIGWINCH and SIGTERM never arrive.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t(), all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        sigdelset(&all, SIGKILL)
        sigdelset(&all, SIGSTOP)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid = pid_t()
        let spawned = posix_spawn(&pid, Tmux.executable!, &actions, &attributes, argv, envp)
        guard spawned == 0 else { throw TmuxError.spawn(spawned) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
    }

    enum TmuxError: Error { case spawn(Int32) }

    /// Types text literally (no key names).
    func type(_ text: String) throws { try tmux(["send-keys", "-l", text]) }

    /// Presses keys by tmux name: `Enter`, `Tab`, `BTab`, `Escape`, `C-s`, `j`.
    func press(_ keys: String...) throws { try tmux(["send-keys"] + keys) }

    /// A `:` command and Enter.
    func command(_ text: String) throws {
        try type(":" + text)
        try press("Enter")
    }

    /// The screen as text, one string per row, trailing spaces removed.
    func screen() throws -> [String] {
        var lines = try tmux(["capture-pane", "-p"]).split(separator: "\n", omittingEmptySubsequences: false).map { line in
            var s = String(line)
            while s.last == " " { s.removeLast() }
            return s
        }
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// A pane property, such as `alternate_on` or `cursor_flag`.
    func pane(_ format: String) throws -> String {
        try tmux(["display-message", "-p", "#{\(format)}"]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Waits (polling) until the screen satisfies `condition` and is steady; records an
    /// issue with the last screen after `timeout` seconds.
    @discardableResult
    func waitFor(_ what: String, timeout: Double = 15, sourceLocation: SourceLocation = #_sourceLocation,
                 _ condition: ([String]) -> Bool) throws -> [String] {
        let deadline = Date().addingTimeInterval(timeout)
        var last: [String] = []
        while Date() < deadline {
            last = try screen()
            if condition(last) {
                // A frame can reach tmux in pieces, so a screen read mid-frame may
                // already show the awaited text but not the rest: accept it only
                // once two reads in a row agree.
                Thread.sleep(forTimeInterval: 0.05)
                let again = try screen()
                if again == last { return last }
                continue
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        Issue.record("timed out waiting for \(what); screen:\n\(last.joined(separator: "\n"))", sourceLocation: sourceLocation)
        return last
    }

    /// Waits until some row of the screen contains `text`.
    @discardableResult
    func waitFor(text: String, timeout: Double = 15, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String] {
        try waitFor("'\(text)'", timeout: timeout, sourceLocation: sourceLocation) { $0.contains { $0.contains(text) } }
    }
}
