/// A titled list of labelled entries: a legend ("1  Knows of it", "2!  short
/// of the requirement") or the people in each awareness category. Text is
/// escaped.
public struct PrintList: Equatable, Sendable {
    public struct Item: Equatable, Sendable {
        /// A short key: a level, a mark, a category letter.
        public var label: String
        public var text: String

        public init(_ label: String, _ text: String) {
            self.label = label
            self.text = text
        }
    }

    public var title: String
    public var items: [Item]

    public init(title: String, items: [Item]) {
        self.title = title
        self.items = items
    }
}
