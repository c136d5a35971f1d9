import CompetenceKit

/// Recording a person's awareness (clause 7.3): `a` asks for the state on
/// the bottom line, `:aware STATE` sets it directly, `:note TEXT` sets the
/// note; a state is dated today.
extension EditorState {
    /// `a` on a person (People, Gaps, the Awareness list).
    mutating func askAwareness() {
        guard let p = cursorPerson else {
            return message = .error(view == .awareness ? "Enter goes into the list; a then works on the person under the cursor"
                                    : "a works on a person: Tab to the People view")
        }
        mode = .panel(.awareness(person: p))
    }

    /// The question `a` asks, for the bottom line.
    func awarenessQuestion(_ p: Int) -> String {
        let person = document.people[p]
        var now = person.awareness?.state?.rawValue ?? "not assessed"
        if person.awareness?.state != nil, let date = person.awareness?.date { now += ", \(date)" }
        return "Awareness of \(TextEscaping.escaped(person.name)) (\(now)): c correct, l lacking, w wilful, n not assessed"
    }

    mutating func chooseAwareness(of p: Int, _ key: Key) {
        let state: AwarenessState?
        switch key {
        case .char("c"), .char("C"): state = .correct
        case .char("l"), .char("L"): state = .lacking
        case .char("w"), .char("W"): state = .wilful
        case .char("n"), .char("N"): state = nil
        case .escape, .ctrl("c"):
            mode = .normal
            message = .info("Awareness unchanged")
            return
        default:
            message = .error("Please press c, l, w or n (Esc cancels)")
            return
        }
        mode = .normal
        recordAwareness(state, of: p)
    }

    /// Sets a person's awareness state dated today, keeping the note; nil
    /// takes the state and its date away (not assessed), and an awareness
    /// left with nothing in it goes altogether.
    mutating func recordAwareness(_ state: AwarenessState?, of p: Int) {
        var person = document.people[p]
        var awareness = person.awareness ?? Awareness(state: nil)
        awareness.state = state
        awareness.date = state == nil ? nil : today
        person.awareness = Self.isEmpty(awareness) ? nil : awareness
        let who = TextEscaping.escaped(person.name)
        commit(.person(p, person), summary: state.map { "\(who): awareness \($0.rawValue) on \(today)" } ?? "\(who): awareness not assessed")
    }

    /// `:note TEXT`: the note on the person's awareness; `:note` alone removes it.
    mutating func setAwarenessNote(_ text: String) {
        guard let p = cursorPerson else {
            return message = .error(":note works on the person under the cursor: Tab to the People view")
        }
        var person = document.people[p]
        var awareness = person.awareness ?? Awareness(state: nil)
        awareness.note = text.isEmpty ? nil : text
        person.awareness = Self.isEmpty(awareness) ? nil : awareness
        let who = TextEscaping.escaped(person.name)
        commit(.person(p, person), summary: text.isEmpty ? "\(who): awareness note removed" : "\(who): awareness note set")
    }

    private static func isEmpty(_ a: Awareness) -> Bool {
        a.state == nil && a.date == nil && (a.note ?? "").isEmpty && a.extra.isEmpty
    }
}
