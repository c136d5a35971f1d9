import CompetenceKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `lp`, the system's print command (CUPS), as `:print` with no path uses
/// it: started with `posix_spawn` and an argument list (never a shell), its
/// input a temporary file, its output kept for the editor to report, in a
/// process group of its own so that keys at the terminal never reach it. The
/// editor never waits for it: `LinePrintJob.poll()` looks in afterwards.
public struct LinePrinter: Sendable, Equatable {
    /// The executable started.
    public let path: String

    public init(path: String) {
        self.path = path
    }

    /// `lp` on `$PATH`, or nil when there is none.
    public static func onPath() -> LinePrinter? {
        guard let value = getenv("PATH") else { return nil }
        for folder in String(cString: value).split(separator: ":") where !folder.isEmpty {
            let candidate = "\(folder)/lp"
            var st = stat()
            if stat(candidate, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, access(candidate, X_OK) == 0 {
                return LinePrinter(path: candidate)
            }
        }
        return nil
    }

    /// Starts `lp -t TITLE` reading `text`; returns at once with the running job.
    public func start(_ text: String, title: String) throws(LinePrinterError) -> LinePrintJob {
        let input = try LinePrinter.temporaryFile()
        defer { close(input) }
        try LinePrinter.write(Array(text.utf8), to: input)
        let output = try LinePrinter.temporaryFile()
        do {
            let pid = try spawn(arguments: [path, "-t", title], input: input, output: output)
            return LinePrintJob(pid: pid, output: output)
        } catch {
            close(output)
            throw error
        }
    }

    private func spawn(arguments: [String], input: Int32, output: Int32) throws(LinePrinterError) -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, input, 0)
        posix_spawn_file_actions_adddup2(&actions, output, 1)
        posix_spawn_file_actions_adddup2(&actions, output, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK))
        let argv = arguments.map { strdup($0) } + [nil]
        defer { for a in argv { free(a) } }
        var pid = pid_t()
        let status = posix_spawn(&pid, path, &actions, &attributes, argv, environ)
        guard status == 0 else { throw LinePrinterError(reason: String(cString: strerror(status))) }
        return pid
    }

    /// A new file in `$TMPDIR` (else /tmp), already unlinked: it lives while it is open.
    static func temporaryFile() throws(LinePrinterError) -> Int32 {
        let folder = getenv("TMPDIR").map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template = Array("\(folder)/competence-print-XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw LinePrinterError(reason: String(cString: strerror(errno))) }
        _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        return fd
    }

    /// Writes all of `bytes` and rewinds, so the child reads from the start.
    static func write(_ bytes: [UInt8], to fd: Int32) throws(LinePrinterError) {
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + done, bytes.count - done) }
            if n < 0 {
                if errno == EINTR { continue }
                throw LinePrinterError(reason: String(cString: strerror(errno)))
            }
            done += n
        }
        lseek(fd, 0, SEEK_SET)
    }
}

/// Why `lp` could not be started.
public struct LinePrinterError: Error, Equatable, Sendable {
    public let reason: String
}

/// One `lp` run in the background.
public struct LinePrintJob: Sendable, Equatable {
    /// How it ended: lp's exit status and the first line it printed.
    public struct Outcome: Equatable, Sendable {
        public let status: Int32
        public let message: String
    }

    let pid: pid_t
    /// An unlinked file holding what lp wrote on stdout and stderr.
    let output: Int32

    /// Nil while lp runs; once it has ended, how (and the job is reaped and
    /// its file closed, so poll it no more).
    public func poll() -> Outcome? {
        var status: Int32 = 0
        let r = waitpid(pid, &status, WNOHANG)
        if r == 0 || (r < 0 && errno == EINTR) { return nil }
        defer { close(output) }
        guard r == pid else { return Outcome(status: -1, message: "lost track of lp") }
        let exited = status & 0x7F == 0
        return Outcome(status: exited ? (status >> 8) & 0xFF : 128 + status & 0x7F, message: firstLine())
    }

    private func firstLine() -> String {
        var buffer = [UInt8](repeating: 0, count: 512)
        let n = buffer.withUnsafeMutableBytes { pread(output, $0.baseAddress, $0.count, 0) }
        guard n > 0 else { return "" }
        let text = String(decoding: buffer[0..<n], as: UTF8.self)
        let line = text.split(separator: "\n", omittingEmptySubsequences: true).first.map(String.init) ?? ""
        return TextEscaping.escaped(line.trimmed)
    }
}
