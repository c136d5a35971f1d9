import CompetenceKit

/// `:exempt SKILL-ID UNTIL-DATE REASON` and `:unexempt SKILL-ID` on the
/// person under the cursor. An exemption holds up to and including its
/// date; ones that ended before the reference date are kept as the record
/// they are.
extension EditorState {
    mutating func exempt(_ argument: String) {
        let syntax = ":exempt SKILL-ID UNTIL-DATE REASON"
        let words = argument.split(maxSplits: 2, whereSeparator: \.isWhitespace).map(String.init)
        guard words.count == 3 else { return usage(syntax) }
        guard let (p, s) = exemptionTarget(words[0], command: ":exempt") else { return }
        guard let until = Day(words[1]) else {
            return message = .error(":exempt expects a date YYYY-MM-DD that exists, found '\(TextEscaping.escaped(words[1]))'")
        }
        var person = document.people[p]
        let skill = document.skills[s]
        person.exemptions.removeAll { $0.skill == skill.id && $0.until >= asOf }
        person.exemptions.append(Exemption(skill: skill.id, reason: words[2].trimmed, until: until))
        var summary = "\(TextEscaping.escaped(person.name)): \(TextEscaping.escaped(skill.name)) exempt until \(until)"
        if skillStatus(person: p, skill: s) == nil { summary += " (no role of theirs requires it now)" }
        if until < asOf { summary += " (ends before the reference date \(asOf), so it does not hold)" }
        commit(.person(p, person), summary: summary)
    }

    mutating func unexempt(_ argument: String) {
        guard !argument.isEmpty, !argument.contains(where: \.isWhitespace) else { return usage(":unexempt SKILL-ID") }
        guard let (p, s) = exemptionTarget(argument, command: ":unexempt") else { return }
        var person = document.people[p]
        let skill = document.skills[s]
        let before = person.exemptions.count
        person.exemptions.removeAll { $0.skill == skill.id && $0.until >= asOf }
        let who = TextEscaping.escaped(person.name), what = TextEscaping.escaped(skill.name)
        guard person.exemptions.count < before else {
            return message = .info("\(who) has no exemption for \(what) on \(asOf)")
        }
        commit(.person(p, person), summary: "\(who): \(what) no longer exempt")
    }

    /// The person under the cursor and the skill with id `skillID`, or nil with a message saying what is missing.
    private mutating func exemptionTarget(_ skillID: String, command: String) -> (Int, Int)? {
        guard let p = cursorPerson else {
            message = .error("\(command) works on the person under the cursor: Tab to the People view")
            return nil
        }
        guard let s = document.skillIndex(id: skillID) else {
            let required = analysis.people[p].requirements.map { document.skills[$0.skill].id }
            let who = TextEscaping.escaped(document.people[p].name)
            message = .error("No skill with id \(TextEscaping.escaped(skillID)); \(who)'s roles require: "
                             + (required.isEmpty ? "nothing yet" : required.joined(separator: ", ")))
            return nil
        }
        return (p, s)
    }
}
