import Foundation
import Testing

/// `competence print` run as a user would: whole stdout, stderr and exit status.
@Suite struct PrintCommandTests {
    @Test func printPeopleTextSplitsIntoBlocks() throws {
        let r = try PrintRun.run(["print", "small.json", "--view", "people", "--width", "60", "--as-of", "2026-06-01", "--ascii"])
        #expect(r == CommandResult(status: 0, stdout: """
        Example Corp ISMS competence matrix
        People: current levels
        Owner:    ISMS secretariat
        Approved: Tanaka Jiro, 2026-04-01
        File:     small.json
        As of:    2026-06-01
        Printed:  2026-06-02

        Part 1 of 2
                      | Customer | Negotiation  | ISMS/PMS
        Person        | hearing  | and proposal |  rules
        --------------+----------+--------------+---------
        Sato Hanako   |    4     |      2!      |    2*
        Suzuki Ichiro |    4     |      3       |    5
        Takahashi Ken |          |              |    4

        Part 2 of 2
                      | Incident
        Person        | response
        --------------+---------
        Sato Hanako   |
        Suzuki Ichiro |   (2!)
        Takahashi Ken |    -!

        Levels
          1  Knows of it
          2  Understands it
          3  Can do it with guidance
          4  Can do it alone
          5  Can teach others

        Marks
          3      current level: the latest assessment on or before
                 the reference date
          2!     short of the level the person's roles require
          3*     due for refresh: the evidence is older than the
                 skill's refresh interval
          -!     required, but never assessed
          (2!)   exempt: not counted as a gap until the exemption
                 ends
          blank  not assessed and not required
        """ + "\n", stderr: ""), "\(r)")
    }

    @Test func printRolesMarkdown() throws {
        let r = try PrintRun.run(["print", "small.json", "--format", "markdown", "--as-of", "2026-06-01"])
        #expect(r == CommandResult(status: 0, stdout: """
        # Example Corp ISMS competence matrix

        ## Roles: required levels

        - Owner: ISMS secretariat
        - Approved: Tanaka Jiro, 2026-04-01
        - File: small.json
        - As of: 2026-06-01
        - Printed: 2026-06-02

        | Skill | Sales | Security manager |
        | :--- | :---: | :---: |
        | **Business** |  |  |
        | Customer hearing | 4 |  |
        | Negotiation and proposal | 3 |  |
        | **Security** |  |  |
        | ISMS/PMS rules | 2 | 4 |
        | Incident response |  | 4 |

        ## Legend

        ### Levels

        - **1** Knows of it
        - **2** Understands it
        - **3** Can do it with guidance
        - **4** Can do it alone
        - **5** Can teach others

        ### Cells

        - **1-5** the lowest level a holder of the role must reach
        - **blank** not required
        """ + "\n", stderr: ""), "\(r)")
    }

    @Test func printPeopleCSV() throws {
        let r = try PrintRun.run(["print", "small.json", "--view", "people", "--format", "csv", "--as-of", "2026-06-01"])
        #expect(r == CommandResult(status: 0, stdout: """
        id,name,kind,roles,awareness,category,hearing,negotiation,isms-rules,incident
        p001,Sato Hanako,employee,sales,correct,B,4,2,2,
        p002,Suzuki Ichiro,employee,sales;secmgr,lacking,C,4,3,5,2
        p003,Takahashi Ken,contractor,secmgr,,?,,,4,
        """ + "\n", stderr: ""), "\(r)")
    }

    @Test func printAwarenessCSVForOneRole() throws {
        let r = try PrintRun.run(["print", "small.json", "--view", "awareness", "--format", "csv", "--role", "secmgr", "--as-of", "2026-06-01"])
        #expect(r == CommandResult(status: 0, stdout: """
        category,competence,awareness,count,people
        A,sufficient,correct,0,
        B,insufficient,correct,0,
        C,sufficient,lacking,1,p002
        D,insufficient,lacking,0,
        E,sufficient,wilful,0,
        F,insufficient,wilful,0,
        ?,,,1,p003
        """ + "\n", stderr: ""), "\(r)")
    }

    @Test func printGapsCSVIsTheGapsCommandsCSV() throws {
        let r = try PrintRun.run(["print", "small.json", "--view", "gaps", "--format", "csv", "--as-of", "2026-06-01"])
        #expect(r == CommandResult(status: 0, stdout: """
        person_id,person,roles,skill_id,skill,category,required,current,gap,state,evidence_date,assessor
        p001,Sato Hanako,sales,negotiation,Negotiation and proposal,business,3,2,1,short,2026-01-10,Suzuki
        p001,Sato Hanako,sales,isms-rules,ISMS/PMS rules,security,2,2,0,due,2025-04-01,Tanaka
        p003,Takahashi Ken,secmgr,incident,Incident response,security,4,0,4,short,,
        """ + "\n", stderr: ""), "\(r)")
    }

    @Test func gapsViewCSVMatchesGapsCommand() throws {
        let print = try PrintRun.run(["print", "small.json", "--view", "gaps", "--format", "csv", "--as-of", "2026-06-01"])
        let gaps = try PrintRun.run(["gaps", "small.json", "--format", "csv", "--as-of", "2026-06-01"])
        #expect(print == gaps)
    }

    @Test func outputIsWrittenToTheFileNotStdout() throws {
        let folder = try ScratchFolder()
        let target = folder.file("roles.csv")
        let r = try PrintRun.run(["print", "small.json", "--format", "csv", "--output", target])
        #expect(r == CommandResult(status: 0, stdout: "", stderr: ""))
        #expect(try folder.read("roles.csv") == """
        skill_id,skill,category,sales,secmgr
        hearing,Customer hearing,business,4,
        negotiation,Negotiation and proposal,business,3,
        isms-rules,ISMS/PMS rules,security,2,4
        incident,Incident response,security,,4
        """ + "\n")
    }

    @Test func unwritableOutputExits73() throws {
        let r = try PrintRun.run(["print", "small.json", "--output", "/nonexistent-folder/x.txt"])
        #expect(r == CommandResult(status: 73, stdout: "",
                                             stderr: "error: /nonexistent-folder/x.txt: cannot write: No such file or directory\n"))
    }

    @Test func unknownIdsAreUsageErrors() throws {
        #expect(try PrintRun.run(["print", "small.json", "--role", "sales", "--role", "nope"])
            == CommandResult(status: 64, stdout: "", stderr: "error: small.json: no role with id 'nope'\n"))
        #expect(try PrintRun.run(["print", "small.json", "--view", "people", "--person", "p404"])
            == CommandResult(status: 64, stdout: "", stderr: "error: small.json: no person with id 'p404'\n"))
    }

    @Test func auditPackNeedsAFolderAndNoViewOptions() throws {
        let cases = [
            (["--audit-pack"], "Error: --audit-pack needs --output DIR, the folder to write the pages into\n"),
            (["--audit-pack", "--output", "pack", "--view", "people"], "Error: --audit-pack prints every role and person as HTML; it does not take --view\n"),
            (["--audit-pack", "--output", "pack", "--format", "html"], "Error: --audit-pack prints every role and person as HTML; it does not take --format\n"),
            (["--audit-pack", "--output", "pack", "--person", "p1"], "Error: --audit-pack prints every role and person as HTML; it does not take --person\n"),
        ]
        for (arguments, message) in cases {
            let result = try PrintRun.run(["print", "small.json"] + arguments)
            #expect(result.status == 64 && result.stdout.isEmpty, "\(arguments)")
            #expect(result.stderr.hasPrefix(message), "\(arguments): \(result.stderr)")
        }
    }

    @Test func badWidthAndEpochAreUsageErrors() throws {
        let width = try PrintRun.run(["print", "small.json", "--width", "10"])
        #expect(width.status == 64 && width.stdout.isEmpty)
        #expect(width.stderr.hasPrefix("Error: --width expects at least 20 columns, found 10\n"))
        #expect(try PrintRun.run(["print", "small.json"], environment: ["SOURCE_DATE_EPOCH": "soon"]) == CommandResult(
            status: 64, stdout: "", stderr: "error: SOURCE_DATE_EPOCH: expected seconds since 1970-01-01 00:00 UTC, found 'soon'\n"))
    }

    @Test func missingFileExits66() throws {
        #expect(try PrintRun.run(["print", "absent.json"])
            == CommandResult(status: 66, stdout: "", stderr: "error: absent.json: no such file\n"))
    }
}
