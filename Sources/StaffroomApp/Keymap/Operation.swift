/// What a key does. The keymap maps keys to operations; the help overlay lists them from the same table.
public enum Operation: String, Equatable, Sendable, CaseIterable {
    case moveDown, moveUp, pageDown, pageUp, first, last
    case open, back, nextPost, previousPost
    case reply, quoteReply, replyInEditor, newTopic, drafts, outbox, discard, saveCopy
    case editPost, deletePost, flagPost, askForReview, pinTopic, lockTopic, acceptAnswer
    case nextUnread, pageOrNextUnread, markTopicRead, markForumRead, search, showLink
    case follow, bookmark, followedList, bookmarkList, planEvent
    case feedPane, forumsPane, eventsPane, libraryPane, moderationPane, peoplePane, authorProfile
    case sync, help, redraw, quit

    /// What the help overlay says the operation does.
    public func description(_ language: Language) -> String {
        let ru = language == .russian
        switch self {
        case .moveDown: return ru ? "вниз на строку" : "down one line"
        case .moveUp: return ru ? "вверх на строку" : "up one line"
        case .pageDown: return ru ? "страница вниз" : "page down"
        case .pageUp: return ru ? "страница вверх" : "page up"
        case .first: return ru ? "в начало" : "to the top"
        case .last: return ru ? "в конец" : "to the bottom"
        case .open: return ru ? "открыть" : "open"
        case .back: return ru ? "назад" : "back"
        case .nextPost: return ru ? "следующее сообщение" : "next post"
        case .previousPost: return ru ? "предыдущее сообщение" : "previous post"
        case .reply: return ru ? "ответить в теме" : "reply to the topic"
        case .quoteReply: return ru ? "ответить с цитатой" : "reply with a quote"
        case .replyInEditor: return ru ? "писать в $EDITOR" : "write in $EDITOR"
        case .newTopic: return ru ? "новая тема" : "new topic"
        case .drafts: return ru ? "черновики" : "drafts"
        case .outbox: return ru ? "исходящие" : "outbox"
        case .discard: return ru ? "удалить (дважды)" : "discard (press twice)"
        case .editPost: return ru ? "править своё сообщение" : "edit your post"
        case .deletePost: return ru ? "удалить своё сообщение (дважды)" : "delete your post (press twice)"
        case .flagPost: return ru ? "пожаловаться модераторам" : "flag for moderators"
        case .askForReview: return ru ? "попросить пересмотреть решение о своём сообщении" : "ask for another review of your moderated post"
        case .pinTopic: return ru ? "закрепить тему (модераторы)" : "pin the topic (moderators)"
        case .lockTopic: return ru ? "закрыть тему (модераторы)" : "lock the topic (moderators)"
        case .acceptAnswer: return ru ? "принять ответ (вопросы)" : "accept the answer (questions)"
        case .nextUnread: return ru ? "к следующему непрочитанному" : "to the next unread post"
        case .pageOrNextUnread: return ru ? "страница вниз, в конце — дальше" : "page down, then the next unread"
        case .markTopicRead: return ru ? "тема прочитана" : "mark the topic read"
        case .markForumRead: return ru ? "весь форум прочитан" : "mark the whole forum read"
        case .search: return ru ? "поиск по всем сообщениям" : "search every post"
        case .showLink: return ru ? "показать ссылку [N] для копирования" : "show link [N] for copying"
        case .follow: return ru ? "следить / заглушить / как обычно" : "watch / mute / as usual"
        case .bookmark: return ru ? "закладка на сообщение" : "bookmark the post"
        case .followedList: return ru ? "отслеживаемое" : "watched and muted"
        case .bookmarkList: return ru ? "закладки" : "bookmarks"
        case .planEvent: return ru ? "событие с обсуждением в этой теме" : "an event discussed in this topic"
        case .saveCopy: return ru ? "сохранить текст в файл" : "save the text to a file"
        case .forumsPane: return ru ? "форумы" : "forums"
        case .eventsPane: return ru ? "события: календарь и список" : "events: calendar and agenda"
        case .libraryPane: return ru ? "библиотека материалов" : "the resource library"
        case .feedPane: return ru ? "лента: что нового для вас" : "the feed: what is new for you"
        case .peoplePane: return ru ? "люди: участники сети и профили" : "people: the network's members and profiles"
        case .authorProfile: return PeoplePhrase.keyAuthor.text(language)
        case .moderationPane: return ru ? "очередь жалоб (модераторы)" : "the review queue (moderators)"
        case .sync: return ru ? "синхронизировать сейчас" : "sync now"
        case .help: return ru ? "эта подсказка" : "this help"
        case .redraw: return ru ? "перерисовать экран" : "redraw the screen"
        case .quit: return ru ? "выйти" : "quit"
        }
    }
}
