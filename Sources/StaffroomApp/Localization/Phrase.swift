import StaffroomSync

/// Every fixed string of the interface, in English and Russian. Adding a case without both
/// translations does not compile.
public enum Phrase: Equatable, Sendable {
    case appName
    case forumsPane
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
    case syncing(pages: Int)
    case syncFailed(String)
    case hintOpen, hintBack, hintSync, hintHelp, hintQuit, hintNextPost
    case helpTitle
    case helpClose
    case terminalTooSmall(minimumColumns: Int, minimumRows: Int)
    case serverUnreachable(NetworkProblem)
    case sessionExpired
    case invalidCredentials
    case notLoggedIn
    case serverError(Int, String)
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

    /// The phrase in `language`.
    public func text(_ language: Language) -> String {
        let ru = language == .russian
        switch self {
        case .appName: return "Staffroom"
        case .forumsPane: return ru ? "Форумы" : "Forums"
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
        case .syncing(let pages): return ru ? "синхронизация… \(CountedNoun.page.counted(pages, in: language))"
                                            : "syncing… \(CountedNoun.page.counted(pages, in: language))"
        case .syncFailed(let reason): return ru ? "синхронизация не удалась: \(reason)" : "sync failed: \(reason)"
        case .hintOpen: return ru ? "Enter открыть" : "Enter open"
        case .hintBack: return ru ? "Esc назад" : "Esc back"
        case .hintSync: return ru ? "r синхр." : "r sync"
        case .hintHelp: return ru ? "? клавиши" : "? keys"
        case .hintQuit: return ru ? "q выход" : "q quit"
        case .hintNextPost: return ru ? "n/p сообщения" : "n/p posts"
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
        case .serverError(let status, let message): return ru ? "ошибка сервера \(status): \(message)" : "server error \(status): \(message)"
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
        case .themeProblem(let detail): return ru ? "тема не загружена, взята стандартная: \(detail)"
                                                  : "theme not loaded, using the default: \(detail)"
        }
    }
}
