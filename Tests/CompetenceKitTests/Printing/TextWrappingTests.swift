import Testing
@testable import CompetenceKit

@Suite struct TextWrappingTests {
    @Test func breaksAtSpacesByDisplayWidth() {
        #expect(TextWrapping.wrap("Negotiation and proposal", width: 12) == ["Negotiation", "and proposal"])
        #expect(TextWrapping.wrap("a b c", width: 80) == ["a b c"])
        #expect(TextWrapping.wrap("", width: 5) == [""])
    }

    @Test func wideTextBreaksBetweenCharacters() {
        #expect(TextWrapping.wrap("インシデント対応力", width: 12) == ["インシデント", "対応力"])
        #expect(TextWrapping.wrap("ISMS/PMSの規程", width: 9) == ["ISMS/PMS", "の規程"])
        #expect(TextWrapping.wrap("佐藤 花子", width: 5) == ["佐藤", "花子"])
    }

    @Test func breaksAfterHyphensAndKeepsJapanesePunctuation() {
        #expect(TextWrapping.wrap("Targeted-attack mail drill", width: 12) == ["Targeted-", "attack mail", "drill"])
        #expect(TextWrapping.wrap("-x", width: 1) == ["-", "x"])
        // A closing bracket, small kana and ー never start a line; an opening bracket never ends one.
        #expect(TextWrapping.wrap("林（開発部長）", width: 12) == ["林（開発部", "長）"])
        #expect(TextWrapping.wrap("ソフトウェア開発", width: 8) == ["ソフト", "ウェア開", "発"])
        #expect(TextWrapping.wrap("セキュリティ", width: 4) == ["セ", "キュ", "リ", "ティ"])
    }

    @Test func cutsWordsLongerThanALine() {
        #expect(TextWrapping.wrap("abcdefgh ij", width: 3) == ["abc", "def", "gh", "ij"])
    }

    @Test func epochSecondsGiveTheUTCDay() {
        #expect(Day(secondsSince1970: 0) == Day("1970-01-01"))
        #expect(Day(secondsSince1970: 1_780_000_000) == Day("2026-05-28"))
        #expect(Day(secondsSince1970: 86_399) == Day("1970-01-01"))
        #expect(Day(secondsSince1970: -1) == nil)
    }

    @Test func asciiEllipsis() {
        #expect(DisplayWidth.truncate("Security manager", to: 8, ellipsis: "...") == "Secur...")
        #expect(DisplayWidth.truncate("営業リーダー", to: 7) == "営業リ…")
    }
}
