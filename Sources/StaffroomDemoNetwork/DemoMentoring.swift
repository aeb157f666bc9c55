/// A demo request for a mentor, and, when the mentor took it, the first replies in the pair's thread.
public struct DemoMentorship: Sendable {
    public var mentee: String
    /// The mentor asked; nil: the teacher asked the coordinators.
    public var mentor: String?
    public var subject: String
    public var grade: Int?
    public var note: String
    /// Whole days before seeding that the teacher asked.
    public var daysAgo: Int
    /// The mentor accepted (a day after the request), and the pair wrote these replies, in turn, mentor first.
    public var accepted: Bool
    public var replies: [String] = []
}

extension DemoNetwork {
    /// One pair at work and one request waiting for the coordinators.
    public static let mentorships: [DemoMentorship] = [
        DemoMentorship(mentee: "elena.sokolova", mentor: "ivan.kuznetsov", subject: "Математика", grade: 6,
                       note: "В одном классе у меня пятый и шестой: пока одни решают, другие скучают. "
                           + "Хочу научиться строить урок так, чтобы обе группы были заняты делом.",
                       daysAgo: 12, accepted: true,
                       replies: ["Давайте начнём с одного урока. Пришлите план ближайшей темы, а я предложу, "
                                     + "какие задания дать группе, пока вы объясняете другой.",
                                 "Спасибо! Тема — дроби у шестых и деление с остатком у пятых. План положу сюда завтра.",
                                 "Хорошо. И подумайте, кто из шестиклассников может быть консультантом: это тоже работает."]),
        DemoMentorship(mentee: "pavel.novikov", mentor: nil, subject: "Химия", grade: 9,
                       note: "Второй год веду химию. На лабораторных класс шумит, и я не успеваю следить за безопасностью. "
                           + "Нужен опытный коллега-химик.",
                       daysAgo: 2, accepted: false),
    ]
}
