import Testing
import Foundation
@testable import CompetenceKit

/// Found by the fuzzer (docs/safety.md): at the narrowest widths a legend or
/// header entry kept ten columns of text beside its label and ran past the
/// page. Every line of every view fits, down to `TextRenderer.minimumWidth`.
@Suite struct NarrowWidthTests {
    static let examples = ["starter-en.json", "starter-ja.json", "sales-ja.json"]

    @Test(arguments: examples)
    func everyLineFitsTheWidth(_ example: String) throws {
        let m = try MatrixFile.load(path: ExamplePaths.example(example))
        let analysis = MatrixAnalysis(m, asOf: PrintFixtures.asOf)
        for view in PrintView.allCases {
            let document = PrintJob(view: view).document(m, analysis: analysis, file: example, printedOn: PrintFixtures.printedOn)
            for width in TextRenderer.minimumWidth...32 {
                let text = TextRenderer(width: width).render(document)
                for line in text.split(separator: "\n") where DisplayWidth.of(String(line)) > width {
                    Issue.record("\(example) \(view) at \(width): \(DisplayWidth.of(String(line))) columns: \(line)")
                }
            }
        }
    }

    @Test func aLegendTooNarrowToHangGoesUnderItsLabel() {
        let renderer = TextRenderer(width: 20)
        #expect(renderer.hanging("  Insufficient  ", "a gap or a refresh due in at least one required skill") == [
            "  Insufficient",
            "  a gap or a refresh",
            "  due in at least",
            "  one required skill",
        ])
        #expect(renderer.hanging("  3  ", "Can do it with guidance") == ["  3  Can do it with", "     guidance"])
    }
}
