#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One version of a file on disk: its size, time of last modification and a
/// hash of its content. Taken when a document is loaded and compared before
/// it is saved, so that a file another program wrote since is not
/// overwritten silently.
///
/// Two fingerprints are the same version when size and content hash agree;
/// the modification time alone does not count (a `touch` changes nothing
/// worth refusing a save for), but it is kept to say when the file changed.
/// The hash (64-bit FNV-1a) detects changes; it is no defence against
/// someone forging a file with the same hash.
public struct FileFingerprint: Equatable, Sendable, CustomStringConvertible {
    public let size: Int
    /// Seconds since 1970 of the last modification, and the nanoseconds within that second.
    public let modifiedSeconds: Int
    public let modifiedNanoseconds: Int
    public let contentHash: UInt64

    public init(size: Int, modifiedSeconds: Int, modifiedNanoseconds: Int, contentHash: UInt64) {
        self.size = size
        self.modifiedSeconds = modifiedSeconds
        self.modifiedNanoseconds = modifiedNanoseconds
        self.contentHash = contentHash
    }

    /// The fingerprint of `bytes` read from a file whose status is `status`.
    public init(bytes: [UInt8], status: stat) {
        self.init(size: bytes.count, modifiedSeconds: Int(status.st_mtim.tv_sec),
                  modifiedNanoseconds: Int(status.st_mtim.tv_nsec), contentHash: FileFingerprint.hash(bytes))
    }

    /// The file at `path` now (following symbolic links), or nil when there is none.
    public static func current(path: String) throws(MatrixFileError) -> FileFingerprint? {
        do throws(MatrixFileError) {
            let (bytes, status) = try FileBytes.readWithStatus(path: path)
            return FileFingerprint(bytes: bytes, status: status)
        } catch .missing {
            return nil
        }
    }

    /// Whether `other` is the same version of the file: same size and content.
    public func sameContent(as other: FileFingerprint) -> Bool {
        size == other.size && contentHash == other.contentHash
    }

    /// 64-bit FNV-1a of `bytes`.
    public static func hash(_ bytes: [UInt8]) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes {
            h ^= UInt64(b)
            h = h &* 0x0000_0100_0000_01B3
        }
        return h
    }

    public var description: String {
        "\(size) bytes, modified \(modifiedSeconds).\(modifiedNanoseconds), fnv1a64 \(String(contentHash, radix: 16))"
    }
}
