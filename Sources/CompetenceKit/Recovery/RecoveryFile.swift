#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The unsaved state of a document, kept beside it while an editor has
/// changes that are not saved, so that a killed editor, a crash or a power
/// loss loses at most the last second of work.
///
/// For `FOLDER/NAME.json` it is `FOLDER/.NAME.json.recovery` (links
/// followed first, so every name of one file finds the same recovery file).
/// It is written atomically with permissions 0600, as it holds the whole
/// document. Its first line is a one-line JSON header (`format`
/// `"competence-recovery"`, `version`, the owner's `pid`, `host` and
/// `user`, the document's `file`, and the fingerprint of the `saved` file the
/// edits started from, or null for a document never saved); the rest is the
/// document in the canonical form, read by the same strict loader as any
/// matrix file.
public struct RecoveryFile: Equatable, Sendable {
    public static let formatName = "competence-recovery"
    public static let version = 1

    /// The document with its unsaved edits.
    public var document: Matrix
    public var owner: RecoveryOwner
    /// The saved file the edits started from; nil when it had never been saved.
    public var saved: FileFingerprint?
    /// The document's path as the owner named it.
    public var file: String
    /// When the recovery file was last written (seconds since 1970).
    public var writtenSeconds: Int

    public init(document: Matrix, owner: RecoveryOwner, saved: FileFingerprint?, file: String, writtenSeconds: Int = 0) {
        self.document = document
        self.owner = owner
        self.saved = saved
        self.file = file
        self.writtenSeconds = writtenSeconds
    }

    /// Where the recovery file of `documentPath` lives.
    public static func path(for documentPath: String) -> String {
        let target = AtomicFile.resolveLinks(documentPath)
        let name = target.split(separator: "/").last.map(String.init) ?? target
        let folder = AtomicFile.folderOf(target)
        let prefix = folder == "/" ? "/" : folder == "." && !target.hasPrefix("./") ? "" : folder + "/"
        return prefix + "." + name + ".recovery"
    }

    /// Writes (or replaces) the recovery file of `documentPath`.
    public static func write(_ document: Matrix, for documentPath: String, saved: FileFingerprint?,
                             owner: RecoveryOwner = .current) throws(MatrixFileError) {
        var bytes = header(owner: owner, file: documentPath, saved: saved)
        bytes.append(0x0A)
        bytes += MatrixFile.encode(document)
        try AtomicFile.write(bytes, to: path(for: documentPath), mode: 0o600)
    }

    /// The recovery file of `documentPath`, or nil when there is none. A
    /// damaged one is refused with an error that names it and where.
    public static func read(for documentPath: String) throws(MatrixFileError) -> RecoveryFile? {
        let recovery = path(for: documentPath)
        let bytes: [UInt8], status: stat
        do throws(MatrixFileError) {
            (bytes, status) = try FileBytes.readWithStatus(path: recovery)
        } catch .missing {
            return nil
        }
        let lineEnd = bytes.firstIndex(of: 0x0A) ?? bytes.count
        var found = try readHeader(Array(bytes[..<lineEnd]), file: recovery)
        do throws(MatrixFileError) {
            found.document = try MatrixFile.decode(Array(bytes[min(lineEnd + 1, bytes.count)...]), file: recovery)
        } catch .invalid(let file, let line, let column, let path, let message, let excerpt) {
            // The document starts on the file's second line.
            throw .invalid(file: file, line: line.map { $0 + 1 }, column: column, path: path, message: message, excerpt: excerpt)
        }
        found.writtenSeconds = Int(status.st_mtim.tv_sec)
        return found
    }

    /// Removes the recovery file of `documentPath`; none there is no error.
    public static func delete(for documentPath: String) throws(MatrixFileError) {
        let recovery = path(for: documentPath)
        if unlink(recovery) != 0, errno != ENOENT {
            throw .unwritable(file: recovery, reason: String(cString: strerror(errno)))
        }
    }

    // MARK: The header line

    static func header(owner: RecoveryOwner, file: String, saved: FileFingerprint?) -> [UInt8] {
        var w = JSONWriter()
        w.beginObject(inline: true)
        w.key("format"); w.string(formatName)
        w.key("version"); w.raw(String(version))
        w.key("pid"); w.raw(String(owner.pid))
        w.key("host"); w.string(owner.host)
        w.key("user"); w.string(owner.user)
        w.key("file"); w.string(file)
        w.key("saved")
        if let saved {
            w.beginObject(inline: true)
            w.key("size"); w.raw(String(saved.size))
            w.key("modifiedSeconds"); w.raw(String(saved.modifiedSeconds))
            w.key("modifiedNanoseconds"); w.raw(String(saved.modifiedNanoseconds))
            w.key("fnv1a64"); w.string(String(saved.contentHash, radix: 16))
            w.endObject()
        } else {
            w.raw("null")
        }
        w.endObject()
        return w.bytes
    }

    private static func readHeader(_ line: [UInt8], file: String) throws(MatrixFileError) -> RecoveryFile {
        let value: JSONValue
        do throws(LoadFailure) {
            value = try line.withUnsafeBufferPointer { (buffer) throws(LoadFailure) -> JSONValue in
                var s = JSONScanner(buffer)
                let v = try s.readValue()
                if s.peek() != nil { throw s.failure("unexpected content after the header") }
                return v
            }
        } catch {
            throw damaged(file, "its first line is not a JSON header: \(error.message)")
        }
        guard case .object(let members) = value else { throw damaged(file, "its first line is not a JSON object") }
        func member(_ key: String) -> JSONValue? { members.first { $0.key == key }?.value }
        func text(_ key: String) -> String? { if case .string(let s)? = member(key) { return s }; return nil }
        func int(_ key: String, in object: [JSONMember]? = nil) -> Int? {
            let v = object.map { o in o.first { $0.key == key }?.value } ?? member(key)
            if case .number(let n)? = v { return Int(n) }
            return nil
        }
        guard text("format") == formatName else { throw damaged(file, "it is not a competence recovery file") }
        guard int("version") == version else { throw damaged(file, "recovery format version \(int("version").map(String.init) ?? "?") is not \(version)") }
        guard let pid = int("pid").flatMap(Int32.init(exactly:)), let host = text("host"), let user = text("user"),
              let document = text("file") else {
            throw damaged(file, "its header lacks pid, host, user or file")
        }
        var saved: FileFingerprint?
        switch member("saved") {
        case .null?: saved = nil
        case .object(let s)?:
            guard let size = int("size", in: s), let seconds = int("modifiedSeconds", in: s),
                  let nanos = int("modifiedNanoseconds", in: s),
                  case .string(let hex)? = s.first(where: { $0.key == "fnv1a64" })?.value, let hash = UInt64(hex, radix: 16) else {
                throw damaged(file, "its saved-file fingerprint is incomplete")
            }
            saved = FileFingerprint(size: size, modifiedSeconds: seconds, modifiedNanoseconds: nanos, contentHash: hash)
        default:
            throw damaged(file, "its header lacks the saved-file fingerprint")
        }
        return RecoveryFile(document: Matrix(), owner: RecoveryOwner(pid: pid, host: host, user: user), saved: saved, file: document)
    }

    private static func damaged(_ file: String, _ why: String) -> MatrixFileError {
        .invalid(file: file, line: nil, column: nil, path: "", message: "damaged recovery file: \(why)", excerpt: nil)
    }
}
