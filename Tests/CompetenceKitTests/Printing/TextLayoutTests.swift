import Testing
@testable import CompetenceKit

/// Properties of the text layout over every fixture, view and width: lines
/// fit the page, and columns line up by display width, Japanese included.
@Suite struct TextLayoutTests {
    static let matrices = [PrintFixtures.small, PrintFixtures.japanese, PrintEscapingTests.hostile]

    @Test(arguments: [40, 50, 61, 80, 132])
    func everyLineFitsTheWidth(width: Int) {
        for m in Self.matrices {
            for view in PrintView.allCases {
                for ascii in [false, true] {
                    let text = PrintFixtures.text(m, view, width: width, ascii: ascii)
                    let long = text.split(separator: "\n").filter { DisplayWidth.of(String($0)) > width }
                    #expect(long.isEmpty, "\(view) at \(width): \(long)")
                }
            }
        }
    }

    /// Display columns at which each separator stands on each table line.
    static func separatorColumns(_ line: Substring) -> [Int] {
        var columns: [Int] = []
        var at = 0
        for c in line {
            if c == "│" || c == "┼" || c == "|" || c == "+" { columns.append(at) }
            at += DisplayWidth.of(String(c))
        }
        return columns
    }

    @Test(arguments: [40, 80])
    func japaneseColumnsLineUp(width: Int) {
        for ascii in [false, true] {
            let text = PrintFixtures.text(PrintFixtures.japanese, .people, width: width, ascii: ascii)
            let blocks = text.components(separatedBy: "\n\n").filter { $0.contains(ascii ? "-+-" : "─┼─") }
            #expect(!blocks.isEmpty)
            for block in blocks {
                let rows = block.split(separator: "\n").filter { !$0.hasPrefix("Part") }
                let expected = Self.separatorColumns(rows.first { $0.contains(ascii ? "+" : "┼") }!)
                for row in rows { #expect(Self.separatorColumns(row) == expected, "\(row)") }
            }
        }
    }

    @Test func columnWidthsStayTheSameAcrossBlocks() {
        let text = PrintFixtures.text(PrintFixtures.japanese, .roles, width: 26)
        #expect(text.contains("Part 1 of 2"))
        let rules = text.split(separator: "\n").filter { $0.contains("┼") }
        #expect(rules.map { $0.prefix { $0 != "┼" } }.allSatisfy { $0 == rules[0].prefix { $0 != "┼" } })
        #expect(rules.count == 2)
    }
}
