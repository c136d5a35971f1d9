/// The five skill levels of the seed (スキルレベル). Level 0 means "not
/// required" in a role and "none" for a person, so it is not a `Level` name.
public enum Level {
    /// The valid levels of a requirement or an assessment.
    public static let range: ClosedRange<Int> = 1...5

    /// English names, used when a file has no `levels`.
    public static let englishNames = [
        "Knows of it", "Understands it", "Can do it with guidance",
        "Can do it alone", "Can teach others",
    ]

    /// Japanese names from the seed.
    public static let japaneseNames = [
        "知る", "理解", "指導されながらできる", "一人で実施できる", "人に指導できる",
    ]
}
