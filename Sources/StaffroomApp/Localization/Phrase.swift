import StaffroomProtocol
import StaffroomStore
import StaffroomSync

/// Every fixed string of the interface, in English and Russian. Adding a case without both
/// translations does not compile.
public enum Phrase: Equatable, Sendable {
    case appName
    case forumsPane
    /// A string of the Events pane or of an event.
    case event(EventPhrase)
    case eventForm(EventFormPhrase)
    /// A string of the Library pane, a resource or the downloads.
    case library(LibraryPhrase)
    case shareForm(ShareFormPhrase)
    case moderation(ModerationPhrase)
    case feed(FeedPhrase)
    case people(PeoplePhrase)
    case mentoring(MentoringPhrase)
    case pulse(PulsePhrase)
    case loading
    case noForumsYet
    case noTopicsYet
    case emptyThread
    case columnTopic, columnAuthor, columnReplies, columnLastPost
    case topicCount(Int)
    case unreadCount(Int)
    case replyCount(Int)
    case postPosition(Int, of: Int)
    case postCountOnly(Int)
    case syncedAt(String)
    case neverSynced
    case syncing(pages: Int, percent: Int?)
    case syncFailed(String)
    case offlineSince(String, String)
    case retryingIn(String, seconds: Int)
    case hintOpen, hintBack, hintSync, hintHelp, hintQuit, hintNextPost, hintReply, hintNewTopic
    case helpTitle
    case helpClose
    case terminalTooSmall(minimumColumns: Int, minimumRows: Int)
    case serverUnreachable(NetworkProblem)
    case sessionExpired
    case invalidCredentials
    case notLoggedIn
    case serverError(Int, String)
    /// The server's own words: until when the account is suspended, and why.
    case suspended(String)
    case serverBusy(retryAfter: Int?)
    case malformedAnswer(String)
    case diskFull
    case storeFailed(String)
    case operation(Operation)
    case themeProblem(String)
    case configProblem(String)
    case loggedIn(name: String, server: String)
    case syncProgressLine(pages: Int, changes: Int)
    case syncDoneLine(changes: Int)
    case passwordPrompt(String)
    case noTerminalForPassword
    case notATerminal
    case unusableTerminal(String)
    case draftSaved, queued
    case composeProblem(ComposeProblem)
    case composeKeySend, composeKeyLeave, composeKeyPreview, composeKeyExternal, composeKeyUndo, composeKeyDeleteLine
    case composeKeyField, composeKeyWords, composeKeyLineEnds, composeKeyPages
    case searchKeyEnter, searchKeyMove, searchKeyBack, flagKeyReason, flagKeySend
    case composeHeading(ComposeState.Purpose)
    case composeTitleLabel, composeHints, previewHeading, previewHints
    case pendingMark, editedMark, deletedPost
    case notSentMark(String)
    case draftsTitle, noDrafts, draftsHints
    case draftKind(Draft.Kind)
    case outboxTitle, outboxEmpty, outboxHints
    case outboxPending, outboxNotSent
    case pressAgainToDiscard
    case copiedOut(String)
    case externalEditorFailed(String)
    case outboxStatus(OutboxCounts)
    case writeKind(MutationAction)
    case onlyOwnPosts, onlyModerators, notAQuestionsForum, onlyAskerOrMentors, pressAgainToDelete, flagSent
    case flagTitle, flagHints, flagNoteLabel
    case flagReason(FlagReason)
    case pinnedTag, lockedTag, solvedTag, unansweredTag, acceptedMark
    case newSinceLastVisit, noMoreUnread
    case searchTitle, searchLabel, searchHints, searchNothingFound, searchHelp
    case searchCount(Int, more: Bool)
    case linkHint
    case renewalExplanation(waiting: Int)
    case renewalPrompt(String)
    case renewalSending, renewalHints, loggedInAgain
    case budgetReached(Int, left: Int)
    case leftToFetch(Int)
    case fetchingThread(Int)
    indirect case threadFetchFailed(Phrase)
    case followLevel(SubscriptionLevel)
    case followedTitle, bookmarksTitle, noFollowed, noBookmarks, bookmarkedMark, bookmarkAdded, bookmarkRemoved, listHints

    /// The phrase in `language`.
    public func text(_ language: Language) -> String {
        let ru = language == .russian
        switch self {
        case .appName: return "Staffroom"
        case .forumsPane: return ru ? "Форумы" : "Forums"
        case .event(let phrase): return phrase.text(language)
        case .eventForm(let phrase): return phrase.text(language)
        case .library(let phrase): return phrase.text(language)
        case .shareForm(let phrase): return phrase.text(language)
        case .moderation(let phrase): return phrase.text(language)
        case .feed(let phrase): return phrase.text(language)
        case .people(let phrase): return phrase.text(language)
        case .mentoring(let phrase): return phrase.text(language)
        case .pulse(let phrase): return phrase.text(language)
        case .loading: return ru ? "Загрузка…" : "Loading…"
        case .noForumsYet: return ru ? "Форумов пока нет. Нажмите r, чтобы синхронизировать." : "No forums yet. Press r to sync."
        case .noTopicsYet: return ru ? "В этом форуме пока нет тем." : "This forum has no topics yet."
        case .emptyThread: return ru ? "Сообщения этой темы ещё не загружены." : "This topic's posts are not here yet."
        case .columnTopic: return ru ? "Тема" : "Topic"
        case .columnAuthor: return ru ? "Автор" : "Author"
        case .columnReplies: return ru ? "Отв." : "Repl."
        case .columnLastPost: return ru ? "Последнее" : "Last post"
        case .topicCount(let n): return CountedNoun.topic.counted(n, in: language)
        case .unreadCount(let n): return CountedNoun.unread.counted(n, in: language)
        case .replyCount(let n): return CountedNoun.reply.counted(n, in: language)
        case .postPosition(let n, let total): return ru ? "сообщение \(n) из \(total)" : "post \(n) of \(total)"
        case .postCountOnly(let n): return CountedNoun.post.counted(n, in: language)
        case .syncedAt(let time): return ru ? "синхронизировано в \(time)" : "synced at \(time)"
        case .neverSynced: return ru ? "ещё не синхронизировано" : "not synced yet"
        case .syncing(_, let percent?): return ru ? "синхронизация… \(percent)%" : "syncing… \(percent)%"
        case .syncing(let pages, nil): return ru ? "синхронизация… \(CountedNoun.page.counted(pages, in: language))"
                                                 : "syncing… \(CountedNoun.page.counted(pages, in: language))"
        case .retryingIn(let reason, let seconds):
            return ru ? "\(reason); повтор через \(seconds) с" : "\(reason); trying again in \(seconds) s"
        case .offlineSince(let time, let reason): return ru ? "нет связи с \(time): \(reason)" : "offline since \(time): \(reason)"
        case .syncFailed(let reason): return ru ? "синхронизация не удалась: \(reason)" : "sync failed: \(reason)"
        case .hintOpen: return ru ? "Enter открыть" : "Enter open"
        case .hintBack: return ru ? "Esc назад" : "Esc back"
        case .hintSync: return ru ? "r синхр." : "r sync"
        case .hintHelp: return ru ? "? клавиши" : "? keys"
        case .hintQuit: return ru ? "q выход" : "q quit"
        case .hintNextPost: return ru ? "n/p сообщения" : "n/p posts"
        case .hintReply: return ru ? "a ответить" : "a reply"
        case .hintNewTopic: return ru ? "w новая тема" : "w new topic"
        case .helpTitle: return ru ? "Клавиши" : "Keys"
        case .helpClose: return ru ? "Esc, q или ? закрывает подсказку" : "Esc, q or ? closes this help"
        case .terminalTooSmall(let columns, let rows):
            return ru ? "Увеличьте окно до \(columns)×\(rows)" : "Enlarge the terminal to \(columns)×\(rows)"
        case .serverUnreachable(let problem):
            let reason: String
            switch problem {
            case .refused: reason = ru ? "соединение отклонено" : "connection refused"
            case .timedOut: reason = ru ? "нет ответа" : "no answer"
            case .unknownHost(let host): reason = ru ? "неизвестный адрес \(host)" : "unknown host \(host)"
            case .connectionLost: reason = ru ? "соединение оборвалось" : "the connection broke"
            case .other(let detail): reason = detail
            }
            return ru ? "сервер недоступен: \(reason)" : "server unreachable: \(reason)"
        case .sessionExpired: return ru ? "сессия истекла: войдите снова (staffroom login)" : "session expired: log in again (staffroom login)"
        case .invalidCredentials: return ru ? "неверное имя или пароль" : "wrong username or password"
        case .notLoggedIn: return ru ? "вход не выполнен: staffroom login --server URL --user ИМЯ"
                                     : "not logged in: staffroom login --server URL --user NAME"
        case .suspended(let message): return (ru ? "учётная запись заблокирована модератором: " : "") + message
        case .serverError(let status, let message): return ru ? "ошибка сервера \(status): \(message)" : "server error \(status): \(message)"
        case .serverBusy(let seconds?): return ru ? "сервер перегружен, просит подождать \(seconds) с" : "the server is busy and asks to wait \(seconds) s"
        case .serverBusy(nil): return ru ? "сервер перегружен" : "the server is busy"
        case .malformedAnswer(let detail): return ru ? "непонятный ответ сервера: \(detail)" : "the server's answer was not understood: \(detail)"
        case .diskFull: return ru ? "диск заполнен; ничего не потеряно, освободите место" : "the disk is full; nothing was lost, free some space"
        case .storeFailed(let detail): return ru ? "ошибка локальной базы: \(detail)" : "local database error: \(detail)"
        case .operation(let operation): return operation.description(language)
        case .configProblem(let detail): return ru ? "настройки: \(detail)" : "config: \(detail)"
        case .loggedIn(let name, let server): return ru ? "Вход выполнен: \(name) на \(server)." : "Logged in as \(name) on \(server)."
        case .syncProgressLine(let pages, let changes):
            return ru ? "Синхронизация: \(CountedNoun.page.counted(pages, in: language)), \(CountedNoun.change.counted(changes, in: language))…"
                      : "Syncing: \(CountedNoun.page.counted(pages, in: language)), \(CountedNoun.change.counted(changes, in: language))…"
        case .syncDoneLine(let changes):
            return ru ? "Синхронизировано: \(CountedNoun.change.counted(changes, in: language))."
                      : "Synced: \(CountedNoun.change.counted(changes, in: language))."
        case .passwordPrompt(let user): return ru ? "Пароль для \(user): " : "Password for \(user): "
        case .noTerminalForPassword: return ru ? "Нет терминала для ввода пароля; укажите --password-file."
                                               : "No terminal to ask for the password; use --password-file."
        case .notATerminal: return ru ? "Интерфейсу нужен терминал; для cron есть staffroom sync."
                                      : "The interface needs a terminal; for cron use staffroom sync."
        case .unusableTerminal(let term): return ru ? "Терминал TERM=\(term) не поддерживается; попробуйте TERM=xterm-256color."
                                                    : "Cannot use the terminal TERM=\(term); try TERM=xterm-256color."
        case .draftSaved: return ru ? "черновик сохранён (d — черновики)" : "draft saved (d lists drafts)"
        case .queued: return ru ? "сообщение в исходящих; уйдёт, как только будет связь" : "in the outbox; it goes out as soon as the server is reachable"
        case .composeProblem(let problem):
            switch problem {
            case .emptyBody: return ru ? "пустое сообщение не отправить" : "an empty post cannot be sent"
            case .emptyTitle: return ru ? "у темы должно быть название" : "a topic needs a title"
            case .bodyTooLong(let count):
                return ru ? "слишком длинно: \(count) знаков из \(WriteLimits.postLength)" : "too long: \(count) of \(WriteLimits.postLength) characters"
            case .titleTooLong(let count):
                return ru ? "название длиннее \(WriteLimits.titleLength) знаков (\(count))" : "the title is longer than \(WriteLimits.titleLength) characters (\(count))"
            }
        case .composeKeySend: return ru ? "отправить" : "send"
        case .composeKeyLeave: return ru ? "закрыть; черновик сохранится" : "leave; the draft is kept"
        case .composeKeyPreview: return ru ? "просмотр, как в теме" : "preview as in the thread"
        case .composeKeyExternal: return ru ? "открыть в $VISUAL / $EDITOR" : "open in $VISUAL / $EDITOR"
        case .composeKeyUndo: return ru ? "отменить последнюю правку" : "undo the last edit"
        case .composeKeyDeleteLine: return ru ? "удалить до конца строки" : "delete to the end of the line"
        case .composeKeyField: return ru ? "название ⇄ текст (новая тема)" : "title ⇄ text (new topic)"
        case .composeKeyWords: return ru ? "по словам" : "word by word"
        case .composeKeyLineEnds: return ru ? "начало и конец строки" : "start and end of the line"
        case .composeKeyPages: return ru ? "на экран вверх и вниз" : "a screen up and down"
        case .searchKeyEnter: return ru ? "искать; если уже найдено — открыть" : "search; when found, open"
        case .searchKeyMove: return ru ? "по результатам" : "through the results"
        case .searchKeyBack: return ru ? "назад" : "back"
        case .flagKeyReason: return ru ? "причина" : "the reason"
        case .flagKeySend: return ru ? "отправить жалобу" : "send the flag"
        case .composeHeading(let purpose):
            switch purpose {
            case .reply(_, let topic): return ru ? "Ответ в теме «\(topic)»" : "Reply to “\(topic)”"
            case .newTopic(_, let forum): return ru ? "Новая тема в форуме «\(forum)»" : "New topic in “\(forum)”"
            case .edit(_, _, let topic): return ru ? "Правка сообщения в теме «\(topic)»" : "Editing a post in “\(topic)”"
            case .moderatorEdit(_, _, let topic):
                return ru ? "Правка модератора в теме «\(topic)»" : "A moderator's edit in “\(topic)”"
            }
        case .composeTitleLabel: return ru ? "Название: " : "Title: "
        case .composeHints: return ru ? "^S отправить  Esc закрыть  ^P просмотр  ^E редактор  F1 клавиши"
                                      : "^S send  Esc leave  ^P preview  ^E editor  F1 keys"
        case .previewHeading: return ru ? "Просмотр" : "Preview"
        case .previewHints: return ru ? "^P или Esc — к правке  ^S отправить" : "^P or Esc to edit  ^S send"
        case .pendingMark: return ru ? "ждёт отправки" : "waiting to be sent"
        case .editedMark: return ru ? "изменено" : "edited"
        case .deletedPost: return ru ? "сообщение удалено" : "this post was deleted"
        case .notSentMark(let reason): return ru ? "не отправлено: \(reason)" : "not sent: \(reason)"
        case .draftsTitle: return ru ? "Черновики" : "Drafts"
        case .noDrafts: return ru ? "Черновиков нет." : "No drafts."
        case .draftsHints: return ru ? "Enter продолжить  E в редакторе  x удалить" : "Enter resume  E in editor  x discard"
        case .draftKind(let kind):
            switch kind {
            case .reply: return ru ? "ответ" : "reply"
            case .newTopic: return ru ? "новая тема" : "new topic"
            case .edit: return ru ? "правка" : "edit"
            case .event: return ru ? "событие" : "event"
            case .resource: return ru ? "материал" : "resource"
            case .profile: return ru ? "профиль" : "profile"
            case .mentorRequest: return ru ? "просьба о наставнике" : "request for a mentor"
            }
        case .outboxTitle: return ru ? "Исходящие" : "Outbox"
        case .outboxEmpty: return ru ? "Всё отправлено." : "Everything has been sent."
        case .outboxHints: return ru ? "Enter исправить и отправить  s сохранить в файл  x удалить" : "Enter edit and resend  s save to a file  x discard"
        case .outboxPending: return ru ? "ждёт" : "pending"
        case .outboxNotSent: return ru ? "не отправлено" : "not sent"
        case .pressAgainToDiscard: return ru ? "нажмите x ещё раз, чтобы удалить безвозвратно" : "press x again to discard for good"
        case .copiedOut(let path): return ru ? "текст сохранён в \(path)" : "the text was saved to \(path)"
        case .externalEditorFailed(let reason): return ru ? "внешний редактор: \(reason); текст не изменён" : "external editor: \(reason); the text is unchanged"
        case .outboxStatus(let counts):
            var parts: [String] = []
            if counts.pending > 0 { parts.append(CountedNoun.waitingWrite.counted(counts.pending, in: language)) }
            if counts.notSent > 0 { parts.append(ru ? "не отправлено: \(counts.notSent)" : "\(counts.notSent) not sent") }
            return parts.joined(separator: " · ")
        case .writeKind(let action):
            switch action {
            case .createTopic: return ru ? "новая тема" : "new topic"
            case .reply: return ru ? "ответ" : "reply"
            case .editPost: return ru ? "правка" : "edit"
            case .deletePost: return ru ? "удаление сообщения" : "deleting a post"
            case .setTopicPinned(_, let pinned): return pinned ? (ru ? "закрепление темы" : "pinning a topic") : (ru ? "открепление темы" : "unpinning a topic")
            case .setTopicLocked(_, let locked): return locked ? (ru ? "закрытие темы" : "locking a topic") : (ru ? "открытие темы" : "unlocking a topic")
            case .flagPost: return ru ? "жалоба модераторам" : "a flag for moderators"
            case .markRead: return ru ? "отметка о прочтении" : "read mark"
            case .acceptAnswer: return ru ? "принятие ответа" : "accepting an answer"
            case .setSubscription: return ru ? "подписка" : "subscription"
            case .setBookmark: return ru ? "закладка" : "bookmark"
            case .rsvp: return ru ? "ответ на приглашение" : "reply to an event"
            case .setEventStatus(_, let status):
                switch status {
                case .held: return ru ? "отметка «состоялось»" : "marking an event held"
                case .cancelled: return ru ? "отмена события" : "cancelling an event"
                case .planned: return ru ? "возврат события в план" : "planning an event again"
                case .proposed: return ru ? "возврат к предложению" : "making an event a proposal"
                case .declined: return ru ? "отклонение предложения" : "declining a proposal"
                }
            case .createEvent: return ru ? "новое событие" : "new event"
            case .editEvent: return ru ? "правка события" : "editing an event"
            case .recordAttendance: return ru ? "отметка посещения" : "recording attendance"
            case .bookSlot: return ru ? "запись на консультацию" : "booking a consultation"
            case .cancelBooking: return ru ? "отмена записи на консультацию" : "cancelling a consultation booking"
            case .shareResource: return ru ? "новый материал в библиотеке" : "sharing a resource"
            case .claimReview: return ru ? "взятие жалобы в работу" : "claiming a review item"
            case .moderate: return ru ? "решение модератора" : "a moderation decision"
            case .undoModeration: return ru ? "отмена решения модератора" : "taking back a moderation decision"
            case .askForReview: return ru ? "просьба пересмотреть решение" : "asking for another review"
            case .flagUser: return ru ? "жалоба на участника" : "a flag on a member"
            case .addStaffNote: return ru ? "заметка для модераторов" : "a staff note"
            case .setNotificationLevel: return ru ? "настройка уведомлений" : "a notification setting"
            case .updateProfile: return ru ? "профиль" : "profile"
            case .requestMentor: return ru ? "просьба о наставнике" : "a request for a mentor"
            case .answerMentorship: return ru ? "ответ на просьбу о наставнике" : "an answer to a request for a mentor"
            case .endMentorship: return ru ? "завершение наставничества" : "ending a mentorship"
            case .markUseful(_, let useful):
                return useful ? (ru ? "отметка «полезно»" : "marking a resource useful") : (ru ? "снятие отметки «полезно»" : "unmarking a resource")
            case .changeOccurrence(_, let change):
                return change.cancelled ? (ru ? "отмена одного занятия серии" : "cancelling one occurrence")
                    : (ru ? "перенос одного занятия серии" : "moving one occurrence")
            }
        case .onlyOwnPosts: return ru ? "менять можно только свои сообщения" : "you can change only your own posts"
        case .onlyModerators: return ru ? "это могут только модераторы" : "only moderators can do this"
        case .notAQuestionsForum: return ru ? "ответы принимают только в форумах вопросов" : "answers are accepted only in questions forums"
        case .onlyAskerOrMentors: return ru ? "принять ответ может автор вопроса или наставник" : "only the asker or a mentor can accept an answer"
        case .pressAgainToDelete: return ru ? "нажмите D ещё раз, чтобы удалить сообщение" : "press D again to delete the post"
        case .flagSent: return ru ? "жалоба отправлена модераторам" : "the flag goes to the moderators"
        case .flagTitle: return ru ? "Жалоба модераторам" : "Flag for moderators"
        case .flagHints: return ru ? "1–4 причина  Enter отправить  Esc отмена" : "1–4 reason  Enter send  Esc cancel"
        case .flagNoteLabel: return ru ? "Пояснение: " : "Note: "
        case .flagReason(let reason):
            switch reason {
            case .spam: return ru ? "спам" : "spam"
            case .offTopic: return ru ? "не по теме" : "off topic"
            case .offensive: return ru ? "оскорбительно" : "offensive"
            case .other: return ru ? "другое" : "other"
            }
        case .pinnedTag: return ru ? "закреплена" : "pinned"
        case .lockedTag: return ru ? "закрыта" : "locked"
        case .solvedTag: return ru ? "решено" : "solved"
        case .unansweredTag: return ru ? "ждёт ответа" : "unanswered"
        case .acceptedMark: return ru ? "принятый ответ" : "accepted answer"
        case .newSinceLastVisit: return ru ? "новое с вашего прошлого визита" : "new since your last visit"
        case .noMoreUnread: return ru ? "непрочитанного больше нет" : "nothing unread is left"
        case .followLevel(let level):
            switch level {
            case .watch: return ru ? "отслеживается" : "watched"
            case .mute: return ru ? "заглушена" : "muted"
            case .none: return ru ? "как обычно" : "as usual"
            }
        case .followedTitle: return ru ? "Отслеживаемое" : "Watched and muted"
        case .bookmarksTitle: return ru ? "Закладки" : "Bookmarks"
        case .noFollowed: return ru ? "Вы ничего не отслеживаете. S в теме или форуме — следить." : "You follow nothing yet. S on a topic or forum watches it."
        case .noBookmarks: return ru ? "Закладок нет. b на сообщении — закладка." : "No bookmarks. b on a post bookmarks it."
        case .bookmarkedMark: return ru ? "закладка" : "bookmarked"
        case .bookmarkAdded: return ru ? "закладка добавлена (B — все закладки)" : "bookmarked (B lists bookmarks)"
        case .bookmarkRemoved: return ru ? "закладка снята" : "bookmark removed"
        case .listHints: return ru ? "Enter открыть  Esc назад" : "Enter open  Esc back"
        case .renewalExplanation(let waiting):
            let kept = waiting > 0 ? (ru ? " \(CountedNoun.waitingWrite.counted(waiting, in: language)); ничего не потеряно."
                                         : " \(CountedNoun.waitingWrite.counted(waiting, in: language)); nothing is lost.") : ""
            return ru ? "Сервер завершил сеанс. Войдите снова, чтобы продолжить синхронизацию.\(kept)"
                      : "The server ended your session. Log in again to go on syncing.\(kept)"
        case .renewalPrompt(let account): return ru ? "Пароль для \(account):" : "Password for \(account):"
        case .renewalSending: return ru ? "вход…" : "logging in…"
        case .renewalHints: return ru ? "Enter войти · Esc позже (r спросит снова)" : "Enter log in · Esc later (r asks again)"
        case .budgetReached(let bytes, let left):
            let size = ByteCount(bytes).text(language), count = ByteCount.grouped(left, in: language)
            return ru ? "Лимит \(size) исчерпан: осталось загрузить изменений: \(count); запустите staffroom sync ещё раз, чтобы продолжить."
                      : "Budget of \(size) reached: \(count) changes left to fetch; run staffroom sync again to go on."
        case .fetchingThread(let missing):
            return ru ? "загружаю недостающие сообщения темы: \(missing)…" : "fetching \(CountedNoun.post.counted(missing, in: language)) of this thread…"
        case .threadFetchFailed(let reason):
            return ru ? "не удалось загрузить тему: \(reason.text(language))" : "could not fetch this thread: \(reason.text(language))"
        case .leftToFetch(let left):
            let count = ByteCount.grouped(left, in: language)
            return ru ? "осталось загрузить: \(count)" : "\(count) left to fetch"
        case .loggedInAgain: return ru ? "вход выполнен; синхронизация продолжается" : "logged in again; syncing goes on"
        case .linkHint: return ru ? "выделите и скопируйте; Staffroom ссылки не открывает · любая клавиша" : "select and copy it; Staffroom never opens links · any key"
        case .searchTitle: return ru ? "Поиск" : "Search"
        case .searchLabel: return ru ? "Искать: " : "Search: "
        case .searchHints: return ru ? "Enter искать или открыть  ↑↓ результаты  Esc назад" : "Enter search or open  ↑↓ results  Esc back"
        case .searchNothingFound: return ru ? "Ничего не найдено." : "Nothing found."
        case .searchHelp:
            return ru ? "Слова ищутся по началу, без учёта регистра, ё = е. Фильтры: автор:имя форум:название после:2026-09-01 до:2026-12-31"
                      : "Words match by their start, any case. Filters: author:name forum:title since:2026-09-01 until:2026-12-31"
        case .searchCount(let count, let more):
            let base = CountedNoun.post.counted(count, in: language)
            return more ? base + "+" : base
        case .themeProblem(let detail): return ru ? "тема не загружена, взята стандартная: \(detail)"
                                                  : "theme not loaded, using the default: \(detail)"
        }
    }
}
