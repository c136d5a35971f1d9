// The libFuzzer target over the loader and the text renderer, built by
// scripts/fuzz.sh together with the CompetenceKit sources (not by SwiftPM).
// Any crash, sanitizer report or fatalError here is a finding (fatalError,
// unlike precondition, prints its message in an optimised build).

/// One input: decode it; a refusal must be a short, terminal-safe message;
/// a document must survive encode and decode unchanged, and print at two
/// widths without control characters and within its width.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMatrix(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzMatrix.check(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

enum FuzzMatrix {
    static let day = Day(year: 2026, month: 6, day: 1)!

    static func check(_ bytes: [UInt8]) {
        let m: Matrix
        do throws(MatrixFileError) {
            m = try MatrixFile.decode(bytes, file: "fuzz.json")
        } catch {
            let report = error.report
            if !(isTerminalSafe(report)) { fatalError("an error report carries a raw control character: \(report.debugDescription)") }
            if !(report.utf8.count < 4096) { fatalError("an error report of \(report.utf8.count) bytes") }
            return
        }
        roundTrip(m)
        render(m)
    }

    /// decode(encode(m)) == m, and encoding that again gives the same bytes.
    static func roundTrip(_ m: Matrix) {
        let encoded = MatrixFile.encode(m)
        let again: Matrix
        do throws(MatrixFileError) {
            again = try MatrixFile.decode(encoded, file: "encoded.json")
        } catch {
            fatalError("the encoding of a loaded document is refused: \(error.report)")
        }
        if !(again == m) { fatalError("decode(encode(m)) differs from m") }
        if !(MatrixFile.encode(again) == encoded) { fatalError("encoding is not a fixed point") }
    }

    static func render(_ m: Matrix) {
        let analysis = MatrixAnalysis(m, asOf: day)
        for view in PrintView.allCases {
            let document = PrintJob(view: view).document(m, analysis: analysis, file: "fuzz.json", printedOn: day)
            for width in [TextRenderer.minimumWidth, 80] {
                let text = TextRenderer(width: width).render(document)
                if !(isTerminalSafe(text)) { fatalError("printed text carries a raw control character") }
                for line in text.split(separator: "\n") where DisplayWidth.of(String(line)) > width {
                    fatalError("a printed line is wider than \(width) columns: \(String(line).debugDescription)")
                }
            }
        }
    }

    static func isTerminalSafe(_ text: String) -> Bool {
        !text.unicodeScalars.contains { $0 != "\n" && TextEscaping.needsEscape($0) }
    }
}
