/// A JSON value kept as it was read, for keys the program does not know.
///
/// Numbers keep their source text so that a value from a newer edition of the
/// format is written back exactly, without a round trip through `Double`.
public indirect enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([JSONMember])
}

/// One key and value of a JSON object, in the order the file had them.
public struct JSONMember: Equatable, Sendable {
    public var key: String
    public var value: JSONValue

    public init(key: String, value: JSONValue) {
        self.key = key
        self.value = value
    }
}
