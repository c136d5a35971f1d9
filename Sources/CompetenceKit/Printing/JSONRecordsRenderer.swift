/// Writes records as a JSON array of objects whose keys are the column
/// names, in column order: numbers as numbers, nothing as `null`. Two-space
/// indentation and a final newline, deterministic like the file format.
public enum JSONRecordsRenderer {
    public static func render(_ r: RecordTable) -> String {
        var w = JSONWriter()
        w.beginArray()
        for row in r.rows {
            w.element()
            w.beginObject()
            for (name, value) in zip(r.columns, row) {
                w.key(name)
                switch value {
                case .null: w.raw("null")
                case .number(let n): w.raw(String(n))
                case .text(let s): w.string(s)
                }
            }
            w.endObject()
        }
        w.endArray()
        w.newline()
        return String(decoding: w.bytes, as: UTF8.self)
    }
}
