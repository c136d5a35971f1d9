#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The editor process that keeps a recovery file: enough to tell whether it
/// is still running and to tell a second editor who is editing the file.
public struct RecoveryOwner: Equatable, Sendable {
    public var pid: Int32
    public var host: String
    public var user: String

    public init(pid: Int32, host: String, user: String) {
        self.pid = pid
        self.host = host
        self.user = user
    }

    /// This process, on this host, as this user.
    public static var current: RecoveryOwner {
        RecoveryOwner(pid: getpid(), host: hostName, user: userName)
    }

    /// Whether the owner still runs, as far as this process can tell.
    public enum State: Equatable, Sendable {
        /// This very process.
        case thisProcess
        /// A process with that id runs on this host.
        case running
        /// No process with that id runs on this host: it was killed or crashed.
        case gone
        /// Another host: it cannot be asked from here.
        case otherHost
    }

    /// Asks the kernel with `kill(pid, 0)`, which sends nothing. A process
    /// that exists but belongs to someone else answers EPERM: still running.
    /// A recycled process id can make a dead editor look alive; the person is
    /// asked in that case, never overruled.
    public var state: State {
        guard host == RecoveryOwner.hostName else { return .otherHost }
        if pid == getpid() { return .thisProcess }
        guard pid > 0 else { return .gone }
        if kill(pid, 0) == 0 { return .running }
        return errno == EPERM ? .running : .gone
    }

    static var hostName: String {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count - 1) == 0 else { return "localhost" }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    static var userName: String {
        for name in ["USER", "LOGNAME"] {
            if let v = getenv(name), v.pointee != 0 { return String(cString: v) }
        }
        if let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name { return String(cString: name) }
        return "uid \(geteuid())"
    }
}
