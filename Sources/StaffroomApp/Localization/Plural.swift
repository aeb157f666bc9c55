/// Counted nouns in both languages, with Russian's three plural forms.
public enum CountedNoun: Sendable {
    case topic, reply, post, unread, page, change, waitingWrite

    /// `count` followed by the noun in the right form: "1 ответ", "2 ответа", "5 ответов".
    public func counted(_ count: Int, in language: Language) -> String {
        "\(count) " + form(for: count, in: language)
    }

    private func form(for count: Int, in language: Language) -> String {
        switch language {
        case .english:
            let (one, other) = englishForms
            return count == 1 ? one : other
        case .russian:
            let (one, few, many) = russianForms
            switch RussianPlural.category(of: count) {
            case .one: return one
            case .few: return few
            case .many: return many
            }
        }
    }

    private var englishForms: (String, String) {
        switch self {
        case .topic: ("topic", "topics")
        case .reply: ("reply", "replies")
        case .post: ("post", "posts")
        case .unread: ("unread", "unread")
        case .page: ("page", "pages")
        case .change: ("change", "changes")
        case .waitingWrite: ("write waiting", "writes waiting")
        }
    }

    private var russianForms: (String, String, String) {
        switch self {
        case .topic: ("тема", "темы", "тем")
        case .reply: ("ответ", "ответа", "ответов")
        case .post: ("сообщение", "сообщения", "сообщений")
        case .unread: ("непрочитанная", "непрочитанные", "непрочитанных")
        case .page: ("страница", "страницы", "страниц")
        case .change: ("изменение", "изменения", "изменений")
        case .waitingWrite: ("запись ждёт отправки", "записи ждут отправки", "записей ждут отправки")
        }
    }
}

/// The Russian plural rule for whole numbers (CLDR "one", "few", "many").
public enum RussianPlural: Equatable, Sendable {
    case one, few, many

    public static func category(of count: Int) -> RussianPlural {
        let n = abs(count)
        let lastTwo = n % 100, last = n % 10
        if last == 1 && lastTwo != 11 { return .one }
        if (2...4).contains(last) && !(12...14).contains(lastTwo) { return .few }
        return .many
    }
}
