/// A `--role` or `--person` that names nothing in the document.
public enum PrintSelectionError: Error, Equatable, CustomStringConvertible {
    case unknownRole(String)
    case unknownPerson(String)

    public var description: String {
        switch self {
        case .unknownRole(let id): return "no role with id '\(TextEscaping.escaped(id))'"
        case .unknownPerson(let id): return "no person with id '\(TextEscaping.escaped(id))'"
        }
    }
}
