/// Who approved the matrix and when, printed in headers as documented information.
public struct Approval: Equatable, Sendable {
    public var by: String
    public var date: Day?
    public var extra: [JSONMember]

    public init(by: String, date: Day?, extra: [JSONMember] = []) {
        self.by = by
        self.date = date
        self.extra = extra
    }
}
