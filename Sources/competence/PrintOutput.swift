import ArgumentParser
import CompetenceKit

#if canImport(Glibc)
import Glibc
#endif

/// Where a rendering goes: standard output, or a file written atomically
/// (`--output PATH`), so a failed write leaves any old file as it was.
enum PrintOutput {
    static func write(_ text: String, to path: String?) throws {
        let bytes = Array(text.utf8)
        guard let path else { return writeStandardOutput(bytes) }
        do {
            try AtomicFile.write(bytes, to: path)
        } catch {
            throw CommandFailure.report(error)
        }
    }

    static func writeStandardOutput(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { buf in
            var done = 0
            while done < buf.count {
                let n = Glibc.write(1, buf.baseAddress! + done, buf.count - done)
                if n < 0 { if errno == EINTR { continue }; return }
                done += n
            }
        }
    }
}
