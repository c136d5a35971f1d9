import Testing
import Foundation
@testable import CompetenceKit

/// docs/competence-matrix.schema.json, checked with a real JSON Schema
/// validator (Python's `jsonschema`, which `make deps` installs): the
/// examples pass, and documents the loader refuses are refused by the schema
/// too.
@Suite struct SchemaTests {
    /// Validates each file against the schema; prints a JSON object of file
    /// name to the list of error messages. Exit 3 when jsonschema is missing.
    static let script = """
    import json, sys
    try:
        from jsonschema import Draft202012Validator, FormatChecker
    except ImportError:
        sys.stderr.write("the Python module jsonschema is missing: run `make deps` (or apt-get install python3-jsonschema)\\n")
        sys.exit(3)
    schema = json.load(open(sys.argv[1], encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    validator = Draft202012Validator(schema, format_checker=FormatChecker())
    out = {}
    for path in sys.argv[2:]:
        with open(path, encoding="utf-8") as f:
            document = json.load(f)
        out[path.rsplit("/", 1)[-1]] = sorted(e.message for e in validator.iter_errors(document))
    print(json.dumps(out))
    """

    /// The schema's error messages for each file, by file name; nil (with the reason recorded) when the validator cannot run.
    static func schemaErrors(_ paths: [String]) throws -> [String: [String]]? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, ExamplePaths.doc("competence-matrix.schema.json")] + paths
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let output = out.fileHandleForReading.readDataToEndOfFile()
        let errors = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let reason = process.terminationStatus == 127 ? "python3 is missing: run `make deps`" : errors
            Issue.record("the JSON Schema validator could not run (status \(process.terminationStatus)): \(reason)")
            return nil
        }
        return try JSONDecoder().decode([String: [String]].self, from: output)
    }

    /// Writes each (name, text) to a scratch folder and validates them.
    static func schemaErrors(documents: [(name: String, text: String)]) throws -> [String: [String]]? {
        let folder = NSTemporaryDirectory() + "competence-schema-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var paths = [String]()
        for d in documents {
            paths.append(folder + "/" + d.name)
            try Data(d.text.utf8).write(to: URL(fileURLWithPath: paths.last!))
        }
        return try schemaErrors(paths)
    }

    @Test func examplesMatchTheSchema() throws {
        let names = ["sales-ja.json", "starter-en.json", "starter-ja.json"]
        let found = try FileManager.default.contentsOfDirectory(atPath: ExamplePaths.packageRoot.appendingPathComponent("Examples").path)
            .filter { $0.hasSuffix(".json") }.sorted()
        #expect(found == names, "every example is listed here")
        guard let errors = try Self.schemaErrors(found.map(ExamplePaths.example)) else { return }
        #expect(errors == Dictionary(uniqueKeysWithValues: names.map { ($0, [String]()) }))
    }

    @Test func unknownKeysAtEveryLevelAreAllowed() throws {
        guard let errors = try Self.schemaErrors(documents: [("every.json", CanonicalWritingTests.everyLevel)]) else { return }
        #expect(errors == ["every.json": []])
    }

    /// Invalid documents: the base of LoadErrorTests with one change each.
    static let invalid: [(name: String, old: String, new: String)] = [
        ("version-2", #""version": 1"#, #""version": 2"#),
        ("format", #""format": "competence-matrix""#, #""format": "competence-matrx""#),
        ("requires-6", #""hearing": 3,"#, #""hearing": 6,"#),
        ("level-3.5", #""level": 2, "date""#, #""level": 3.5, "date""#),
        ("level-string", #""level": 2, "date""#, #""level": "2", "date""#),
        ("month-13", #""date": "2026-04-01", "by""#, #""date": "2026-13-01", "by""#),
        ("february-30", #""date": "2026-04-01", "by""#, #""date": "2026-02-30", "by""#),
        ("short-date", #""date": "2026-04-01", "by""#, #""date": "26-1-1", "by""#),
        ("no-people", #""people": ["#, #""persons": ["#),
        ("category", #""category": "business""#, #""category": "Business""#),
        ("four-levels", "    {\"level\": 4, \"name\": \"d\"},\n", ""),
        ("level-twice", #"{"level": 3, "name": "c"}"#, #"{"level": 2, "name": "c"}"#),
        ("effective", #""effective": true"#, #""effective": "yes""#),
        ("id-space", #"{"id": "hearing", "name": "Customer hearing""#, #"{"id": "hear ing", "name": "Customer hearing""#),
        ("exemption-until", #", "until": "2026-12-31""#, ""),
        ("role-twice", #""roles": ["sales"]"#, #""roles": ["sales", "sales"]"#),
        ("refresh-0", #""refreshMonths": 12"#, #""refreshMonths": 0"#),
        ("state", #""state": "correct""#, #""state": "good""#),
        ("kind", #""kind": "employee""#, #""kind": "intern""#),
        ("approval-by", #""approval": {"by": "CISO", "#, #""approval": {"#),
    ]

    @Test func invalidDocumentsAreRefusedByTheSchemaAndTheLoader() throws {
        var documents = [(name: String, text: String)]()
        for c in Self.invalid {
            #expect(LoadErrorTests.base.contains(c.old), "\(c.name)")
            let text = LoadErrorTests.base.replacingOccurrences(of: c.old, with: c.new)
            #expect(LoadErrorTests.message(Array(text.utf8)) != "loaded", "\(c.name): the loader accepts it")
            documents.append((c.name + ".json", text))
        }
        guard let errors = try Self.schemaErrors(documents: documents) else { return }
        let accepted = Self.invalid.map(\.name).filter { errors[$0 + ".json"]?.isEmpty ?? true }
        #expect(accepted == [], "the schema accepts documents the loader refuses")
    }

    @Test func theLoaderBaseIsValidForTheSchema() throws {
        guard let errors = try Self.schemaErrors(documents: [("base.json", LoadErrorTests.base)]) else { return }
        #expect(errors == ["base.json": []])
    }
}
