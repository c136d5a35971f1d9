import Testing
import Foundation
@testable import CompetenceKit

#if canImport(Glibc)
import Glibc
#endif

/// The hostile files too big to keep in the repository, made at run time:
/// 100,000-deep nesting, a 50 MB name, 1,000,000 people. Each must be refused
/// with its exact error (or load) without a crash, within a generous time and
/// memory bound. The measured numbers are printed (`huge:` lines) for the
/// record; tight timings belong in the benchmarks, not here.
@Suite(.serialized) struct HugeFileTests {
    /// Generous bounds: a debug build on a busy two-core machine.
    static let timeBound: Double = 120
    static let memoryBound = 4 << 30

    static let head = #"{"format": "competence-matrix", "version": 1, "#
    static let skills = #""skills": [{"id": "s1", "name": "Skill", "category": "security"}], "#
    static let roles = #""roles": [{"id": "r1", "name": "Role", "requires": {"s1": 3}}], "#

    /// Decodes `bytes`, measuring wall time and how far the peak resident
    /// memory rose above what the process held before (Linux resets the peak
    /// through /proc/self/clear_refs, so each case is measured on its own).
    static func measure(_ label: String, _ bytes: [UInt8]) -> Result<Matrix, MatrixFileError> {
        resetPeakResident()
        let before = memoryStatus("VmRSS")
        let start = DispatchTime.now()
        let result: Result<Matrix, MatrixFileError>
        do throws(MatrixFileError) { result = .success(try MatrixFile.decode(bytes, file: "huge.json")) } catch { result = .failure(error) }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        let grown = memoryStatus("VmHWM") - before
        print("huge: \(label): \(bytes.count) bytes, decode \(String(format: "%.2f", seconds)) s, peak RSS +\(grown >> 20) MiB")
        #expect(seconds < timeBound, "\(label) took \(seconds) s")
        #expect(grown < memoryBound, "\(label) grew the peak RSS by \(grown >> 20) MiB")
        return result
    }

    static func resetPeakResident() {
        let fd = open("/proc/self/clear_refs", O_WRONLY)
        if fd >= 0 { _ = write(fd, "5", 1); close(fd) }
    }

    /// A `kB` field of /proc/self/status, in bytes.
    static func memoryStatus(_ field: String) -> Int {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in text.split(separator: "\n") where line.hasPrefix(field + ":") {
            return (Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0) * 1024
        }
        return 0
    }

    /// `count` copies of `unit`, built as bytes: a 50 MB String built by
    /// concatenation would cost more than the decoding it feeds.
    static func repeated(_ unit: String, count: Int) -> [UInt8] {
        let u = Array(unit.utf8)
        var out = [UInt8]()
        out.reserveCapacity(u.count * count)
        for _ in 0..<count { out.append(contentsOf: u) }
        return out
    }

    static func error(_ result: Result<Matrix, MatrixFileError>) -> String {
        switch result {
        case .success: return "loaded"
        case .failure(let e): return e.description
        }
    }

    static func document(extra: String = "", people: String = "[]") -> [UInt8] {
        Array((head + skills + roles + extra + #""people": "# + people + "}").utf8)
    }

    /// A document whose `people` value is `before`, the huge bytes, then `after`.
    static func document(people before: String, _ middle: [UInt8], _ after: String) -> [UInt8] {
        Array((head + skills + roles + #""people": "# + before).utf8) + middle + Array((after + "}").utf8)
    }

    // MARK: 100,000-deep nesting

    @Test func deepArraysInAnUnknownKey() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let r = Self.measure("100,000-deep arrays in an unknown key", Self.document(extra: #""x": "# + deep + ", "))
        #expect(Self.error(r) == "huge.json:1:694: x: values nested deeper than 512 levels")
    }

    @Test func deepObjectsInAnUnknownKey() {
        let deep = String(repeating: #"{"a": "#, count: 100_000) + "1" + String(repeating: "}", count: 100_000)
        let r = Self.measure("100,000-deep objects in an unknown key", Self.document(extra: #""x": "# + deep + ", "))
        #expect(Self.error(r) == "huge.json:1:3249: x: values nested deeper than 512 levels")
    }

    @Test func deepArraysThatNeverClose() {
        let r = Self.measure("100,000 '[' and no ']'", Self.document(extra: #""x": "# + String(repeating: "[", count: 100_000)))
        #expect(Self.error(r) == "huge.json:1:694: x: values nested deeper than 512 levels")
    }

    @Test func deepArraysAsTheDocument() {
        let r = Self.measure("100,000-deep document", Array(String(repeating: "[", count: 100_000).utf8))
        #expect(Self.error(r) == #"huge.json:1:1: expected a JSON object with "format": "competence-matrix", found an array"#)
    }

    @Test func deepArraysWhereSkillsBelong() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let r = Self.measure("100,000-deep skills", Array((Self.head + #""skills": "# + deep + "}").utf8))
        #expect(Self.error(r) == "huge.json:1:58: skills[0]: expected a skill object, found an array")
    }

    @Test func deepValueInAPersonsUnknownKey() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let r = Self.measure("100,000-deep person key", Self.document(people: #"[{"id": "p1", "name": "P", "x": "# + deep + "}]"))
        #expect(Self.error(r) == "huge.json:1:729: people[0].x: values nested deeper than 512 levels")
    }

    // MARK: A 50 MB name

    static let fifty = 50 << 20
    /// Long enough to show that a message quotes only the start of a value.
    static let five = 5 << 20

    @Test func fiftyMegabyteNameLoadsAndPrintsShort() throws {
        let name = Self.repeated("名", count: Self.fifty / 3)
        let r = Self.measure("50 MB Japanese name", Self.document(people: #"[{"id": "p1", "roles": ["r1"], "name": ""#, name, #""}]"#))
        let m = try r.get()
        #expect(m.people[0].name.utf8.count == name.count)
        let start = DispatchTime.now()
        let analysis = MatrixAnalysis(m, asOf: Day(year: 2026, month: 6, day: 1)!)
        let printed = TextRenderer(width: 80).render(PrintJob(view: .people).document(m, analysis: analysis, file: "huge.json", printedOn: analysis.asOf))
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        print("huge: 50 MB name: analyse and print the people view (\(printed.utf8.count) bytes): \(String(format: "%.2f", seconds)) s")
        #expect(printed == """
            Competence matrix
            People: current levels
            File:    huge.json
            As of:   2026-06-01
            Printed: 2026-06-01

            Person                           │ Skill
            ─────────────────────────────────┼──────
            名名名名名名名名名名名名名名名…  │  -!

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

            """)
    }

    @Test func fiftyMegabyteNameOfEscapeSequences() throws {
        let unit = #"\u001b[2J"#
        let r = Self.measure("50 MB of escaped ESC sequences", Self.document(people: #"[{"id": "p1", "name": ""#, Self.repeated(unit, count: Self.fifty / unit.utf8.count), #""}]"#))
        let m = try r.get()
        #expect(m.people[0].name.unicodeScalars.first == "\u{1B}")
        #expect(TextEscaping.escapedPrefix(m.people[0].name, width: 20) == #"\e[2J\e[2J\e[2J\e[2…"#)
    }

    @Test func fiftyMegabyteNameWithABadByteAtItsEnd() {
        let r = Self.measure("50 MB name ending in 0xFF", Self.document(people: #"[{"id": "p1", "name": ""#, Self.repeated("n", count: Self.fifty) + [0xFF], #""}]"#))
        #expect(Self.error(r) == "huge.json:1:52429011: people[0].name: bytes that are not valid UTF-8 in this string")
        if case .failure(let e) = r {
            #expect(e.report.utf8.count < 400)
        }
    }

    @Test func longFormatValueGivesAShortMessage() {
        let r = Self.measure("5 MB format value", Array(#"{"format": ""#.utf8) + Self.repeated("x", count: Self.five) + Array(#""}"#.utf8))
        #expect(Self.error(r) == #"huge.json:1:12: format: expected "competence-matrix", found "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…""#)
    }

    @Test func longIdGivesAShortMessage() {
        let r = Self.measure("5 MB id", Self.document(people: #"[{"id": ""#, Self.repeated("p", count: Self.five) + [0x20], #"", "name": "P"}]"#))
        #expect(Self.error(r) == #"huge.json:1:196: people[0].id: expected an id of letters, digits, '-', '_' or '.', found "ppppppppppppppppppppppppppppppppppppppp…""#)
    }

    @Test func longKeyTwiceGivesAShortMessage() {
        let key = String(repeating: "k", count: Self.five)
        let r = Self.measure("5 MB key twice", Self.document(extra: #""\#(key)": 1, "\#(key)": 2, "#))
        #expect(Self.error(r) == #"huge.json:1:5243065: duplicate key "kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk…" in this object"#)
    }

    @Test func longVersionNumberGivesAShortMessage() {
        let r = Self.measure("5 MB version number", Array(#"{"format": "competence-matrix", "version": 1"#.utf8) + Self.repeated("0", count: Self.five) + Array("}".utf8))
        #expect(Self.error(r) == "huge.json:1:44: version: expected version 1, found 100000000000000000000000000000000000000…")
    }

    // MARK: 1,000,000 people

    static func people(_ count: Int, last: String? = nil) -> [UInt8] {
        var bytes = Array((head + skills + roles + #""people": ["#).utf8)
        bytes.reserveCapacity(count * 40)
        for i in 0..<count {
            if i > 0 { bytes.append(UInt8(ascii: ",")) }
            if i == count - 1, let last {
                bytes += Array(last.utf8)
            } else {
                bytes += Array(#"{"id": "p\#(i)", "name": "Person \#(i)"}"#.utf8)
            }
        }
        bytes += Array("]}\n".utf8)
        return bytes
    }

    @Test func millionPeopleWithNoRolesLoadAndAnalyse() throws {
        let r = Self.measure("1,000,000 people with no roles", Self.people(1_000_000))
        let m = try r.get()
        #expect(m.people.count == 1_000_000)
        #expect(m.people.allSatisfy { $0.roles.isEmpty })
        let start = DispatchTime.now()
        let analysis = MatrixAnalysis(m, asOf: Day(year: 2026, month: 6, day: 1)!)
        let encoded = MatrixFile.encode(m)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        print("huge: 1,000,000 people: analyse and encode (\(encoded.count) bytes): \(String(format: "%.2f", seconds)) s")
        #expect(analysis.peopleWithGaps == 0)
        #expect(analysis.peopleByCategory[.unknown]?.count == 1_000_000)
    }

    @Test func manyPeopleWithADuplicateIdAtTheEnd() {
        let r = Self.measure("200,000 people, last id duplicated", Self.people(200_000, last: #"{"id": "p0", "name": "Again"}"#))
        #expect(Self.error(r) == #"huge.json:1:8377933: people[199999].id: duplicate person id "p0" (first used by people[0])"#)
    }

    @Test func manyPeopleWithADanglingRoleAtTheEnd() {
        let r = Self.measure("200,000 people, last role unknown", Self.people(200_000, last: #"{"id": "last", "name": "L", "roles": ["r2"]}"#))
        #expect(Self.error(r) == #"huge.json:1:8377964: people[199999].roles[0]: unknown role id "r2""#)
    }

    // MARK: Truncation at every byte

    /// Every prefix of a complete document, cut anywhere before its closing
    /// brace, is refused with a located error: never loaded, never a crash.
    @Test func everyPrefixOfADocumentIsRefused() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/invalid")
        let whole = try [UInt8](Data(contentsOf: folder.appendingPathComponent("bom-utf8.json"))).dropFirst(3)
        let end = whole.lastIndex(of: UInt8(ascii: "}"))! - whole.startIndex
        var located = 0
        for n in 0...end {
            do throws(MatrixFileError) {
                _ = try MatrixFile.decode(Array(whole.prefix(n)), file: "cut.json")
                Issue.record("a document cut to \(n) bytes loaded")
            } catch {
                if case .invalid(_, let line?, _, _, _, _) = error, line >= 1 { located += 1 }
            }
        }
        // Only the empty and the whitespace-only prefixes have no line and column.
        #expect(located == end)
    }
}
