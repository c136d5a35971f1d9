import Testing

/// `competence gaps` run as a user would: whole stdout, stderr and exit status.
@Suite struct GapsCommandTests {
    static let csv = """
    person_id,person,roles,skill_id,skill,category,required,current,gap,state,evidence_date,assessor
    p001,Sato Hanako,sales,negotiation,Negotiation and proposal,business,3,2,1,short,2026-01-10,Suzuki
    p001,Sato Hanako,sales,isms-rules,ISMS/PMS rules,security,2,2,0,due,2025-04-01,Tanaka
    p003,Takahashi Ken,secmgr,incident,Incident response,security,4,0,4,short,,
    """ + "\n"

    @Test func checkExitsOneWhenAGapExistsAndStillPrints() throws {
        #expect(try PrintRun.run(["gaps", "small.json", "--format", "csv", "--as-of", "2026-06-01", "--check"])
            == CommandResult(status: 1, stdout: Self.csv, stderr: ""))
        #expect(try PrintRun.run(["gaps", "small.json", "--format", "csv", "--as-of", "2026-06-01"])
            == CommandResult(status: 0, stdout: Self.csv, stderr: ""))
    }

    @Test func checkExitsZeroWithoutGaps() throws {
        #expect(try PrintRun.run(["gaps", "small.json", "--person", "p002", "--format", "json", "--as-of", "2026-06-01", "--check"])
            == CommandResult(status: 0, stdout: "[]\n", stderr: ""))
    }

    @Test func refreshDueDependsOnTheReferenceDate() throws {
        // Sato's ISMS/PMS rules evidence of 2025-04-01 goes stale after 2026-04-01.
        let before = try PrintRun.run(["gaps", "small.json", "--person", "p001", "--format", "csv", "--as-of", "2026-04-01"])
        #expect(before == CommandResult(status: 0, stdout: """
        person_id,person,roles,skill_id,skill,category,required,current,gap,state,evidence_date,assessor
        p001,Sato Hanako,sales,negotiation,Negotiation and proposal,business,3,2,1,short,2026-01-10,Suzuki
        """ + "\n", stderr: ""))
    }

    @Test func jsonForOnePerson() throws {
        #expect(try PrintRun.run(["gaps", "small.json", "--person", "p003", "--format", "json", "--as-of", "2026-06-01"])
            == CommandResult(status: 0, stdout: """
            [
              {
                "person_id": "p003",
                "person": "Takahashi Ken",
                "roles": "secmgr",
                "skill_id": "incident",
                "skill": "Incident response",
                "category": "security",
                "required": 4,
                "current": 0,
                "gap": 4,
                "state": "short",
                "evidence_date": null,
                "assessor": null
              }
            ]
            """ + "\n", stderr: ""))
    }

    @Test func textForARole() throws {
        #expect(try PrintRun.run(["gaps", "small.json", "--role", "secmgr", "--as-of", "2026-06-01"])
            == CommandResult(status: 0, stdout: """
            Example Corp ISMS competence matrix
            Gaps: required skills short or due for refresh
            Owner:    ISMS secretariat
            Approved: Tanaka Jiro, 2026-04-01
            File:     small.json
            As of:    2026-06-01
            Printed:  2026-06-02

            1 of 2 people have a gap or a refresh due.

            Skill               │ Req │ Cur │ Gap │ State │ Evidence │ Assessor
            ────────────────────┼─────┼─────┼─────┼───────┼──────────┼─────────
            Takahashi Ken (p003): Security manager
              Incident response │   4 │   - │   4 │ short │          │

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
            """ + "\n", stderr: ""))
    }

    @Test func unknownPersonIsAUsageError() throws {
        #expect(try PrintRun.run(["gaps", "small.json", "--person", "nobody", "--check"])
            == CommandResult(status: 64, stdout: "", stderr: "error: small.json: no person with id 'nobody'\n"))
    }
}
