/// Words the generator builds names from. A third of people (and of
/// assessors and skills) get Japanese names, so that wide characters are
/// measured where they cost: display widths in every rendered frame.
enum NamePools {
    static let japaneseFamily = [
        "佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤",
        "吉田", "山田", "佐々木", "山口", "松本", "井上", "木村", "林", "斎藤", "清水",
        "山崎", "森", "池田", "橋本", "阿部", "石川", "山下", "中島", "石井", "小川",
    ]
    static let japaneseGiven = [
        "花子", "太郎", "健一", "由美", "美咲", "翔太", "大輔", "陽子", "直樹", "恵",
        "浩", "誠", "明美", "拓也", "さくら", "結衣", "蓮", "陽菜", "悠真", "葵",
    ]
    static let westernGiven = [
        "Emma", "Liam", "Olivia", "Noah", "Ava", "Lucas", "Mia", "Ethan", "Sophie", "Oscar",
        "Hannah", "Jack", "Chloe", "Leo", "Grace", "Adam", "Lena", "Tom", "Nora", "Felix",
        "Hanako", "Kenji", "Yuki", "Hiroshi", "Aiko", "Takeshi", "Mei", "Ryo", "Sora", "Daiki",
    ]
    static let westernFamily = [
        "Clarke", "Müller", "Martin", "Dubois", "Rossi", "García", "Novak", "Jensen", "Smith", "Brown",
        "Wilson", "Taylor", "Moreau", "Weber", "Costa", "Silva", "Nowak", "Larsen", "Kowalski", "Evans",
        "Sato", "Suzuki", "Takahashi", "Tanaka", "Ito", "Watanabe", "Yamamoto", "Nakamura", "Kobayashi", "Kato",
    ]
    static let businessSkills = [
        "Customer hearing", "Negotiation and proposal", "Finding problems", "Paperwork",
        "Project management", "Accounting", "Contract review", "Presentation", "Requirements analysis",
        "Supplier management",
    ]
    static let businessSkillsJapanese = [
        "ヒアリング能力", "交渉・提案力", "課題発見力", "事務処理", "進捗管理",
        "会計処理", "契約確認", "プレゼンテーション", "要件定義", "取引先管理",
    ]
    static let securitySkills = [
        "ISMS/PMS rules", "General security knowledge", "Incident response", "Secure coding",
        "Access control", "Cryptography basics", "Risk assessment", "Internal audit",
        "Phishing awareness", "Backup and recovery",
    ]
    static let securitySkillsJapanese = [
        "ISMS/PMSの規程", "セキュリティ一般知識", "インシデント対応力", "セキュアコーディング",
        "アクセス制御", "暗号の基礎", "リスクアセスメント", "内部監査",
        "標的型攻撃メール対応", "バックアップと復旧",
    ]
    static let roles = [
        "Sales", "Engineer", "Operator", "Help desk", "Developer", "Accountant", "HR officer",
        "Manager", "Auditor", "Administrator", "Architect", "Analyst", "Designer", "Buyer", "Trainer",
    ]
    static let methods = ["self", "manager", "exam", "training", "drill", "OJT"]
    static let notes = ["", "", "", "Followed up after drill", "Reminded of the clean desk rule", "新入社員研修済み"]
    static let exemptionReasons = ["New starter", "Long-term leave", "Role change in progress", "育児休業"]
}
