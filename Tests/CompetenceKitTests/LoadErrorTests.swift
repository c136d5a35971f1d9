import Testing
@testable import CompetenceKit

/// Every way a file can be invalid, one test case each, with the exact
/// message a person sees: `FILE:LINE:COLUMN: path: message`. Each case edits
/// one spot of a valid document (`base`), so the line and column are easy to
/// check by eye against it.
@Suite struct LoadErrorTests {
    /// One invalid document: `base` with the first `old` replaced by `new`.
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let old: String
        let new: String
        let message: String

        init(_ name: String, _ old: String, _ new: String, _ message: String) {
            self.name = name
            self.old = old
            self.new = new
            self.message = message
        }

        var testDescription: String { name }

        var document: String {
            precondition(LoadErrorTests.base.contains(old), "\(name): the base document has no \(old)")
            guard let range = LoadErrorTests.base.range(of: old) else { return LoadErrorTests.base }
            return LoadErrorTests.base.replacingCharacters(in: range, with: new)
        }
    }

    static let base = """
    {
      "format": "competence-matrix",
      "version": 1,
      "title": "T",
      "owner": "O",
      "approval": {"by": "CISO", "date": "2026-04-01"},
      "levels": [
        {"level": 1, "name": "a"},
        {"level": 2, "name": "b"},
        {"level": 3, "name": "c"},
        {"level": 4, "name": "d"},
        {"level": 5, "name": "e"}
      ],
      "skills": [
        {"id": "hearing", "name": "Customer hearing", "category": "business"},
        {"id": "isms", "name": "ISMS rules", "category": "security", "refreshMonths": 12}
      ],
      "roles": [
        {"id": "sales", "name": "Sales", "requires": {"hearing": 3, "isms": 2}}
      ],
      "people": [
        {"id": "p1", "name": "Sato", "kind": "employee", "roles": ["sales"],
         "assessments": [{"skill": "isms", "level": 2, "date": "2026-04-01", "by": "Tanaka", "method": "exam", "evidence": "LMS", "effective": true}],
         "awareness": {"state": "correct", "date": "2026-04-01", "note": "ok"},
         "exemptions": [{"skill": "hearing", "reason": "new", "until": "2026-12-31"}]}
      ]
    }
    
    """

    /// The error's one-line description, or "loaded" when the bytes are valid.
    static func message(_ bytes: [UInt8], file: String = "m.json") -> String {
        do {
            _ = try MatrixFile.decode(bytes, file: file)
            return "loaded"
        } catch {
            return error.description
        }
    }

    static func report(_ bytes: [UInt8]) -> String {
        do {
            _ = try MatrixFile.decode(bytes, file: "m.json")
            return "loaded"
        } catch {
            return error.report
        }
    }

    static func check(_ c: Case) {
        #expect(message(Array(c.document.utf8)) == c.message, "\(c.name)")
    }

    @Test func baseDocumentLoads() throws {
        let m = try MatrixFile.decode(Array(Self.base.utf8), file: "m.json")
        #expect(m.people.map(\.id) == ["p1"])
    }

    @Test(arguments: references) func unknownAndDuplicateIDs(_ c: Case) { Self.check(c) }
    @Test(arguments: levels) func levelsOutOfRangeOrNotWhole(_ c: Case) { Self.check(c) }
    @Test(arguments: dates) func badDates(_ c: Case) { Self.check(c) }
    @Test(arguments: types) func wrongTypes(_ c: Case) { Self.check(c) }
    @Test(arguments: missing) func missingRequiredKeys(_ c: Case) { Self.check(c) }
    @Test(arguments: version) func formatAndVersion(_ c: Case) { Self.check(c) }
    @Test(arguments: syntax) func notStrictJSON(_ c: Case) { Self.check(c) }

    static let references: [Case] = [
        Case(#"unknown-skill-requires"#, #""isms": 2}}"#, #""ismx": 2}}"#,
             #"m.json:19:65: roles[0].requires.ismx: unknown skill id "ismx""#),
        Case(#"unknown-skill-assessment"#, #"{"skill": "isms", "level": 2"#, #"{"skill": "ismx", "level": 2"#,
             #"m.json:23:32: people[0].assessments[0].skill: unknown skill id "ismx""#),
        Case(#"unknown-skill-exemption"#, #"{"skill": "hearing", "reason""#, #"{"skill": "hearinq", "reason""#,
             #"m.json:25:31: people[0].exemptions[0].skill: unknown skill id "hearinq""#),
        Case(#"unknown-role"#, #""roles": ["sales"]"#, #""roles": ["sales", "sale"]"#,
             #"m.json:22:73: people[0].roles[1]: unknown role id "sale""#),
        Case(#"role-twice"#, #""roles": ["sales"]"#, #""roles": ["sales", "sales"]"#,
             #"m.json:22:73: people[0].roles[1]: role "sales" is listed twice"#),
        Case(#"dup-skill"#, #"{"id": "isms", "name": "ISMS rules""#, #"{"id": "hearing", "name": "ISMS rules""#,
             #"m.json:16:12: skills[1].id: duplicate skill id "hearing" (first used by skills[0])"#),
        Case(#"dup-role"#, #"{"id": "sales", "name": "Sales", "requires": {"hearing": 3, "isms": 2}}"#, #"{"id": "sales", "name": "Sales", "requires": {"hearing": 3, "isms": 2}},\#n    {"id": "sales", "name": "Sales 2"}"#,
             #"m.json:20:12: roles[1].id: duplicate role id "sales" (first used by roles[0])"#),
        Case(#"dup-person"#, #""until": "2026-12-31"}]}"#, #""until": "2026-12-31"}]},\#n    {"id": "p1", "name": "Suzuki"}"#,
             #"m.json:26:12: people[1].id: duplicate person id "p1" (first used by people[0])"#),
    ]

    static let levels: [Case] = [
        Case(#"req-level-0"#, #""hearing": 3,"#, #""hearing": 0,"#,
             #"m.json:19:62: roles[0].requires.hearing: expected a level from 1 to 5, found 0"#),
        Case(#"asm-level-0"#, #""level": 2, "date""#, #""level": 0, "date""#,
             #"m.json:23:49: people[0].assessments[0].level: expected a level from 1 to 5, found 0"#),
        Case(#"req-level-6"#, #""hearing": 3,"#, #""hearing": 6,"#,
             #"m.json:19:62: roles[0].requires.hearing: expected a level from 1 to 5, found 6"#),
        Case(#"asm-level-6"#, #""level": 2, "date""#, #""level": 6, "date""#,
             #"m.json:23:49: people[0].assessments[0].level: expected a level from 1 to 5, found 6"#),
        Case(#"req-level--1"#, #""hearing": 3,"#, #""hearing": -1,"#,
             #"m.json:19:62: roles[0].requires.hearing: expected a level from 1 to 5, found -1"#),
        Case(#"asm-level--1"#, #""level": 2, "date""#, #""level": -1, "date""#,
             #"m.json:23:49: people[0].assessments[0].level: expected a level from 1 to 5, found -1"#),
        Case(#"req-level-3.5"#, #""hearing": 3,"#, #""hearing": 3.5,"#,
             #"m.json:19:62: roles[0].requires.hearing: expected a level from 1 to 5, found 3.5"#),
        Case(#"asm-level-3.5"#, #""level": 2, "date""#, #""level": 3.5, "date""#,
             #"m.json:23:49: people[0].assessments[0].level: expected a level from 1 to 5, found 3.5"#),
        Case(#"req-level-"3""#, #""hearing": 3,"#, #""hearing": "3","#,
             #"m.json:19:62: roles[0].requires.hearing: expected a level from 1 to 5, found the string "3""#),
        Case(#"asm-level-"3""#, #""level": 2, "date""#, #""level": "3", "date""#,
             #"m.json:23:49: people[0].assessments[0].level: expected a level from 1 to 5, found the string "3""#),
        Case(#"req-level-1e309"#, #""hearing": 3,"#, #""hearing": 1e309,"#,
             #"m.json:19:62: roles[0].requires.hearing: expected a level from 1 to 5, found 1e309"#),
        Case(#"asm-level-1e309"#, #""level": 2, "date""#, #""level": 1e309, "date""#,
             #"m.json:23:49: people[0].assessments[0].level: expected a level from 1 to 5, found 1e309"#),
        Case(#"req-level-null"#, #""hearing": 3,"#, #""hearing": null,"#,
             #"m.json:19:62: roles[0].requires.hearing: expected a level from 1 to 5, found null"#),
        Case(#"asm-level-null"#, #""level": 2, "date""#, #""level": null, "date""#,
             #"m.json:23:49: people[0].assessments[0].level: expected a level from 1 to 5, found null"#),
        Case(#"req-level-true"#, #""hearing": 3,"#, #""hearing": true,"#,
             #"m.json:19:62: roles[0].requires.hearing: expected a level from 1 to 5, found true"#),
        Case(#"asm-level-true"#, #""level": 2, "date""#, #""level": true, "date""#,
             #"m.json:23:49: people[0].assessments[0].level: expected a level from 1 to 5, found true"#),
        Case(#"req-level-03"#, #""hearing": 3,"#, #""hearing": 03,"#,
             #"m.json:19:62: roles[0].requires.hearing: numbers may not have leading zeros"#),
        Case(#"asm-level-03"#, #""level": 2, "date""#, #""level": 03, "date""#,
             #"m.json:23:49: people[0].assessments[0].level: numbers may not have leading zeros"#),
        Case(#"req-level--0"#, #""hearing": 3,"#, #""hearing": -0,"#,
             #"m.json:19:62: roles[0].requires.hearing: expected a level from 1 to 5, found -0"#),
        Case(#"asm-level--0"#, #""level": 2, "date""#, #""level": -0, "date""#,
             #"m.json:23:49: people[0].assessments[0].level: expected a level from 1 to 5, found -0"#),
        Case(#"req-level-2.0"#, #""hearing": 3,"#, #""hearing": 2.0,"#,
             #"m.json:19:62: roles[0].requires.hearing: expected a level from 1 to 5, found 2.0"#),
        Case(#"asm-level-2.0"#, #""level": 2, "date""#, #""level": 2.0, "date""#,
             #"m.json:23:49: people[0].assessments[0].level: expected a level from 1 to 5, found 2.0"#),
        Case(#"req-level-1E0"#, #""hearing": 3,"#, #""hearing": 1E0,"#,
             #"m.json:19:62: roles[0].requires.hearing: expected a level from 1 to 5, found 1E0"#),
        Case(#"asm-level-1E0"#, #""level": 2, "date""#, #""level": 1E0, "date""#,
             #"m.json:23:49: people[0].assessments[0].level: expected a level from 1 to 5, found 1E0"#),
        Case(#"refresh-0"#, #""refreshMonths": 12"#, #""refreshMonths": 0"#,
             #"m.json:16:83: skills[1].refreshMonths: expected a whole number of months from 1 to 1200, found 0"#),
        Case(#"refresh-frac"#, #""refreshMonths": 12"#, #""refreshMonths": 1.5"#,
             #"m.json:16:83: skills[1].refreshMonths: expected a whole number of months from 1 to 1200, found 1.5"#),
        Case(#"levels-level-7"#, #"{"level": 3, "name": "c"}"#, #"{"level": 7, "name": "c"}"#,
             #"m.json:10:15: levels[2].level: expected a level from 1 to 5, found 7"#),
        Case(#"levels-twice"#, #"{"level": 3, "name": "c"}"#, #"{"level": 2, "name": "c"}"#,
             #"m.json:10:5: levels[2]: level 2 is named twice"#),
        Case(#"levels-four"#, #"    {"level": 4, "name": "d"},\#n"#, #""#,
             #"m.json:7:13: levels: expected exactly five levels (1 to 5), found 4"#),
        Case(#"levels-six"#, #"{"level": 5, "name": "e"}"#, #"{"level": 5, "name": "e"},\#n    {"level": 6, "name": "f"}"#,
             #"m.json:13:5: levels[5]: expected exactly five levels, found more"#),
    ]

    static let dates: [Case] = [
        Case(#"date-2026-02-30"#, #""date": "2026-04-01", "by""#, #""date": "2026-02-30", "by""#,
             #"m.json:23:60: people[0].assessments[0].date: expected a date YYYY-MM-DD that exists, found "2026-02-30""#),
        Case(#"date-2026-13-01"#, #""date": "2026-04-01", "by""#, #""date": "2026-13-01", "by""#,
             #"m.json:23:60: people[0].assessments[0].date: expected a date YYYY-MM-DD that exists, found "2026-13-01""#),
        Case(#"date-26-1-1"#, #""date": "2026-04-01", "by""#, #""date": "26-1-1", "by""#,
             #"m.json:23:60: people[0].assessments[0].date: expected a date YYYY-MM-DD that exists, found "26-1-1""#),
        Case(#"date-2026-4-1"#, #""date": "2026-04-01", "by""#, #""date": "2026-4-1", "by""#,
             #"m.json:23:60: people[0].assessments[0].date: expected a date YYYY-MM-DD that exists, found "2026-4-1""#),
        Case(#"date-2026-04-01T00:00"#, #""date": "2026-04-01", "by""#, #""date": "2026-04-01T00:00", "by""#,
             #"m.json:23:60: people[0].assessments[0].date: expected a date YYYY-MM-DD that exists, found "2026-04-01T00:00""#),
        Case(#"date-"#, #""date": "2026-04-01", "by""#, #""date": "", "by""#,
             #"m.json:23:60: people[0].assessments[0].date: expected a date YYYY-MM-DD that exists, found """#),
        Case(#"date-number"#, #""date": "2026-04-01", "by""#, #""date": 20260401, "by""#,
             #"m.json:23:60: people[0].assessments[0].date: expected a date string YYYY-MM-DD, found a number"#),
        Case(#"until-bad"#, #""until": "2026-12-31""#, #""until": "2026-12-32""#,
             #"m.json:25:68: people[0].exemptions[0].until: expected a date YYYY-MM-DD that exists, found "2026-12-32""#),
        Case(#"approval-date-bad"#, #""date": "2026-04-01"}"#, #""date": "2026/04/01"}"#,
             #"m.json:6:38: approval.date: expected a date YYYY-MM-DD that exists, found "2026/04/01""#),
        Case(#"aware-date-bad"#, #""date": "2026-04-01", "note""#, #""date": "2026-02-29", "note""#,
             #"m.json:24:48: people[0].awareness.date: expected a date YYYY-MM-DD that exists, found "2026-02-29""#),
    ]

    static let types: [Case] = [
        Case(#"type-format"#, #""format": "competence-matrix""#, #""format": 1"#,
             #"m.json:2:13: format: expected a string, found a number"#),
        Case(#"type-title"#, #""title": "T""#, #""title": 1"#,
             #"m.json:4:12: title: expected a string, found a number"#),
        Case(#"type-owner"#, #""owner": "O""#, #""owner": ["O"]"#,
             #"m.json:5:12: owner: expected a string, found an array"#),
        Case(#"type-approval"#, #""approval": {"by": "CISO", "date": "2026-04-01"}"#, #""approval": "CISO""#,
             #"m.json:6:15: approval: expected an object, found a string"#),
        Case(#"type-approval-by"#, #""by": "CISO""#, #""by": 7"#,
             #"m.json:6:22: approval.by: expected a string, found a number"#),
        Case(#"type-levels"#, #""levels": ["#, #""levels": {"x": ["#,
             #"m.json:7:13: levels: expected an array of five levels, found an object"#),
        Case(#"type-levels-item"#, #"{"level": 3, "name": "c"}"#, #""c""#,
             #"m.json:10:5: levels[2]: expected an object, found a string"#),
        Case(#"type-levels-name"#, #""name": "c""#, #""name": 3"#,
             #"m.json:10:26: levels[2].name: expected a string, found a number"#),
        Case(#"type-skills"#, #""skills": ["#, #""skills": {"a": ["#,
             #"m.json:14:13: skills: expected an array, found an object"#),
        Case(#"type-skill-item"#, #"{"id": "hearing", "name": "Customer hearing", "category": "business"}"#, #""hearing""#,
             #"m.json:15:5: skills[0]: expected a skill object, found a string"#),
        Case(#"type-skill-id"#, #"{"id": "hearing", "name": "Customer hearing""#, #"{"id": 5, "name": "Customer hearing""#,
             #"m.json:15:12: skills[0].id: expected an id string, found a number"#),
        Case(#"bad-skill-id"#, #"{"id": "hearing", "name": "Customer hearing""#, #"{"id": "hear ing", "name": "Customer hearing""#,
             #"m.json:15:12: skills[0].id: expected an id of letters, digits, '-', '_' or '.', found "hear ing""#),
        Case(#"empty-skill-id"#, #"{"id": "hearing", "name": "Customer hearing""#, #"{"id": "", "name": "Customer hearing""#,
             #"m.json:15:12: skills[0].id: expected an id of letters, digits, '-', '_' or '.', found """#),
        Case(#"type-skill-name"#, #""name": "Customer hearing""#, #""name": null"#,
             #"m.json:15:31: skills[0].name: expected a string, found null"#),
        Case(#"type-category"#, #""category": "business""#, #""category": 1"#,
             #"m.json:15:63: skills[0].category: expected "business" or "security", found a number"#),
        Case(#"bad-category"#, #""category": "business""#, #""category": "Business""#,
             #"m.json:15:63: skills[0].category: expected "business" or "security", found "Business""#),
        Case(#"type-refresh"#, #""refreshMonths": 12"#, #""refreshMonths": "12""#,
             #"m.json:16:83: skills[1].refreshMonths: expected a whole number of months from 1 to 1200, found the string "12""#),
        Case(#"type-roles"#, #""roles": [\#n"#, #""roles": "sales", "x": [\#n"#,
             #"m.json:18:12: roles: expected an array, found a string"#),
        Case(#"type-role-item"#, #"{"id": "sales", "name": "Sales", "requires": {"hearing": 3, "isms": 2}}"#, #"["sales"]"#,
             #"m.json:19:5: roles[0]: expected a role object, found an array"#),
        Case(#"type-requires"#, #""requires": {"hearing": 3, "isms": 2}"#, #""requires": ["hearing"]"#,
             #"m.json:19:50: roles[0].requires: expected an object of skill id to level, found an array"#),
        Case(#"type-people"#, #""people": ["#, #""people": {"a": ["#,
             #"m.json:21:13: people: expected an array, found an object"#),
        Case(#"type-person-roles"#, #""roles": ["sales"]"#, #""roles": "sales""#,
             #"m.json:22:63: people[0].roles: expected an array of role ids, found a string"#),
        Case(#"type-person-roles-item"#, #""roles": ["sales"]"#, #""roles": [1]"#,
             #"m.json:22:64: people[0].roles[0]: expected an id string, found a number"#),
        Case(#"type-kind"#, #""kind": "employee""#, #""kind": true"#,
             #"m.json:22:42: people[0].kind: expected "employee" or "contractor", found true"#),
        Case(#"bad-kind"#, #""kind": "employee""#, #""kind": "intern""#,
             #"m.json:22:42: people[0].kind: expected "employee" or "contractor", found "intern""#),
        Case(#"type-assessments"#, #""assessments": [{"#, #""assessments": {"a": [{"#,
             #"m.json:23:21: people[0].assessments: expected an array, found an object"#),
        Case(#"type-assessment-item"#, #""assessments": [{"skill": "isms", "level": 2, "date": "2026-04-01", "by": "Tanaka", "method": "exam", "evidence": "LMS", "effective": true}]"#, #""assessments": [42]"#,
             #"m.json:23:22: people[0].assessments[0]: expected an assessment object, found a number"#),
        Case(#"type-by"#, #""by": "Tanaka""#, #""by": ["Tanaka"]"#,
             #"m.json:23:80: people[0].assessments[0].by: expected a string, found an array"#),
        Case(#"type-method"#, #""method": "exam""#, #""method": 3"#,
             #"m.json:23:100: people[0].assessments[0].method: expected a string, found a number"#),
        Case(#"type-evidence"#, #""evidence": "LMS""#, #""evidence": false"#,
             #"m.json:23:120: people[0].assessments[0].evidence: expected a string, found false"#),
        Case(#"type-effective"#, #""effective": true"#, #""effective": "yes""#,
             #"m.json:23:140: people[0].assessments[0].effective: expected true or false, found a string"#),
        Case(#"type-awareness"#, #""awareness": {"state": "correct", "date": "2026-04-01", "note": "ok"}"#, #""awareness": "correct""#,
             #"m.json:24:19: people[0].awareness: expected an awareness object, found a string"#),
        Case(#"bad-state"#, #""state": "correct""#, #""state": "good""#,
             #"m.json:24:29: people[0].awareness.state: expected "correct", "lacking" or "wilful", found "good""#),
        Case(#"type-state"#, #""state": "correct""#, #""state": null"#,
             #"m.json:24:29: people[0].awareness.state: expected "correct", "lacking" or "wilful", found null"#),
        Case(#"type-note"#, #""note": "ok""#, #""note": 1"#,
             #"m.json:24:70: people[0].awareness.note: expected a string, found a number"#),
        Case(#"type-exemptions"#, #""exemptions": [{"skill": "hearing", "reason": "new", "until": "2026-12-31"}]"#, #""exemptions": {"skill": "hearing"}"#,
             #"m.json:25:20: people[0].exemptions: expected an array, found an object"#),
        Case(#"type-reason"#, #""reason": "new""#, #""reason": 1"#,
             #"m.json:25:52: people[0].exemptions[0].reason: expected a string, found a number"#),
        Case(#"bad-escape"#, #""title": "T""#, #""title": "T\x""#,
             #"m.json:4:14: title: unknown escape '\x' in a string"#),
        Case(#"type-role-id"#, #"{"id": "sales", "name": "Sales""#, #"{"id": ["sales"], "name": "Sales""#,
             #"m.json:19:12: roles[0].id: expected an id string, found an array"#),
        Case(#"type-role-name"#, #""name": "Sales""#, #""name": {"en": "Sales"}"#,
             #"m.json:19:29: roles[0].name: expected a string, found an object"#),
        Case(#"type-person-id"#, #"{"id": "p1", "name": "Sato""#, #"{"id": 1, "name": "Sato""#,
             #"m.json:22:12: people[0].id: expected an id string, found a number"#),
        Case(#"type-person-name"#, #""name": "Sato""#, #""name": false"#,
             #"m.json:22:26: people[0].name: expected a string, found false"#),
        Case(#"type-assessment-skill"#, #"{"skill": "isms", "level": 2"#, #"{"skill": 7, "level": 2"#,
             #"m.json:23:32: people[0].assessments[0].skill: expected an id string, found a number"#),
        Case(#"type-exemption-skill"#, #"{"skill": "hearing", "reason""#, #"{"skill": null, "reason""#,
             #"m.json:25:31: people[0].exemptions[0].skill: expected an id string, found null"#),
        Case(#"type-until"#, #""until": "2026-12-31""#, #""until": 20261231"#,
             #"m.json:25:68: people[0].exemptions[0].until: expected a date string YYYY-MM-DD, found a number"#),
        Case(#"type-approval-date"#, #""date": "2026-04-01"}"#, #""date": true}"#,
             #"m.json:6:38: approval.date: expected a date string YYYY-MM-DD, found true"#),
        Case(#"type-awareness-date"#, #""date": "2026-04-01", "note""#, #""date": [2026, 4, 1], "note""#,
             #"m.json:24:48: people[0].awareness.date: expected a date string YYYY-MM-DD, found an array"#),
        Case(#"type-levels-level"#, #"{"level": 3, "name": "c"}"#, #"{"level": "3", "name": "c"}"#,
             #"m.json:10:15: levels[2].level: expected a level from 1 to 5, found the string "3""#),
        Case(#"type-version-null"#, #""version": 1"#, #""version": null"#,
             #"m.json:3:14: version: expected version 1, found null"#),
    ]

    static let missing: [Case] = [
        Case(#"miss-format"#, #""format": "competence-matrix""#, #""formats": "competence-matrix""#,
             #"m.json:1:1: missing required key "format""#),
        Case(#"miss-version"#, #""version": 1"#, #""versions": 1"#,
             #"m.json:1:1: missing required key "version""#),
        Case(#"miss-skills"#, #""skills": ["#, #""skillz": ["#,
             #"m.json:1:1: missing required key "skills""#),
        Case(#"miss-roles"#, #""roles": [\#n"#, #""rolez": [\#n"#,
             #"m.json:1:1: missing required key "roles""#),
        Case(#"miss-people"#, #""people": ["#, #""persons": ["#,
             #"m.json:1:1: missing required key "people""#),
        Case(#"miss-skill-id"#, #"{"id": "isms", "name": "ISMS rules", "#, #"{"name": "ISMS rules", "#,
             #"m.json:16:5: skills[1]: missing required key "id""#),
        Case(#"miss-skill-name"#, #"{"id": "isms", "name": "ISMS rules", "#, #"{"id": "isms", "#,
             #"m.json:16:5: skills[1]: missing required key "name""#),
        Case(#"miss-skill-category"#, #""category": "security", "#, #""#,
             #"m.json:16:5: skills[1]: missing required key "category""#),
        Case(#"miss-role-id"#, #"{"id": "sales", "name": "Sales""#, #"{"name": "Sales""#,
             #"m.json:19:5: roles[0]: missing required key "id""#),
        Case(#"miss-role-name"#, #"{"id": "sales", "name": "Sales", "#, #"{"id": "sales", "#,
             #"m.json:19:5: roles[0]: missing required key "name""#),
        Case(#"miss-person-id"#, #"{"id": "p1", "name": "Sato", "#, #"{"name": "Sato", "#,
             #"m.json:22:5: people[0]: missing required key "id""#),
        Case(#"miss-person-name"#, #"{"id": "p1", "name": "Sato", "#, #"{"id": "p1", "#,
             #"m.json:22:5: people[0]: missing required key "name""#),
        Case(#"miss-asm-skill"#, #"{"skill": "isms", "level": 2, "#, #"{"level": 2, "#,
             #"m.json:23:22: people[0].assessments[0]: missing required key "skill""#),
        Case(#"miss-asm-level"#, #""level": 2, "date""#, #""date""#,
             #"m.json:23:22: people[0].assessments[0]: missing required key "level""#),
        Case(#"miss-asm-date"#, #""date": "2026-04-01", "by": "Tanaka""#, #""by": "Tanaka""#,
             #"m.json:23:22: people[0].assessments[0]: missing required key "date""#),
        Case(#"miss-ex-skill"#, #"{"skill": "hearing", "reason""#, #"{"reason""#,
             #"m.json:25:21: people[0].exemptions[0]: missing required key "skill""#),
        Case(#"miss-ex-reason"#, #""reason": "new", "#, #""#,
             #"m.json:25:21: people[0].exemptions[0]: missing required key "reason""#),
        Case(#"miss-ex-until"#, #", "until": "2026-12-31""#, #""#,
             #"m.json:25:21: people[0].exemptions[0]: missing required key "until""#),
        Case(#"miss-approval-by"#, #""approval": {"by": "CISO", "#, #""approval": {"#,
             #"m.json:6:15: approval: missing required key "by""#),
        Case(#"miss-levels-name"#, #"{"level": 3, "name": "c"}"#, #"{"level": 3}"#,
             #"m.json:10:5: levels[2]: missing required key "name""#),
        Case(#"miss-levels-level"#, #"{"level": 3, "name": "c"}"#, #"{"name": "c"}"#,
             #"m.json:10:5: levels[2]: missing required key "level""#),
    ]

    static let version: [Case] = [
        Case(#"format-wrong"#, #""format": "competence-matrix""#, #""format": "competence-matrx""#,
             #"m.json:2:13: format: expected "competence-matrix", found "competence-matrx""#),
        Case(#"version-2"#, #""version": 1"#, #""version": 2"#,
             #"m.json:3:14: version: version 2 is newer than this program understands (1); use a newer competence"#),
        Case(#"version-0"#, #""version": 1"#, #""version": 0"#,
             #"m.json:3:14: version: expected version 1, found 0"#),
        Case(#"version-str"#, #""version": 1"#, #""version": "1""#,
             #"m.json:3:14: version: expected version 1, found the string "1""#),
        Case(#"version-1.0"#, #""version": 1"#, #""version": 1.0"#,
             #"m.json:3:14: version: expected version 1, found 1.0"#),
        Case(#"not-object"#, #"{\#n  "format": "competence-matrix",\#n  "version": 1,\#n  "title": "T",\#n  "owner": "O",\#n  "approval": {"by": "CISO", "date": "2026-04-01"},\#n  "levels": [\#n    {"level": 1, "name": "a"},\#n    {"level": 2, "name": "b"},\#n    {"level": 3, "name": "c"},\#n    {"level": 4, "name": "d"},\#n    {"level": 5, "name": "e"}\#n  ],\#n  "skills": [\#n    {"id": "hearing", "name": "Customer hearing", "category": "business"},\#n    {"id": "isms", "name": "ISMS rules", "category": "security", "refreshMonths": 12}\#n  ],\#n  "roles": [\#n    {"id": "sales", "name": "Sales", "requires": {"hearing": 3, "isms": 2}}\#n  ],\#n  "people": [\#n    {"id": "p1", "name": "Sato", "kind": "employee", "roles": ["sales"],\#n     "assessments": [{"skill": "isms", "level": 2, "date": "2026-04-01", "by": "Tanaka", "method": "exam", "evidence": "LMS", "effective": true}],\#n     "awareness": {"state": "correct", "date": "2026-04-01", "note": "ok"},\#n     "exemptions": [{"skill": "hearing", "reason": "new", "until": "2026-12-31"}]}\#n  ]\#n}\#n"#, #"[1, 2]\#n"#,
             #"m.json:1:1: expected a JSON object with "format": "competence-matrix", found an array"#),
    ]

    static let syntax: [Case] = [
        Case(#"trailing-comma-obj"#, #""title": "T","#, #""title": "T",,"#,
             #"m.json:4:16: expected a key in double quotes, found ','"#),
        Case(#"trailing-comma-arr"#, #""roles": ["sales"]"#, #""roles": ["sales",]"#,
             #"m.json:22:71: people[0].roles: trailing comma before ']'"#),
        Case(#"trailing-comma-end"#, #""refreshMonths": 12}"#, #""refreshMonths": 12,}"#,
             #"m.json:16:85: skills[1]: trailing comma before '}'"#),
        Case(#"comment-line"#, #"  "title": "T",\#n"#, #"  // title\#n  "title": "T",\#n"#,
             #"m.json:4:3: expected a key in double quotes, found a comment (JSON allows none)"#),
        Case(#"comment-block"#, #""title": "T""#, #"/* t */ "title": "T""#,
             #"m.json:4:3: expected a key in double quotes, found a comment (JSON allows none)"#),
        Case(#"garbage"#, #"  ]\#n}\#n"#, #"  ]\#n}\#nxyz\#n"#,
             #"m.json:28:1: unexpected content after the document's closing '}'"#),
        Case(#"two-docs"#, #"  ]\#n}\#n"#, #"  ]\#n}\#n{}\#n"#,
             #"m.json:28:1: unexpected content after the document's closing '}'"#),
        Case(#"dup-key"#, #""title": "T","#, #""title": "T", "title": "U","#,
             #"m.json:4:17: duplicate key "title" in this object"#),
        Case("dup-key-nfc", "\"title\": \"T\",", "\"caf\u{E9}\": 1, \"cafe\u{301}\": 2,",
             #"m.json:4:14: duplicate key "café" in this object (the same text as an earlier key written with other Unicode code points)"#),
        Case(#"dup-key-nested"#, #""by": "Tanaka""#, #""by": "Tanaka", "by": "Sato""#,
             #"m.json:23:90: people[0].assessments[0]: duplicate key "by" in this object"#),
        Case(#"unterminated"#, #""owner": "O",\#n"#, #""owner": "O,\#n"#,
             #"m.json:5:15: owner: a line break inside a string: is the closing '"' missing? (a line break in text is written \n)"#),
        Case(#"nan"#, #""refreshMonths": 12"#, #""refreshMonths": NaN"#,
             #"m.json:16:83: skills[1].refreshMonths: expected a whole number of months from 1 to 1200, found 'NaN'"#),
        Case(#"single-quote"#, #""title": "T""#, #"'title': 'T'"#,
             #"m.json:4:3: expected a key in double quotes, found a single quote (JSON strings use double quotes)"#),
        Case("ctrl-in-string", "\"title\": \"T\"", "\"title\": \"T\tx\"",
             #"m.json:4:14: title: a tab inside a string; write it as \t"#),
        Case(#"lone-surrogate"#, #""title": "T""#, #""title": "\ud800""#,
             #"m.json:4:13: title: a lone UTF-16 surrogate in a \u escape"#),
        Case(#"unquoted-key"#, #""title": "T""#, #"title: "T""#,
             #"m.json:4:3: expected a key in double quotes, found 'title'"#),
        Case(#"missing-colon"#, #""title": "T""#, #""title" "T""#,
             #"m.json:4:11: expected ':' after the key, found a string"#),
        Case(#"missing-comma"#, #""title": "T","#, #""title": "T""#,
             #"m.json:5:3: expected ',' or '}', found a string"#),
    ]

    // MARK: Whole files

    @Test func documentIsNotAnObject() {
        #expect(Self.message(Array("\"competence-matrix\"\n".utf8))
            == #"m.json:1:1: expected a JSON object with "format": "competence-matrix", found a string"#)
    }

    @Test func emptyFile() {
        #expect(Self.message([]) == "m.json: the file is empty; expected a competence-matrix JSON document")
    }

    @Test func whiteSpaceOnly() {
        #expect(Self.message(Array(" \n\t\r\n".utf8)) == "m.json: the file holds only white space; expected a competence-matrix JSON document")
    }

    @Test func byteOrderMarkOnly() {
        #expect(Self.message([0xEF, 0xBB, 0xBF]) == "m.json: the file is empty; expected a competence-matrix JSON document")
    }

    /// Editors on Windows add a UTF-8 byte order mark; it is skipped, and the
    /// canonical form is written without it.
    @Test func byteOrderMarkIsAccepted() throws {
        let m = try MatrixFile.decode([0xEF, 0xBB, 0xBF] + Array(Self.base.utf8), file: "m.json")
        #expect(m == (try MatrixFile.decode(Array(Self.base.utf8), file: "m.json")))
        #expect(MatrixFile.encode(m).prefix(1) == [UInt8(ascii: "{")])
    }

    @Test func byteOrderMarkKeepsColumns() {
        let text = Self.base.replacingOccurrences(of: "\"version\": 1", with: "\"version\": 7")
        #expect(Self.message([0xEF, 0xBB, 0xBF] + Array(text.utf8))
            == "m.json:3:14: version: version 7 is newer than this program understands (1); use a newer competence")
    }

    @Test func latin1InAString() {
        let bytes = Array(Self.base.replacingOccurrences(of: "\"Sato\"", with: "\"SatX\"").utf8).map { $0 == UInt8(ascii: "X") ? 0xF6 : $0 }
        #expect(Self.report(bytes) == """
            m.json:22:30: people[0].name: bytes that are not valid UTF-8 in this string
                    {"id": "p1", "name": "Sat\u{FFFD}", "kind": "employee", "roles": ["…
                                             ^
            """)
    }

    @Test func invalidByteOutsideStrings() {
        let bytes = Array(Self.base.replacingOccurrences(of: "  \"title\"", with: "X \"title\"").utf8).map { $0 == UInt8(ascii: "X") ? 0xFF : $0 }
        #expect(Self.message(bytes) == "m.json:4:1: expected a key in double quotes, found a byte that is not valid UTF-8 (0xFF)")
    }

    @Test func utf16File() {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in Self.base.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        #expect(Self.message(bytes) == "m.json: the file is UTF-16 (it starts with a UTF-16 byte order mark); save it as UTF-8")
    }

    @Test func unterminatedStringAtTheEnd() {
        #expect(Self.message(Array(#"{"format": "competence-matrix", "title": "abc"#.utf8))
            == #"m.json:1:42: title: unterminated string: the file ends before its closing '"'"#)
    }

    @Test func fileCutShort() {
        #expect(Self.message(Array(Self.base.utf8.prefix(200)))
            == #"m.json:9:18: levels[1]: unterminated string: the file ends before its closing '"'"#)
        #expect(Self.message(Array(#"{"format": "competence-matrix","#.utf8))
            == "m.json:1:32: expected a key in double quotes, found the end of the file")
    }

    /// A key the program does not know may hold deep values, up to a limit
    /// that keeps the reader off the stack's edge; the error names the key.
    @Test func deepNestingInAnUnknownKey() {
        let deep = String(repeating: "[", count: 600) + String(repeating: "]", count: 600)
        let text = Self.base.replacingOccurrences(of: "\"title\": \"T\",", with: "\"future\": \(deep),\n  \"title\": \"T\",")
        #expect(Self.message(Array(text.utf8)) == "m.json:4:524: future: values nested deeper than 512 levels")
    }

    @Test func deepButAllowedNestingIsKept() throws {
        let deep = String(repeating: "[", count: 500) + String(repeating: "]", count: 500)
        let text = Self.base.replacingOccurrences(of: "\"title\": \"T\",", with: "\"future\": \(deep),\n  \"title\": \"T\",")
        let m = try MatrixFile.decode(Array(text.utf8), file: "m.json")
        var value = m.extra.first { $0.key == "future" }!.value
        var depth = 0
        while case .array(let items) = value, let first = items.first { value = first; depth += 1 }
        #expect(depth == 499)
    }

    @Test func hugeNumberInAnUnknownKeyIsKeptAsWritten() throws {
        let text = Self.base.replacingOccurrences(of: "\"title\": \"T\",", with: "\"future\": 1e309,\n  \"title\": \"T\",")
        let m = try MatrixFile.decode(Array(text.utf8), file: "m.json")
        #expect(m.extra == [JSONMember(key: "future", value: .number("1e309"))])
    }

    // MARK: Excerpts with a caret

    @Test func excerptOfAnUnknownSkillInRequires() {
        let c = Self.references[0]
        #expect(Self.report(Array(c.document.utf8)) == """
            m.json:19:65: roles[0].requires.ismx: unknown skill id "ismx"
                …"Sales", "requires": {"hearing": 3, "ismx": 2}}
                                                     ^
            """)
    }

    @Test func excerptOfAWrongType() {
        let c = Self.types.first { $0.name == "type-title" }!
        #expect(Self.report(Array(c.document.utf8)) == """
            m.json:4:12: title: expected a string, found a number
                  "title": 1,
                           ^
            """)
    }

    /// Wide characters take two columns, so the caret still lines up under the spot.
    @Test func excerptWithJapaneseText() {
        let text = Self.base.replacingOccurrences(of: "\"name\": \"Sato\", \"kind\": \"employee\"", with: "\"name\": \"佐藤\", \"kind\": \"社員\"")
        #expect(Self.report(Array(text.utf8)) == """
            m.json:22:40: people[0].kind: expected "employee" or "contractor", found "社員"
                …"id": "p1", "name": "佐藤", "kind": "社員", "roles": ["sales"],
                                                     ^
            """)
    }

    @Test func excerptOfAMissingKeyPointsAtTheObject() {
        let c = Self.missing.first { $0.name == "miss-asm-date" }!
        #expect(Self.report(Array(c.document.utf8)) == """
            m.json:23:22: people[0].assessments[0]: missing required key "date"
                     "assessments": [{"skill": "isms", "level": 2, "by":…
                                     ^
            """)
    }

}
