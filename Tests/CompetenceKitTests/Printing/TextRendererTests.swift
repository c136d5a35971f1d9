import Testing
@testable import CompetenceKit

/// Whole printed outputs of every view in text, reviewed by eye once.
@Suite struct TextRendererTests {
    @Test func smallRoles() {
        #expect(PrintFixtures.text(PrintFixtures.small, .roles) == """
        Example Corp ISMS competence matrix
        Roles: required levels
        Owner:    ISMS secretariat
        Approved: Tanaka Jiro, 2026-04-01
        File:     matrix.json
        As of:    2026-06-01
        Printed:  2026-06-02

                                   │       │ Security
        Skill                      │ Sales │ manager
        ───────────────────────────┼───────┼─────────
        Business
          Customer hearing         │   4   │
          Negotiation and proposal │   3   │
        Security
          ISMS/PMS rules           │   2   │    4
          Incident response        │       │    4

        Levels
          1  Knows of it
          2  Understands it
          3  Can do it with guidance
          4  Can do it alone
          5  Can teach others

        Cells
          1-5    the lowest level a holder of the role must reach
          blank  not required
        """ + "\n")
    }

    @Test func smallPeople() {
        #expect(PrintFixtures.text(PrintFixtures.small, .people) == """
        Example Corp ISMS competence matrix
        People: current levels
        Owner:    ISMS secretariat
        Approved: Tanaka Jiro, 2026-04-01
        File:     matrix.json
        As of:    2026-06-01
        Printed:  2026-06-02

                      │ Customer │ Negotiation  │ ISMS/PMS │ Incident
        Person        │ hearing  │ and proposal │  rules   │ response
        ──────────────┼──────────┼──────────────┼──────────┼─────────
        Sato Hanako   │    4     │      2!      │    2*    │
        Suzuki Ichiro │    4     │      3       │    5     │   (2!)
        Takahashi Ken │          │              │    4     │    -!

        Levels
          1  Knows of it
          2  Understands it
          3  Can do it with guidance
          4  Can do it alone
          5  Can teach others

        Marks
          3      current level: the latest assessment on or before the reference date
          2!     short of the level the person's roles require
          3*     due for refresh: the evidence is older than the skill's refresh
                 interval
          -!     required, but never assessed
          (2!)   exempt: not counted as a gap until the exemption ends
          blank  not assessed and not required
        """ + "\n")
    }

    @Test func smallGaps() {
        #expect(PrintFixtures.text(PrintFixtures.small, .gaps) == """
        Example Corp ISMS competence matrix
        Gaps: required skills short or due for refresh
        Owner:    ISMS secretariat
        Approved: Tanaka Jiro, 2026-04-01
        File:     matrix.json
        As of:    2026-06-01
        Printed:  2026-06-02

        2 of 3 people have a gap or a refresh due.

        Skill                      │ Req │ Cur │ Gap │ State │ Evidence   │ Assessor
        ───────────────────────────┼─────┼─────┼─────┼───────┼────────────┼─────────
        Sato Hanako (p001): Sales
          Negotiation and proposal │   3 │   2 │   1 │ short │ 2026-01-10 │ Suzuki
          ISMS/PMS rules           │   2 │   2 │   0 │ due   │ 2025-04-01 │ Tanaka
        Takahashi Ken (p003): Security manager
          Incident response        │   4 │   - │   4 │ short │            │

        Levels
          1  Knows of it
          2  Understands it
          3  Can do it with guidance
          4  Can do it alone
          5  Can teach others

        Columns
          Req       required level: the highest any of the person's roles requires
          Cur       current level: the latest assessment on or before the reference date
                    (- none)
          Gap       Req minus Cur, where positive
          State     short (below Req), due (evidence older than the skill's refresh
                    interval), or short+due
          Evidence  date of the latest assessment
          Assessor  who made it
        """ + "\n")
    }

    @Test func smallAwareness() {
        #expect(PrintFixtures.text(PrintFixtures.small, .awareness) == """
        Example Corp ISMS competence matrix
        Awareness: categories A-F
        Owner:    ISMS secretariat
        Approved: Tanaka Jiro, 2026-04-01
        File:     matrix.json
        As of:    2026-06-01
        Printed:  2026-06-02

                     │  Correct  │  Lacking  │ Wilful or
        Competence   │ awareness │ awareness │ malicious
        ─────────────┼───────────┼───────────┼──────────
        Sufficient   │   A: 0    │   C: 1    │   E: 0
        Insufficient │   B: 1    │   D: 0    │   F: 0

        People by category
          A  Ideal: competent and acts appropriately (0)
          B  Not yet competent, but acts with the right intent (1): Sato Hanako
          C  Competent, but acts inappropriately for lack of awareness (1): Suzuki
             Ichiro
          D  Acts inappropriately: lacks competence and awareness (0)
          E  Competent, and acts inappropriately on purpose (0)
          F  Not competent, and acts inappropriately on purpose (0)
          ?  Awareness not yet assessed (1): Takahashi Ken

        Competence
          Sufficient    no gap and no refresh due in any required skill (exempt skills
                        aside)
          Insufficient  a gap or a refresh due in at least one required skill
          ?             awareness not yet assessed
        """ + "\n")
    }

    @Test func japaneseRoles() {
        #expect(PrintFixtures.text(PrintFixtures.japanese, .roles) == """
        営業部 力量表
        Roles: required levels
        File:    matrix.json
        As of:   2026-06-01
        Printed: 2026-06-02

        Skill                │ 営業 │ 営業リーダー
        ─────────────────────┼──────┼─────────────
        Business
          ヒアリング能力     │  3   │      4
          交渉・提案力       │  3   │      4
        Security
          ISMS/PMSの規程     │  2   │      3
          インシデント対応力 │  1   │      2

        Levels
          1  知る
          2  理解
          3  指導されながらできる
          4  一人で実施できる
          5  人に指導できる

        Cells
          1-5    the lowest level a holder of the role must reach
          blank  not required
        """ + "\n")
    }

    @Test func japanesePeople() {
        #expect(PrintFixtures.text(PrintFixtures.japanese, .people) == """
        営業部 力量表
        People: current levels
        File:    matrix.json
        As of:   2026-06-01
        Printed: 2026-06-02

                   │ ヒアリン │              │ ISMS/PMS │ インシデン
        Person     │  グ能力  │ 交渉・提案力 │  の規程  │  ト対応力
        ───────────┼──────────┼──────────────┼──────────┼───────────
        佐藤 花子  │    3     │      2!      │    2*    │     -!
        鈴木 一郎  │    5     │      4       │    3     │     2
        Smith John │    1!    │      -!      │    -!    │     -!

        Levels
          1  知る
          2  理解
          3  指導されながらできる
          4  一人で実施できる
          5  人に指導できる

        Marks
          3      current level: the latest assessment on or before the reference date
          2!     short of the level the person's roles require
          3*     due for refresh: the evidence is older than the skill's refresh
                 interval
          -!     required, but never assessed
          (2!)   exempt: not counted as a gap until the exemption ends
          blank  not assessed and not required
        """ + "\n")
    }

    @Test func japaneseGaps() {
        #expect(PrintFixtures.text(PrintFixtures.japanese, .gaps) == """
        営業部 力量表
        Gaps: required skills short or due for refresh
        File:    matrix.json
        As of:   2026-06-01
        Printed: 2026-06-02

        2 of 3 people have a gap or a refresh due.

        Skill                │ Req │ Cur │ Gap │ State │ Evidence   │ Assessor
        ─────────────────────┼─────┼─────┼─────┼───────┼────────────┼─────────
        佐藤 花子 (s01): 営業
          交渉・提案力       │   3 │   2 │   1 │ short │ 2026-02-01 │ 田中
          インシデント対応力 │   1 │   - │   1 │ short │            │
          ISMS/PMSの規程     │   2 │   2 │   0 │ due   │ 2025-03-01 │ 事務局
        Smith John (s03): 営業
          交渉・提案力       │   3 │   - │   3 │ short │            │
          ヒアリング能力     │   3 │   1 │   2 │ short │ 2026-02-01 │ 田中
          ISMS/PMSの規程     │   2 │   - │   2 │ short │            │
          インシデント対応力 │   1 │   - │   1 │ short │            │

        Levels
          1  知る
          2  理解
          3  指導されながらできる
          4  一人で実施できる
          5  人に指導できる

        Columns
          Req       required level: the highest any of the person's roles requires
          Cur       current level: the latest assessment on or before the reference date
                    (- none)
          Gap       Req minus Cur, where positive
          State     short (below Req), due (evidence older than the skill's refresh
                    interval), or short+due
          Evidence  date of the latest assessment
          Assessor  who made it
        """ + "\n")
    }

    @Test func japaneseAwareness() {
        #expect(PrintFixtures.text(PrintFixtures.japanese, .awareness) == """
        営業部 力量表
        Awareness: categories A-F
        File:    matrix.json
        As of:   2026-06-01
        Printed: 2026-06-02

                     │  Correct  │  Lacking  │ Wilful or
        Competence   │ awareness │ awareness │ malicious
        ─────────────┼───────────┼───────────┼──────────
        Sufficient   │   A: 1    │   C: 0    │   E: 0
        Insufficient │   B: 1    │   D: 0    │   F: 1

        People by category
          A  Ideal: competent and acts appropriately (1): 鈴木 一郎
          B  Not yet competent, but acts with the right intent (1): 佐藤 花子
          C  Competent, but acts inappropriately for lack of awareness (0)
          D  Acts inappropriately: lacks competence and awareness (0)
          E  Competent, and acts inappropriately on purpose (0)
          F  Not competent, and acts inappropriately on purpose (1): Smith John
          ?  Awareness not yet assessed (0)

        Competence
          Sufficient    no gap and no refresh due in any required skill (exempt skills
                        aside)
          Insufficient  a gap or a refresh due in at least one required skill
          ?             awareness not yet assessed
        """ + "\n")
    }

    @Test func narrowSplitsIntoBlocks() {
        #expect(PrintFixtures.text(PrintFixtures.small, .people, width: 40) == """
        Example Corp ISMS competence matrix
        People: current levels
        Owner:    ISMS secretariat
        Approved: Tanaka Jiro, 2026-04-01
        File:     matrix.json
        As of:    2026-06-01
        Printed:  2026-06-02

        Part 1 of 2
                      │ Customer │ Negotiation
        Person        │ hearing  │ and proposal
        ──────────────┼──────────┼─────────────
        Sato Hanako   │    4     │      2!
        Suzuki Ichiro │    4     │      3
        Takahashi Ken │          │

        Part 2 of 2
                      │ ISMS/PMS │ Incident
        Person        │  rules   │ response
        ──────────────┼──────────┼─────────
        Sato Hanako   │    2*    │
        Suzuki Ichiro │    5     │   (2!)
        Takahashi Ken │    4     │    -!

        Levels
          1  Knows of it
          2  Understands it
          3  Can do it with guidance
          4  Can do it alone
          5  Can teach others

        Marks
          3      current level: the latest
                 assessment on or before the
                 reference date
          2!     short of the level the person's
                 roles require
          3*     due for refresh: the evidence
                 is older than the skill's
                 refresh interval
          -!     required, but never assessed
          (2!)   exempt: not counted as a gap
                 until the exemption ends
          blank  not assessed and not required
        """ + "\n")
    }

    @Test func narrowJapaneseASCII() {
        #expect(PrintFixtures.text(PrintFixtures.japanese, .people, width: 40, ascii: true) == """
        営業部 力量表
        People: current levels
        File:    matrix.json
        As of:   2026-06-01
        Printed: 2026-06-02

        Part 1 of 2
                   | ヒアリン |
        Person     |  グ能力  | 交渉・提案力
        -----------+----------+-------------
        佐藤 花子  |    3     |      2!
        鈴木 一郎  |    5     |      4
        Smith John |    1!    |      -!

        Part 2 of 2
                   | ISMS/PMS | インシデン
        Person     |  の規程  |  ト対応力
        -----------+----------+-----------
        佐藤 花子  |    2*    |     -!
        鈴木 一郎  |    3     |     2
        Smith John |    -!    |     -!

        Levels
          1  知る
          2  理解
          3  指導されながらできる
          4  一人で実施できる
          5  人に指導できる

        Marks
          3      current level: the latest
                 assessment on or before the
                 reference date
          2!     short of the level the person's
                 roles require
          3*     due for refresh: the evidence
                 is older than the skill's
                 refresh interval
          -!     required, but never assessed
          (2!)   exempt: not counted as a gap
                 until the exemption ends
          blank  not assessed and not required
        """ + "\n")
    }

    /// A list wraps its long cells rather than widen; what still does not fit splits into blocks.
    @Test func gapsWrapCellsThenSplitAtNarrowWidth() {
        #expect(PrintFixtures.text(PrintFixtures.small, .gaps, width: 50) == """
        Example Corp ISMS competence matrix
        Gaps: required skills short or due for refresh
        Owner:    ISMS secretariat
        Approved: Tanaka Jiro, 2026-04-01
        File:     matrix.json
        As of:    2026-06-01
        Printed:  2026-06-02

        2 of 3 people have a gap or a refresh due.

        Part 1 of 2
        Skill                │ Req │ Cur │ Gap │ State
        ─────────────────────┼─────┼─────┼─────┼──────
        Sato Hanako (p001): Sales
          Negotiation and    │   3 │   2 │   1 │ short
          proposal           │     │     │     │
          ISMS/PMS rules     │   2 │   2 │   0 │ due
        Takahashi Ken (p003): Security manager
          Incident response  │   4 │   - │   4 │ short

        Part 2 of 2
        Skill                │ Evidence   │ Assessor
        ─────────────────────┼────────────┼─────────
        Sato Hanako (p001): Sales
          Negotiation and    │ 2026-01-10 │ Suzuki
          proposal           │            │
          ISMS/PMS rules     │ 2025-04-01 │ Tanaka
        Takahashi Ken (p003): Security manager
          Incident response  │            │

        Levels
          1  Knows of it
          2  Understands it
          3  Can do it with guidance
          4  Can do it alone
          5  Can teach others

        Columns
          Req       required level: the highest any of the
                    person's roles requires
          Cur       current level: the latest assessment
                    on or before the reference date (-
                    none)
          Gap       Req minus Cur, where positive
          State     short (below Req), due (evidence older
                    than the skill's refresh interval), or
                    short+due
          Evidence  date of the latest assessment
          Assessor  who made it
        """ + "\n")
    }
}
