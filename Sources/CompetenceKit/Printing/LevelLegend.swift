/// The legend of the five level names, in the document's language (the
/// file's `levels`, or the English defaults).
public enum LevelLegend {
    public static func list(_ m: Matrix) -> PrintList {
        PrintList(title: "Levels", items: Level.range.map {
            PrintList.Item(String($0), TextEscaping.escaped(m.levelName($0)))
        })
    }
}
