import Foundation
import Testing
@testable import CompetenceKit

/// The fast loader (issue 7) against the straightforward one it replaced
/// (Reference/): on every document, generated or mutated, both accept and
/// give the same matrix, or both refuse with the same error, byte for byte
/// (message, path, line, column and excerpt).
@Suite struct LoaderDifferentialTests {
    /// The straightforward loader: decode, validate, report, as MatrixFile.decode does.
    static func referenceDecode(_ bytes: [UInt8], file: String) -> Result<Matrix, MatrixFileError> {
        bytes.withUnsafeBufferPointer { buffer in
            func report(_ failure: LoadFailure) -> MatrixFileError {
                MatrixFile.report(failure, file: file, bytes: buffer)
            }
            let m: Matrix
            do throws(LoadFailure) { m = try ReferenceMatrixDecoder.decode(buffer) } catch { return .failure(report(error)) }
            if let problem = ReferenceMatrixValidator.firstProblem(in: m) { return .failure(report(problem)) }
            return .success(m)
        }
    }

    static func fastDecode(_ bytes: [UInt8], file: String) -> Result<Matrix, MatrixFileError> {
        do throws(MatrixFileError) { return .success(try MatrixFile.decode(bytes, file: file)) } catch { return .failure(error) }
    }

    /// Both loaders on one document; a description of the difference, or nil when they agree.
    static func disagreement(_ bytes: [UInt8]) -> String? {
        let fast = fastDecode(bytes, file: "f.json")
        let reference = referenceDecode(bytes, file: "f.json")
        switch (fast, reference) {
        case (.success(let a), .success(let b)):
            return a == b ? nil : "both accept, but the documents differ"
        case (.failure(let a), .failure(let b)):
            return a == b ? nil : "fast: \(a.report)\nreference: \(b.report)"
        case (.success, .failure(let b)):
            return "fast accepts, reference refuses: \(b.report)"
        case (.failure(let a), .success):
            return "fast refuses, reference accepts: \(a.report)"
        }
    }

    /// Documents to start from: the examples and one that uses every part of the format.
    static func seeds() throws -> [[UInt8]] {
        var out = try ["starter-en.json", "starter-ja.json", "sales-ja.json"].map {
            Array(try Data(contentsOf: URL(fileURLWithPath: ExamplePaths.example($0))))
        }
        out.append(Array(everything.utf8))
        out.append(MatrixFile.encode(try MatrixFile.decode(Array(everything.utf8), file: "x")))
        return out
    }

    /// Every key of the format, unknown keys at every level, escapes in keys
    /// and values, Japanese text, and values of every JSON type.
    static let everything = #"""
    {"format": "competence-matrix", "version": 1, "title": "Tëst \"quoted\" \u00e9\n", "owner": "ISMS 事務局",
     "approval": {"by": "CISO", "date": "2026-02-28", "x-sig": [1, -2.5e3, {"k": null}]},
     "levels": [{"level": 1, "name": "知る", "x": true}, {"level": 2, "name": "理解"}, {"level": 3, "name": "指導されながらできる"},
                {"level": 4, "name": "一人で実施できる"}, {"level": 5, "name": "人に指導できる"}],
     "skills": [{"id": "hearing", "name": "ヒアリング能力", "category": "business", "x-tag": "a\\b"},
                {"id": "isms.rules_2", "name": "ISMS/PMS rules", "category": "security", "refreshMonths": 12},
                {"id": "drill-1", "name": "Drill", "category": "security", "refreshMonths": 1200}],
     "roles": [{"id": "sales", "name": "Sales", "requires": {"hearing": 4, "isms.rules_2": 2}, "x-note": ""},
               {"id": "none", "name": "Nobody", "requires": {}},
               {"id": "ops", "name": "Ops \t tab", "requires": {"drill-1": 5}}],
     "people": [
       {"id": "p001", "name": "佐藤 花子", "kind": "employee", "roles": ["sales", "ops"],
        "assessments": [
          {"skill": "isms.rules_2", "level": 2, "date": "2026-04-01", "by": "Tanaka", "method": "exam",
           "evidence": "LMS record 4411", "effective": true, "x-score": 87.5},
          {"skill": "hearing", "level": 5, "date": "2024-02-29", "effective": false}],
        "awareness": {"state": "wilful", "date": "2026-04-01", "note": "注意 \ud83d\ude00", "x": {}},
        "exemptions": [{"skill": "drill-1", "reason": "New starter", "until": "2026-12-31", "x": []}],
        "x-person": {"nested": [[[]]], "s": "\/"}},
       {"id": "c-2", "name": "Contractor", "kind": "contractor", "roles": [], "assessments": [],
        "awareness": {}},
       {"id": "p3", "name": "", "roles": ["none"], "awareness": {"state": "lacking"}}
     ],
     "x-top": 0, "x-\u00e9": "accented key"}
    """#

    /// A small, seedable generator (SplitMix64), so every run tries the same documents.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
        mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
    }

    /// Bytes that matter to a JSON reader, and some that are not UTF-8.
    static let interesting: [[UInt8]] = [
        "\"", "\\", "{", "}", "[", "]", ",", ":", " ", "\n", "\t", "0", "1", "5", "9", "-", ".", "e",
        "a", "x", "t", "n", "/", "\\u", "\\u00e9", "\\ud800", "é", "事", "\u{7}", "\u{1b}", "null", "true",
        "\"\"", "[]", "{}", "1e5", "01", "-0", "6",
    ].map { Array($0.utf8) } + [[0xFF], [0xC3], [0xE4, 0xBA], [0x80], [0xEF, 0xBB, 0xBF], [0]]

    /// Keys the decoder matches on bytes, for spelling them with escapes.
    static let keys = ["format", "version", "skills", "roles", "people", "id", "name", "skill", "level",
                       "date", "by", "requires", "assessments", "awareness", "state", "until", "refreshMonths"]

    static func mutate(_ doc: [UInt8], _ r: inout Random) -> [UInt8] {
        var d = doc
        guard !d.isEmpty else { return r.pick(interesting) }
        switch r.below(12) {
        case 0: d.remove(at: r.below(d.count))
        case 1: d.insert(contentsOf: r.pick(interesting), at: r.below(d.count + 1))
        case 2: d.replaceSubrange(r.below(d.count)..<d.count, with: [])
        case 3:
            let at = r.below(d.count)
            d.replaceSubrange(at...at, with: r.pick(interesting))
        case 4, 5:
            // Lines: duplicate one (duplicate keys, repeated ids) or drop one (missing keys, commas).
            var lines = d.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
            let k = r.below(lines.count)
            if r.below(2) == 0 { lines.insert(lines[k], at: k) } else { lines.remove(at: k) }
            d = Array(lines.joined(separator: [0x0A]))
        case 6:
            // A key spelled with an escape still is that key.
            let key = r.pick(keys)
            let text = String(decoding: d, as: UTF8.self)
            let escaped = "\"\\u00" + String(key.utf8.first!, radix: 16) + key.dropFirst() + "\""
            if let range = text.range(of: "\"\(key)\"") { d = Array(text.replacingCharacters(in: range, with: escaped).utf8) }
        case 7:
            // A digit changed: levels and months out of range, dates that do not exist.
            let digits = d.indices.filter { d[$0] >= 48 && d[$0] <= 57 }
            if let at = digits.isEmpty ? nil : digits[r.below(digits.count)] { d[at] = UInt8(48 + r.below(10)) }
        case 8:
            // A value of another type where a string, number or object was.
            let at = r.below(d.count)
            if let colon = d[at...].firstIndex(of: UInt8(ascii: ":")) {
                let end = d[(colon + 1)...].firstIndex { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "}") } ?? d.count
                d.replaceSubrange((colon + 1)..<end, with: Array(r.pick([" 3", " \"3\"", " null", " []", " {}", " true", " 2.0", " -1", " \"x y\""]).utf8))
            }
        case 9:
            let a = r.below(d.count), b = r.below(d.count)
            d.swapAt(a, b)
        case 10:
            // An id changed, so references no longer resolve or ids repeat.
            let text = String(decoding: d, as: UTF8.self)
            let ids = ["sales", "hearing", "p001", "isms-rules", "ops", "drill-1", "isms.rules_2"]
            let id = r.pick(ids)
            if let range = text.range(of: "\"\(id)\"") {
                d = Array(text.replacingCharacters(in: range, with: r.pick(["\"\(id)x\"", "\"sales\"", "\"p001\"", "\"\(id) \""])).utf8)
            }
        default:
            d.insert(contentsOf: Array(r.pick([" ", "\n", "\r\n", "\t"]).utf8), at: r.below(d.count + 1))
        }
        return d
    }

    @Test func seedsAreAcceptedAlike() throws {
        for doc in try Self.seeds() {
            #expect(Self.disagreement(doc) == nil)
            #expect(throws: Never.self) { try MatrixFile.decode(doc, file: "f.json") }
        }
    }

    @Test func mutatedDocumentsGiveTheSameResult() throws {
        var r = Random(state: 7)
        var accepted = 0, refused = 0
        var failures = [String]()
        for doc in try Self.seeds() {
            for _ in 0..<400 {
                var d = doc
                for _ in 0...r.below(3) { d = Self.mutate(d, &r) }
                if let difference = Self.disagreement(d) {
                    failures.append(difference + "\n--- document:\n" + String(decoding: d, as: UTF8.self))
                }
                if case .success = Self.fastDecode(d, file: "f.json") { accepted += 1 } else { refused += 1 }
            }
        }
        #expect(failures.count == 0, "first disagreement:\n\(failures.first ?? "")")
        // Both outcomes must be well represented, or the comparison proves little.
        #expect(accepted >= 200 && refused >= 1000, "accepted \(accepted), refused \(refused)")
    }
}
