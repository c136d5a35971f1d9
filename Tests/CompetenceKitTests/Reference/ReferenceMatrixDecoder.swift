@testable import CompetenceKit

// The matrix decoder as it was before it was rewritten for speed (issue 7):
// every object read through `JSONScanner.readObject`'s closure, keys made
// into Strings and checked for duplicates in a dictionary. Kept unchanged as
// the straightforward reference that LoaderDifferentialTests compares the
// fast decoder with: same document, or the same error, byte for byte.
// Do not optimise this file; change it only when a message changes on purpose.

/// Reads format version 1 from bytes into a `Matrix`, refusing anything the
/// format does not allow. Syntax and types are checked while reading;
/// references between ids are checked afterwards (see `MatrixValidator`).
enum ReferenceMatrixDecoder {
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>) throws(LoadFailure) -> Matrix {
        var s = JSONScanner(bytes)
        // A byte order mark is harmless: editors on Windows add one. Skip it.
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { s.index = 3 }
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            throw LoadFailure(offset: nil, "the file is UTF-16 (it starts with a UTF-16 byte order mark); save it as UTF-8")
        }
        if bytes.count >= 4, (bytes[0] == 0 && bytes[2] == 0 && bytes[1] != 0 && bytes[3] != 0)
            || (bytes[0] != 0 && bytes[2] != 0 && bytes[1] == 0 && bytes[3] == 0) {
            throw LoadFailure(offset: nil, "the file looks like UTF-16 (every other byte is zero); save it as UTF-8")
        }
        let contentStart = s.index
        if s.peek() == nil {
            let what = bytes.count == contentStart ? "the file is empty" : "the file holds only white space"
            throw LoadFailure(offset: nil, "\(what); expected a competence-matrix JSON document")
        }
        let matrix = try readMatrix(&s)
        if s.peek() != nil { throw s.failure("unexpected content after the document's closing '}'") }
        return matrix
    }

    private static func readMatrix(_ s: inout JSONScanner) throws(LoadFailure) -> Matrix {
        var m = Matrix()
        var format: String?
        var version: Int?
        var seenSkills = false, seenRoles = false, seenPeople = false
        let start = s.index
        try s.readObject("a JSON object with \"format\": \"competence-matrix\"") { (s: inout JSONScanner, key: String, _: Int) throws(LoadFailure) in
            switch key {
            case "format":
                let at = s.index
                let f = try s.readString()
                guard f == Matrix.formatName else {
                    throw s.failure("expected \"\(Matrix.formatName)\", found \"\(TextEscaping.escapedPrefix(f))\"", at: at)
                }
                format = f
            case "version":
                let at = s.index
                let v = try s.readInt("version \(Matrix.currentVersion)", in: 1...Int.max)
                guard v <= Matrix.currentVersion else {
                    throw s.failure("version \(v) is newer than this program understands (\(Matrix.currentVersion)); use a newer competence", at: at)
                }
                version = v
            case "title": m.title = try s.readString()
            case "owner": m.owner = try s.readString()
            case "approval": m.approval = try readApproval(&s)
            case "levels": (m.levelNames, m.levelExtras) = try readLevels(&s)
            case "skills":
                seenSkills = true
                try s.readArray { (s: inout JSONScanner, _: Int) throws(LoadFailure) in m.skills.append(try readSkill(&s)) }
            case "roles":
                seenRoles = true
                try s.readArray { (s: inout JSONScanner, _: Int) throws(LoadFailure) in m.roles.append(try readRole(&s)) }
            case "people":
                seenPeople = true
                try s.readArray { (s: inout JSONScanner, _: Int) throws(LoadFailure) in m.people.append(try readPerson(&s)) }
            default:
                m.extra.append(JSONMember(key: key, value: try s.readUnknownValue(depth: 1)))
            }
        }
        let missing = [("format", format != nil), ("version", version != nil), ("skills", seenSkills),
                       ("roles", seenRoles), ("people", seenPeople)].filter { !$0.1 }.map(\.0)
        if let first = missing.first {
            throw LoadFailure(offset: start, "missing required key \"\(first)\"")
        }
        return m
    }

    private static func readApproval(_ s: inout JSONScanner) throws(LoadFailure) -> Approval {
        var by: String?
        var date: Day?
        var extra = [JSONMember]()
        let start = s.index
        try s.readObject { (s: inout JSONScanner, key: String, _: Int) throws(LoadFailure) in
            switch key {
            case "by": by = try s.readString()
            case "date": date = try readDay(&s)
            default: extra.append(JSONMember(key: key, value: try s.readUnknownValue(depth: 2)))
            }
        }
        guard let by else { throw LoadFailure(offset: start, "missing required key \"by\"") }
        return Approval(by: by, date: date, extra: extra)
    }

    /// The five names, and the unknown keys of each level entry by level.
    private static func readLevels(_ s: inout JSONScanner) throws(LoadFailure) -> ([String], [Int: [JSONMember]]) {
        var names = [String?](repeating: nil, count: 5)
        var extras = [Int: [JSONMember]]()
        let start = s.index
        var count = 0
        try s.readArray("an array of five levels") { (s: inout JSONScanner, i: Int) throws(LoadFailure) in
            count += 1
            guard i < 5 else { throw s.failure("expected exactly five levels, found more") }
            var level: Int?
            var name: String?
            var extra = [JSONMember]()
            let itemStart = s.index
            try s.readObject { (s: inout JSONScanner, key: String, _: Int) throws(LoadFailure) in
                switch key {
                case "level": level = try s.readInt("a level from 1 to 5", in: Level.range)
                case "name": name = try s.readString()
                default: extra.append(JSONMember(key: key, value: try s.readUnknownValue(depth: 3)))
                }
            }
            guard let level else { throw LoadFailure(offset: itemStart, "missing required key \"level\"") }
            guard let name else { throw LoadFailure(offset: itemStart, "missing required key \"name\"") }
            guard names[level - 1] == nil else { throw LoadFailure(offset: itemStart, "level \(level) is named twice") }
            names[level - 1] = name
            if !extra.isEmpty { extras[level] = extra }
        }
        guard count == 5 else { throw LoadFailure(offset: start, "expected exactly five levels (1 to 5), found \(count)") }
        return (names.map { $0! }, extras)
    }

    private static func readID(_ s: inout JSONScanner) throws(LoadFailure) -> String {
        let at = s.index
        let id = try s.readString("an id string")
        guard Identifier.isValid(id) else {
            throw s.failure("expected an id of letters, digits, '-', '_' or '.', found \"\(TextEscaping.escapedPrefix(id))\"", at: at)
        }
        return id
    }

    private static func readDay(_ s: inout JSONScanner) throws(LoadFailure) -> Day {
        let at = s.index
        let text = try s.readString("a date string YYYY-MM-DD")
        guard let d = Day(text) else {
            throw s.failure("expected a date YYYY-MM-DD that exists, found \"\(TextEscaping.escapedPrefix(text))\"", at: at)
        }
        return d
    }

    private static func missing(_ key: String, at offset: Int) -> LoadFailure {
        LoadFailure(offset: offset, "missing required key \"\(key)\"")
    }

    private static func readSkill(_ s: inout JSONScanner) throws(LoadFailure) -> Skill {
        var id: String?, name: String?, category: SkillCategory?, refresh: Int?
        var extra = [JSONMember]()
        let start = s.index
        try s.readObject("a skill object") { (s: inout JSONScanner, key: String, _: Int) throws(LoadFailure) in
            switch key {
            case "id": id = try readID(&s)
            case "name": name = try s.readString()
            case "category":
                let at = s.index
                let text = try s.readString("\"business\" or \"security\"")
                guard let c = SkillCategory(rawValue: text) else {
                    throw s.failure("expected \"business\" or \"security\", found \"\(TextEscaping.escapedPrefix(text))\"", at: at)
                }
                category = c
            case "refreshMonths": refresh = try s.readInt("a whole number of months from 1 to 1200", in: 1...1200)
            default: extra.append(JSONMember(key: key, value: try s.readUnknownValue(depth: 3)))
            }
        }
        guard let id else { throw missing("id", at: start) }
        guard let name else { throw missing("name", at: start) }
        guard let category else { throw missing("category", at: start) }
        return Skill(id: id, name: name, category: category, refreshMonths: refresh, extra: extra)
    }

    private static func readRole(_ s: inout JSONScanner) throws(LoadFailure) -> Role {
        var id: String?, name: String?
        var requires = [String: Int]()
        var extra = [JSONMember]()
        let start = s.index
        try s.readObject("a role object") { (s: inout JSONScanner, key: String, _: Int) throws(LoadFailure) in
            switch key {
            case "id": id = try readID(&s)
            case "name": name = try s.readString()
            case "requires":
                try s.readObject("an object of skill id to level") { (s: inout JSONScanner, skill: String, at: Int) throws(LoadFailure) in
                    requires[skill] = try s.readInt("a level from 1 to 5", in: Level.range)
                }
            default: extra.append(JSONMember(key: key, value: try s.readUnknownValue(depth: 3)))
            }
        }
        guard let id else { throw missing("id", at: start) }
        guard let name else { throw missing("name", at: start) }
        return Role(id: id, name: name, requires: requires, extra: extra)
    }

    private static func readPerson(_ s: inout JSONScanner) throws(LoadFailure) -> Person {
        var id: String?, name: String?
        var p = Person(id: "", name: "")
        let start = s.index
        try s.readObject("a person object") { (s: inout JSONScanner, key: String, _: Int) throws(LoadFailure) in
            switch key {
            case "id": id = try readID(&s)
            case "name": name = try s.readString()
            case "kind":
                let at = s.index
                let text = try s.readString("\"employee\" or \"contractor\"")
                guard let k = PersonKind(rawValue: text) else {
                    throw s.failure("expected \"employee\" or \"contractor\", found \"\(TextEscaping.escapedPrefix(text))\"", at: at)
                }
                p.kind = k
            case "roles":
                try s.readArray("an array of role ids") { (s: inout JSONScanner, _: Int) throws(LoadFailure) in p.roles.append(try readID(&s)) }
            case "assessments":
                try s.readArray { (s: inout JSONScanner, _: Int) throws(LoadFailure) in p.assessments.append(try readAssessment(&s)) }
            case "awareness": p.awareness = try readAwareness(&s)
            case "exemptions":
                try s.readArray { (s: inout JSONScanner, _: Int) throws(LoadFailure) in p.exemptions.append(try readExemption(&s)) }
            default: p.extra.append(JSONMember(key: key, value: try s.readUnknownValue(depth: 3)))
            }
        }
        guard let id else { throw missing("id", at: start) }
        guard let name else { throw missing("name", at: start) }
        p.id = id
        p.name = name
        return p
    }

    private static func readAssessment(_ s: inout JSONScanner) throws(LoadFailure) -> Assessment {
        var skill: String?, level: Int?, date: Day?
        var a = Assessment(skill: "", level: 1, date: Day(year: 2000, month: 1, day: 1)!)
        let start = s.index
        try s.readObject("an assessment object") { (s: inout JSONScanner, key: String, _: Int) throws(LoadFailure) in
            switch key {
            case "skill": skill = try readID(&s)
            case "level": level = try s.readInt("a level from 1 to 5", in: Level.range)
            case "date": date = try readDay(&s)
            case "by": a.by = try s.readString()
            case "method": a.method = try s.readString()
            case "evidence": a.evidence = try s.readString()
            case "effective": a.effective = try s.readBool()
            default: a.extra.append(JSONMember(key: key, value: try s.readUnknownValue(depth: 5)))
            }
        }
        guard let skill else { throw missing("skill", at: start) }
        guard let level else { throw missing("level", at: start) }
        guard let date else { throw missing("date", at: start) }
        a.skill = skill
        a.level = level
        a.date = date
        return a
    }

    private static func readAwareness(_ s: inout JSONScanner) throws(LoadFailure) -> Awareness {
        var a = Awareness(state: nil)
        try s.readObject("an awareness object") { (s: inout JSONScanner, key: String, _: Int) throws(LoadFailure) in
            switch key {
            case "state":
                let at = s.index
                let text = try s.readString("\"correct\", \"lacking\" or \"wilful\"")
                guard let st = AwarenessState(rawValue: text) else {
                    throw s.failure("expected \"correct\", \"lacking\" or \"wilful\", found \"\(TextEscaping.escapedPrefix(text))\"", at: at)
                }
                a.state = st
            case "date": a.date = try readDay(&s)
            case "note": a.note = try s.readString()
            default: a.extra.append(JSONMember(key: key, value: try s.readUnknownValue(depth: 4)))
            }
        }
        return a
    }

    private static func readExemption(_ s: inout JSONScanner) throws(LoadFailure) -> Exemption {
        var skill: String?, reason: String?, until: Day?
        var extra = [JSONMember]()
        let start = s.index
        try s.readObject("an exemption object") { (s: inout JSONScanner, key: String, _: Int) throws(LoadFailure) in
            switch key {
            case "skill": skill = try readID(&s)
            case "reason": reason = try s.readString()
            case "until": until = try readDay(&s)
            default: extra.append(JSONMember(key: key, value: try s.readUnknownValue(depth: 5)))
            }
        }
        guard let skill else { throw missing("skill", at: start) }
        guard let reason else { throw missing("reason", at: start) }
        guard let until else { throw missing("until", at: start) }
        return Exemption(skill: skill, reason: reason, until: until, extra: extra)
    }
}
