/// Writes records as CSV (RFC 4180): the first row names the columns; a
/// field with a comma, a double quote, CR or LF is quoted, quotes doubled;
/// UTF-8 without a byte-order mark; lines end with LF (not the RFC's CRLF:
/// spreadsheets read both, and Unix tools read LF without a stray CR).
///
/// Formula injection guard: a text field that starts with `=`, `+`, `-`,
/// `@`, tab or CR gets a leading `'`, so a spreadsheet shows it as text
/// instead of running it as a formula. Numbers are written as they are.
public enum CSVRenderer {
    public static func render(_ r: RecordTable) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(64 * (r.rows.count + 1) * max(1, r.columns.count) / 4)
        line(r.columns.map(RecordTable.Value.text), into: &out)
        for row in r.rows { line(row, into: &out) }
        return String(decoding: out, as: UTF8.self)
    }

    static func line(_ values: [RecordTable.Value], into out: inout [UInt8]) {
        for (i, v) in values.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            switch v {
            case .null: break
            case .number(let n): out.append(contentsOf: String(n).utf8)
            case .text(let s): field(s, into: &out)
            }
        }
        out.append(0x0A)
    }

    static func field(_ text: String, into out: inout [UInt8]) {
        var text = text
        // One contiguous UTF-8 buffer: most fields are copied as they are.
        text.withUTF8 { bytes in
            guard let first = bytes.first else { return }
            let guarded = first == 0x3D || first == 0x2B || first == 0x2D || first == 0x40 || first == 0x09 || first == 0x0D
            let quoted = bytes.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
            if !guarded && !quoted { out.append(contentsOf: bytes); return }
            if quoted { out.append(0x22) }
            if guarded { out.append(UInt8(ascii: "'")) }
            for b in bytes {
                if b == 0x22 { out.append(0x22) }
                out.append(b)
            }
            if quoted { out.append(0x22) }
        }
    }
}
