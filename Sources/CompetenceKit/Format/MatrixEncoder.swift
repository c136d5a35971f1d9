/// Writes a `Matrix` in the canonical form: known keys in a fixed order, then
/// unknown keys in the order they were read; two-space indent; a final
/// newline. The same document always gives the same bytes, so files kept in
/// git show only real changes.
public enum MatrixEncoder {
    public static func encode(_ m: Matrix) -> [UInt8] {
        var w = JSONWriter(capacity: expectedSize(of: m))
        w.beginObject()
        w.key("format"); w.string(Matrix.formatName)
        w.key("version"); w.raw(String(Matrix.currentVersion))
        if let title = m.title { w.key("title"); w.string(title) }
        if let owner = m.owner { w.key("owner"); w.string(owner) }
        if let approval = m.approval {
            w.key("approval")
            w.beginObject()
            w.key("by"); w.string(approval.by)
            if let date = approval.date { w.key("date"); w.day(date) }
            w.extra(approval.extra)
            w.endObject()
        }
        if let names = m.levelNames {
            w.key("levels")
            w.beginArray()
            for (i, name) in names.enumerated() {
                w.element()
                w.beginObject(inline: true)
                w.key("level"); w.int(i + 1)
                w.key("name"); w.string(name)
                w.extra(m.levelExtras[i + 1] ?? [])
                w.endObject()
            }
            w.endArray()
        }
        w.key("skills")
        w.beginArray()
        for skill in m.skills { w.element(); write(skill, &w) }
        w.endArray()
        w.key("roles")
        w.beginArray()
        for role in m.roles { w.element(); write(role, skills: m.skills, &w) }
        w.endArray()
        w.key("people")
        w.beginArray()
        for person in m.people { w.element(); write(person, &w) }
        w.endArray()
        w.extra(m.extra)
        w.endObject()
        w.newline()
        return w.bytes
    }

    /// A generous guess at the encoded size, so that the buffer of a large
    /// document is allocated once (pages never written cost no memory).
    static func expectedSize(of m: Matrix) -> Int {
        var size = 4096 + 160 * m.skills.count
        for role in m.roles { size += 160 + 40 * role.requires.count }
        for p in m.people { size += 320 + 64 * p.roles.count + 256 * p.assessments.count + 192 * p.exemptions.count }
        return size
    }

    private static func write(_ skill: Skill, _ w: inout JSONWriter) {
        w.beginObject()
        w.key("id"); w.string(skill.id)
        w.key("name"); w.string(skill.name)
        w.key("category"); w.string(skill.category.rawValue)
        if let months = skill.refreshMonths { w.key("refreshMonths"); w.int(months) }
        w.extra(skill.extra)
        w.endObject()
    }

    private static func write(_ role: Role, skills: [Skill], _ w: inout JSONWriter) {
        w.beginObject()
        w.key("id"); w.string(role.id)
        w.key("name"); w.string(role.name)
        w.key("requires")
        w.beginObject()
        // Requirements follow the order of the skills, so the file reads like the matrix.
        var written = 0
        for skill in skills {
            guard let level = role.requires[skill.id] else { continue }
            w.key(skill.id); w.int(level)
            written += 1
        }
        if written < role.requires.count {
            for (id, level) in role.requires.sorted(by: { $0.key < $1.key }) where !skills.contains(where: { $0.id == id }) {
                w.key(id); w.int(level)
            }
        }
        w.endObject()
        w.extra(role.extra)
        w.endObject()
    }

    private static func write(_ p: Person, _ w: inout JSONWriter) {
        w.beginObject()
        w.key("id"); w.string(p.id)
        w.key("name"); w.string(p.name)
        if let kind = p.kind { w.key("kind"); w.string(kind.rawValue) }
        w.key("roles")
        w.beginArray(inline: true)
        for role in p.roles { w.element(); w.string(role) }
        w.endArray()
        w.key("assessments")
        w.beginArray()
        for a in p.assessments { w.element(); write(a, &w) }
        w.endArray()
        if let aw = p.awareness {
            w.key("awareness")
            w.beginObject()
            if let state = aw.state { w.key("state"); w.string(state.rawValue) }
            if let date = aw.date { w.key("date"); w.day(date) }
            if let note = aw.note { w.key("note"); w.string(note) }
            w.extra(aw.extra)
            w.endObject()
        }
        if !p.exemptions.isEmpty {
            w.key("exemptions")
            w.beginArray()
            for e in p.exemptions {
                w.element()
                w.beginObject()
                w.key("skill"); w.string(e.skill)
                w.key("reason"); w.string(e.reason)
                w.key("until"); w.day(e.until)
                w.extra(e.extra)
                w.endObject()
            }
            w.endArray()
        }
        w.extra(p.extra)
        w.endObject()
    }

    private static func write(_ a: Assessment, _ w: inout JSONWriter) {
        w.beginObject()
        w.key("skill"); w.string(a.skill)
        w.key("level"); w.int(a.level)
        w.key("date"); w.day(a.date)
        if let by = a.by { w.key("by"); w.string(by) }
        if let method = a.method { w.key("method"); w.string(method) }
        if let evidence = a.evidence { w.key("evidence"); w.string(evidence) }
        if let effective = a.effective { w.key("effective"); w.raw(effective ? "true" : "false") }
        w.extra(a.extra)
        w.endObject()
    }
}
