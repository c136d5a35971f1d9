import Testing
@testable import CompetenceKit

/// Whole CSV and JSON outputs of every view, with design.md's columns.
@Suite struct RecordRendererTests {
    @Test func rolesView() {
        #expect(CSVRenderer.render(PrintFixtures.records(PrintFixtures.small, .roles)) == """
        skill_id,skill,category,sales,secmgr
        hearing,Customer hearing,business,4,
        negotiation,Negotiation and proposal,business,3,
        isms-rules,ISMS/PMS rules,security,2,4
        incident,Incident response,security,,4
        """ + "\n")
    }

    @Test func peopleView() {
        #expect(CSVRenderer.render(PrintFixtures.records(PrintFixtures.small, .people)) == """
        id,name,kind,roles,awareness,category,hearing,negotiation,isms-rules,incident
        p001,Sato Hanako,employee,sales,correct,B,4,2,2,
        p002,Suzuki Ichiro,employee,sales;secmgr,lacking,C,4,3,5,2
        p003,Takahashi Ken,contractor,secmgr,,?,,,4,
        """ + "\n")
    }

    @Test func gapsView() {
        #expect(CSVRenderer.render(PrintFixtures.records(PrintFixtures.small, .gaps)) == """
        person_id,person,roles,skill_id,skill,category,required,current,gap,state,evidence_date,assessor
        p001,Sato Hanako,sales,negotiation,Negotiation and proposal,business,3,2,1,short,2026-01-10,Suzuki
        p001,Sato Hanako,sales,isms-rules,ISMS/PMS rules,security,2,2,0,due,2025-04-01,Tanaka
        p003,Takahashi Ken,secmgr,incident,Incident response,security,4,0,4,short,,
        """ + "\n")
    }

    @Test func awarenessView() {
        #expect(CSVRenderer.render(PrintFixtures.records(PrintFixtures.small, .awareness)) == """
        category,competence,awareness,count,people
        A,sufficient,correct,0,
        B,insufficient,correct,1,p001
        C,sufficient,lacking,1,p002
        D,insufficient,lacking,0,
        E,sufficient,wilful,0,
        F,insufficient,wilful,0,
        ?,,,1,p003
        """ + "\n")
    }

    @Test func japanesePeople() {
        #expect(CSVRenderer.render(PrintFixtures.records(PrintFixtures.japanese, .people)) == """
        id,name,kind,roles,awareness,category,hearing,proposal,rules,incident
        s01,佐藤 花子,employee,sales,correct,B,3,2,2,
        s02,鈴木 一郎,employee,leader,correct,A,5,4,3,2
        s03,Smith John,employee,sales,wilful,F,1,,,
        """ + "\n")
    }

    @Test func gapsJSON() {
        #expect(JSONRecordsRenderer.render(PrintFixtures.records(PrintFixtures.small, .gaps)) == """
        [
          {
            "person_id": "p001",
            "person": "Sato Hanako",
            "roles": "sales",
            "skill_id": "negotiation",
            "skill": "Negotiation and proposal",
            "category": "business",
            "required": 3,
            "current": 2,
            "gap": 1,
            "state": "short",
            "evidence_date": "2026-01-10",
            "assessor": "Suzuki"
          },
          {
            "person_id": "p001",
            "person": "Sato Hanako",
            "roles": "sales",
            "skill_id": "isms-rules",
            "skill": "ISMS/PMS rules",
            "category": "security",
            "required": 2,
            "current": 2,
            "gap": 0,
            "state": "due",
            "evidence_date": "2025-04-01",
            "assessor": "Tanaka"
          },
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
        """ + "\n")
    }
}
