/// Reads format version 1 from bytes into a `Matrix`, refusing anything the
/// format does not allow. Syntax and types are checked while reading;
/// references between ids are checked afterwards (see `MatrixValidator`).
///
/// Written for speed on large files (docs/performance.md): keys are matched
/// on bytes, loops take no closures, and ids, dates and levels are read
/// straight from bytes; every error is still the one of the straightforward
/// reader (LoaderDifferentialTests holds the two together).
enum MatrixDecoder {
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>) throws(LoadFailure) -> Matrix {
        var s = JSONScanner(bytes)
        // A byte order mark is harmless: editors on Windows add one. Skip it.
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { s.index = 3 }
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            throw LoadFailure(offset: nil, "the file is UTF-16 (it starts with a UTF-16 byte order mark); save it as UTF-8")
        }
        if bytes.count >= 4, looksLikeUTF16(bytes) {
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

    // MARK: Keys of each kind of object

    private enum DocumentKey: Int, MemberKeys {
        case format, version, title, owner, approval, levels, skills, roles, people
        static let names: [StaticString] = ["format", "version", "title", "owner", "approval", "levels", "skills", "roles", "people"]
    }

    private enum ApprovalKey: Int, MemberKeys {
        case by, date
        static let names: [StaticString] = ["by", "date"]
    }

    private enum LevelKey: Int, MemberKeys {
        case level, name
        static let names: [StaticString] = ["level", "name"]
    }

    private enum SkillKey: Int, MemberKeys {
        case id, name, category, refreshMonths
        static let names: [StaticString] = ["id", "name", "category", "refreshMonths"]
    }

    private enum RoleKey: Int, MemberKeys {
        case id, name, requires
        static let names: [StaticString] = ["id", "name", "requires"]
    }

    private enum PersonKey: Int, MemberKeys {
        case id, name, kind, roles, assessments, awareness, exemptions
        static let names: [StaticString] = ["id", "name", "kind", "roles", "assessments", "awareness", "exemptions"]
    }

    private enum AssessmentKey: Int, MemberKeys {
        case skill, level, date, by, method, evidence, effective
        static let names: [StaticString] = ["skill", "level", "date", "by", "method", "evidence", "effective"]
    }

    private enum AwarenessKey: Int, MemberKeys {
        case state, date, note
        static let names: [StaticString] = ["state", "date", "note"]
    }

    private enum ExemptionKey: Int, MemberKeys {
        case skill, reason, until
        static let names: [StaticString] = ["skill", "reason", "until"]
    }

    /// `requires` maps skill ids, which are all "unknown" keys to the scanner.
    private enum NoKey: Int, MemberKeys {
        case none
        static let names: [StaticString] = []
    }

    // MARK: The document

    /// UTF-16 without a byte order mark: ASCII text with a zero byte before
    /// (big-endian) or after (little-endian) each character.
    private static func looksLikeUTF16(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        (b[0] == 0 && b[2] == 0 && b[1] != 0 && b[3] != 0) || (b[0] != 0 && b[2] != 0 && b[1] == 0 && b[3] == 0)
    }

    private static func readMatrix(_ s: inout JSONScanner) throws(LoadFailure) -> Matrix {
        var m = Matrix()
        var format: String?
        var version: Int?
        var seenSkills = false, seenRoles = false, seenPeople = false
        let start = s.index
        try s.openObject("a JSON object with \"format\": \"competence-matrix\"")
        var members = MemberCursor()
        while let key = try s.nextMember(&members, DocumentKey.self) {
            do throws(LoadFailure) {
                switch key {
                case .known(.format):
                    let at = s.index
                    let f = try s.readString()
                    guard f == Matrix.formatName else {
                        throw s.failure("expected \"\(Matrix.formatName)\", found \"\(TextEscaping.escapedPrefix(f))\"", at: at)
                    }
                    format = f
                case .known(.version):
                    let at = s.index
                    let v = try s.readInt("version \(Matrix.currentVersion)", in: 1...Int.max)
                    guard v <= Matrix.currentVersion else {
                        throw s.failure("version \(v) is newer than this program understands (\(Matrix.currentVersion)); use a newer competence", at: at)
                    }
                    version = v
                case .known(.title): m.title = try s.readString()
                case .known(.owner): m.owner = try s.readString()
                case .known(.approval): m.approval = try readApproval(&s)
                case .known(.levels): (m.levelNames, m.levelExtras) = try readLevels(&s)
                case .known(.skills):
                    seenSkills = true
                    try readElements(&s, into: &m.skills, readSkill)
                case .known(.roles):
                    seenRoles = true
                    try readElements(&s, into: &m.roles, readRole)
                case .known(.people):
                    seenPeople = true
                    try readElements(&s, into: &m.people, readPerson)
                case .unknown(let name):
                    m.extra.append(JSONMember(key: name, value: try s.readUnknownValue(depth: 1)))
                }
            } catch { throw error.inside(key.pathComponent) }
        }
        let missing = [("format", format != nil), ("version", version != nil), ("skills", seenSkills),
                       ("roles", seenRoles), ("people", seenPeople)].filter { !$0.1 }.map(\.0)
        if let first = missing.first {
            throw LoadFailure(offset: start, "missing required key \"\(first)\"")
        }
        return m
    }

    /// Reads an array whose every element `read` reads, appending to `items`.
    @inline(__always)
    private static func readElements<T>(_ s: inout JSONScanner, _ what: String = "an array", into items: inout [T],
                                        _ read: (inout JSONScanner) throws(LoadFailure) -> T) throws(LoadFailure) {
        try s.openArray(what)
        var elements = ElementCursor()
        while try s.nextElement(&elements) {
            do throws(LoadFailure) { items.append(try read(&s)) } catch { throw error.inside(.index(elements.position)) }
        }
    }

    private static func readApproval(_ s: inout JSONScanner) throws(LoadFailure) -> Approval {
        var by: String?
        var date: Day?
        var extra = [JSONMember]()
        let start = s.index
        try s.openObject()
        var members = MemberCursor()
        while let key = try s.nextMember(&members, ApprovalKey.self) {
            do throws(LoadFailure) {
                switch key {
                case .known(.by): by = try s.readRecurringString()
                case .known(.date): date = try readDay(&s)
                case .unknown(let name): extra.append(JSONMember(key: name, value: try s.readUnknownValue(depth: 2)))
                }
            } catch { throw error.inside(key.pathComponent) }
        }
        guard let by else { throw LoadFailure(offset: start, "missing required key \"by\"") }
        return Approval(by: by, date: date, extra: extra)
    }

    /// The five names, and the unknown keys of each level entry by level.
    private static func readLevels(_ s: inout JSONScanner) throws(LoadFailure) -> ([String], [Int: [JSONMember]]) {
        var names = [String?](repeating: nil, count: 5)
        var extras = [Int: [JSONMember]]()
        let start = s.index
        try s.openArray("an array of five levels")
        var elements = ElementCursor()
        while try s.nextElement(&elements) {
            do throws(LoadFailure) {
                guard elements.position < 5 else { throw s.failure("expected exactly five levels, found more") }
                var level: Int?
                var name: String?
                var extra = [JSONMember]()
                let itemStart = s.index
                try s.openObject()
                var members = MemberCursor()
                while let key = try s.nextMember(&members, LevelKey.self) {
                    do throws(LoadFailure) {
                        switch key {
                        case .known(.level): level = try s.readInt("a level from 1 to 5", in: Level.range)
                        case .known(.name): name = try s.readString()
                        case .unknown(let key): extra.append(JSONMember(key: key, value: try s.readUnknownValue(depth: 3)))
                        }
                    } catch { throw error.inside(key.pathComponent) }
                }
                guard let level else { throw LoadFailure(offset: itemStart, "missing required key \"level\"") }
                guard let name else { throw LoadFailure(offset: itemStart, "missing required key \"name\"") }
                guard names[level - 1] == nil else { throw LoadFailure(offset: itemStart, "level \(level) is named twice") }
                names[level - 1] = name
                if !extra.isEmpty { extras[level] = extra }
            } catch { throw error.inside(.index(elements.position)) }
        }
        guard elements.count == 5 else { throw LoadFailure(offset: start, "expected exactly five levels (1 to 5), found \(elements.count)") }
        return (names.map { $0! }, extras)
    }

    // MARK: Scalars of the format

    private static func readID(_ s: inout JSONScanner) throws(LoadFailure) -> String {
        let at = s.index
        if let id = s.plainID() { return id }
        let id = try s.readString("an id string")
        guard Identifier.isValid(id) else {
            throw s.failure("expected an id of letters, digits, '-', '_' or '.', found \"\(TextEscaping.escapedPrefix(id))\"", at: at)
        }
        return id
    }

    /// An id that refers to a skill or a role: the same checks as `readID`,
    /// made once per distinct id.
    private static func readReference(_ s: inout JSONScanner) throws(LoadFailure) -> String {
        if let id = s.plainRecurringID() { return id }
        return try readID(&s)
    }

    private static func readDay(_ s: inout JSONScanner) throws(LoadFailure) -> Day {
        let at = s.index
        if let day = s.plainDay() { return day }
        let text = try s.readString("a date string YYYY-MM-DD")
        guard let d = Day(text) else {
            throw s.failure("expected a date YYYY-MM-DD that exists, found \"\(TextEscaping.escapedPrefix(text))\"", at: at)
        }
        return d
    }

    private static func missing(_ key: String, at offset: Int) -> LoadFailure {
        LoadFailure(offset: offset, "missing required key \"\(key)\"")
    }

    // MARK: Skills, roles, people

    private static func readSkill(_ s: inout JSONScanner) throws(LoadFailure) -> Skill {
        var id: String?, name: String?, category: SkillCategory?, refresh: Int?
        var extra = [JSONMember]()
        let start = s.index
        try s.openObject("a skill object")
        var members = MemberCursor()
        while let key = try s.nextMember(&members, SkillKey.self) {
            do throws(LoadFailure) {
                switch key {
                case .known(.id): id = try readID(&s)
                case .known(.name): name = try s.readString()
                case .known(.category):
                    let at = s.index
                    let text = try s.readRecurringString("\"business\" or \"security\"")
                    guard let c = SkillCategory(rawValue: text) else {
                        throw s.failure("expected \"business\" or \"security\", found \"\(TextEscaping.escapedPrefix(text))\"", at: at)
                    }
                    category = c
                case .known(.refreshMonths): refresh = try s.readSmallInt("a whole number of months from 1 to 1200", in: 1...1200)
                case .unknown(let name): extra.append(JSONMember(key: name, value: try s.readUnknownValue(depth: 3)))
                }
            } catch { throw error.inside(key.pathComponent) }
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
        try s.openObject("a role object")
        var members = MemberCursor()
        while let key = try s.nextMember(&members, RoleKey.self) {
            do throws(LoadFailure) {
                switch key {
                case .known(.id): id = try readID(&s)
                case .known(.name): name = try s.readString()
                case .known(.requires): requires = try readRequires(&s)
                case .unknown(let name): extra.append(JSONMember(key: name, value: try s.readUnknownValue(depth: 3)))
                }
            } catch { throw error.inside(key.pathComponent) }
        }
        guard let id else { throw missing("id", at: start) }
        guard let name else { throw missing("name", at: start) }
        return Role(id: id, name: name, requires: requires, extra: extra)
    }

    private static func readRequires(_ s: inout JSONScanner) throws(LoadFailure) -> [String: Int] {
        var requires = [String: Int]()
        try s.openObject("an object of skill id to level")
        var members = MemberCursor()
        while let key = try s.nextMember(&members, NoKey.self) {
            guard case .unknown(let skill) = key else { continue }
            do throws(LoadFailure) {
                requires[skill] = try s.readSmallInt("a level from 1 to 5", in: Level.range)
            } catch { throw error.inside(key.pathComponent) }
        }
        return requires
    }

    private static func readPerson(_ s: inout JSONScanner) throws(LoadFailure) -> Person {
        var id: String?, name: String?
        var p = Person(id: "", name: "")
        let start = s.index
        try s.openObject("a person object")
        var members = MemberCursor()
        while let key = try s.nextMember(&members, PersonKey.self) {
            do throws(LoadFailure) {
                switch key {
                case .known(.id): id = try readID(&s)
                case .known(.name): name = try s.readString()
                case .known(.kind):
                    let at = s.index
                    let text = try s.readRecurringString("\"employee\" or \"contractor\"")
                    guard let k = PersonKind(rawValue: text) else {
                        throw s.failure("expected \"employee\" or \"contractor\", found \"\(TextEscaping.escapedPrefix(text))\"", at: at)
                    }
                    p.kind = k
                case .known(.roles): try readElements(&s, "an array of role ids", into: &p.roles, readReference)
                case .known(.assessments):
                    p.assessments.reserveCapacity(16)
                    try readElements(&s, into: &p.assessments, readAssessment)
                case .known(.awareness): p.awareness = try readAwareness(&s)
                case .known(.exemptions): try readElements(&s, into: &p.exemptions, readExemption)
                case .unknown(let name): p.extra.append(JSONMember(key: name, value: try s.readUnknownValue(depth: 3)))
                }
            } catch { throw error.inside(key.pathComponent) }
        }
        guard let id else { throw missing("id", at: start) }
        guard let name else { throw missing("name", at: start) }
        p.id = id
        p.name = name
        return p
    }

    private static func readAssessment(_ s: inout JSONScanner) throws(LoadFailure) -> Assessment {
        var skill: String?, level: Int?, date: Day?
        var by: String?, method: String?, evidence: String?, effective: Bool?
        var extra = [JSONMember]()
        let start = s.index
        try s.openObject("an assessment object")
        var members = MemberCursor()
        while let key = try s.nextMember(&members, AssessmentKey.self) {
            do throws(LoadFailure) {
                switch key {
                case .known(.skill): skill = try readReference(&s)
                case .known(.level): level = try s.readSmallInt("a level from 1 to 5", in: Level.range)
                case .known(.date): date = try readDay(&s)
                case .known(.by): by = try s.readRecurringString()
                case .known(.method): method = try s.readRecurringString()
                case .known(.evidence): evidence = try s.readString()
                case .known(.effective): effective = try s.readBool()
                case .unknown(let name): extra.append(JSONMember(key: name, value: try s.readUnknownValue(depth: 5)))
                }
            } catch { throw error.inside(key.pathComponent) }
        }
        guard let skill else { throw missing("skill", at: start) }
        guard let level else { throw missing("level", at: start) }
        guard let date else { throw missing("date", at: start) }
        return Assessment(skill: skill, level: level, date: date, by: by, method: method, evidence: evidence,
                          effective: effective, extra: extra)
    }

    private static func readAwareness(_ s: inout JSONScanner) throws(LoadFailure) -> Awareness {
        var a = Awareness(state: nil)
        try s.openObject("an awareness object")
        var members = MemberCursor()
        while let key = try s.nextMember(&members, AwarenessKey.self) {
            do throws(LoadFailure) {
                switch key {
                case .known(.state):
                    let at = s.index
                    let text = try s.readRecurringString("\"correct\", \"lacking\" or \"wilful\"")
                    guard let st = AwarenessState(rawValue: text) else {
                        throw s.failure("expected \"correct\", \"lacking\" or \"wilful\", found \"\(TextEscaping.escapedPrefix(text))\"", at: at)
                    }
                    a.state = st
                case .known(.date): a.date = try readDay(&s)
                case .known(.note): a.note = try s.readRecurringString()
                case .unknown(let name): a.extra.append(JSONMember(key: name, value: try s.readUnknownValue(depth: 4)))
                }
            } catch { throw error.inside(key.pathComponent) }
        }
        return a
    }

    private static func readExemption(_ s: inout JSONScanner) throws(LoadFailure) -> Exemption {
        var skill: String?, reason: String?, until: Day?
        var extra = [JSONMember]()
        let start = s.index
        try s.openObject("an exemption object")
        var members = MemberCursor()
        while let key = try s.nextMember(&members, ExemptionKey.self) {
            do throws(LoadFailure) {
                switch key {
                case .known(.skill): skill = try readReference(&s)
                case .known(.reason): reason = try s.readRecurringString()
                case .known(.until): until = try readDay(&s)
                case .unknown(let name): extra.append(JSONMember(key: name, value: try s.readUnknownValue(depth: 5)))
                }
            } catch { throw error.inside(key.pathComponent) }
        }
        guard let skill else { throw missing("skill", at: start) }
        guard let reason else { throw missing("reason", at: start) }
        guard let until else { throw missing("until", at: start) }
        return Exemption(skill: skill, reason: reason, until: until, extra: extra)
    }
}
