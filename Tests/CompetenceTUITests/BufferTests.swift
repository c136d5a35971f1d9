import Testing
@testable import CompetenceTUI

@Suite struct BufferTests {
    @Test func wideCharactersTakeTwoCellsAndNothingWraps() {
        var b = Buffer(width: 8, height: 2)
        let used = b.put("佐藤 花子です", x: 0, y: 0)
        // 佐藤 花 is 7 columns; 子 does not fit whole, so a blank ends the row.
        #expect(used == 8)
        #expect(b.lines == ["佐藤 花", ""])
        #expect(b[0, 0].width == 2 && b[1, 0].isContinuation)
        #expect(b[2, 0].character == "藤")
    }

    @Test func aWideCharacterThatDoesNotFitLeavesABlank() {
        var b = Buffer(width: 5, height: 1)
        b.put("ab花子", x: 0, y: 0, limit: 3)
        #expect(b.lines == ["ab"])
        #expect(b[2, 0] == Cell(" "))
        #expect(b[3, 0] == Cell.blank)
    }

    @Test func controlCharactersNeverReachTheBuffer() {
        var b = Buffer(width: 12, height: 1)
        b.put("a\u{1B}[31mb\u{7}\u{202E}c", x: 0, y: 0)
        #expect(b.lines == ["a[31mbc"])
    }

    @Test func paddedTextIsCutWithAnEllipsisByDisplayWidth() {
        var b = Buffer(width: 10, height: 2)
        b.put("インシデント対応力", x: 0, y: 0, width: 7)
        b.put("Sales", x: 0, y: 1, width: 7, alignRight: true)
        #expect(b.lines == ["インシ…", "  Sales"])
    }

    @Test func changesAreOnlyTheCellsThatDiffer() {
        var a = Buffer(width: 6, height: 2)
        a.put("abc", x: 0, y: 0)
        var b = a
        b.put("X", x: 1, y: 0)
        b.put("花", x: 3, y: 1, style: Style(bold: true))
        #expect(b.changes(since: a) == [
            BufferRun(x: 1, y: 0, text: "X", columns: 1, style: .plain),
            BufferRun(x: 3, y: 1, text: "花", columns: 2, style: Style(bold: true)),
        ])
        #expect(b.changes(since: b).isEmpty)
    }

    @Test func aFirstFrameOrANewSizeSendsEverything() {
        var b = Buffer(width: 3, height: 1)
        b.put("ab", x: 0, y: 0, style: Style(reverse: true))
        #expect(b.changes(since: nil) == [
            BufferRun(x: 0, y: 0, text: "ab", columns: 2, style: Style(reverse: true)),
            BufferRun(x: 2, y: 0, text: " ", columns: 1, style: .plain),
        ])
        #expect(b.changes(since: Buffer(width: 4, height: 1)).count == 2)
    }

    @Test func changingHalfOfAWideCharacterResendsIt() {
        var a = Buffer(width: 4, height: 1)
        a.put("花", x: 0, y: 0)
        var b = a
        b[1, 0] = Cell("x")
        b[0, 0] = Cell("y")
        #expect(b.changes(since: a) == [BufferRun(x: 0, y: 0, text: "yx", columns: 2, style: .plain)])
    }

    @Test func aCombiningMarkJoinsTheCharacterBeforeIt() {
        var b = Buffer(width: 6, height: 1)
        let used = b.put("Re\u{301}sume\u{301}", x: 0, y: 0)
        #expect(used == 6)
        #expect(b[1, 0].character == "é" && b[1, 0].base == "e" && b[1, 0].mark == "\u{301}")
        #expect(b.lines == ["Re\u{301}sume\u{301}"])
        #expect(b.changes(since: Buffer(width: 6, height: 1)).map(\.text) == ["Re\u{301}sume\u{301}"])
    }
}
