import Foundation
import StaffroomProtocol
import StaffroomStore

/// The strings of the Library pane, an opened resource and the download queue, in English and Russian.
public enum LibraryPhrase: Equatable, Sendable {
    case paneTitle
    case heading(shown: Int, sort: LibrarySort)
    case sort(LibrarySort)
    case facet(LibraryFacet)
    case any
    case searchLabel
    case hints
    case searchHints
    case empty
    case emptyFiltered
    case grade(Int)
    case facetTitle(LibraryFacet)
    case facetHints
    case downloadsLabel(Int)
    case usefulLabel(Int, mine: Bool)
    case sharedBy(author: String, date: String)
    case licence
    case language
    case files(count: Int, bytes: Int64)
    /// How long `bytes` take at the measured speed (nil: not measured yet).
    case estimate(bytes: Int64, bytesPerSecond: Double?)
    case link
    case linkHint
    case discussion
    case discussionHint
    case noDiscussion
    case keptOffline
    case detailHints
    case confirmLargeDownload(bytes: Int64, bytesPerSecond: Double?)
    case downloadQueued(Int)
    case nothingToDownload
    case usefulMarked(Bool)
    case keptOfflineNow(Bool)
    case downloadsTitle
    case downloadsEmpty
    case downloadsHints
    case downloadState(Download.State)
    case problem(Download.Problem)
    case savedTo(String)
    case progress(received: Int64, size: Int64, bytesPerSecond: Double?)
    case pressAgainToCancelDownload
    case downloadFinished(name: String, path: String)
    case downloadFailed(name: String, Download.Problem)
    case statusDownloading(name: String, percent: Int)
    case keyOpen, keyFacets, keyClear, keySearch, keySort, keyDownload, keyUseful, keyDownloads, keyKeepOffline, keyDiscussion
    case keyShowLink, keyPause, keyRetry, keyCancel, keyWhere, keyShare
    case shareQueued(String)
    case shared(String)
    case shareRefused(String)

    public func text(_ language: Language) -> String {
        let ru = language == .russian
        switch self {
        case .paneTitle: return ru ? "Библиотека" : "Library"
        case .heading(let shown, let sort):
            return (ru ? "Материалы: \(shown)" : "\(shown) resources") + " · " + LibraryPhrase.sort(sort).text(language)
        case .sort(let sort):
            switch sort {
            case .newest: return ru ? "сначала новые" : "newest first"
            case .mostDownloaded: return ru ? "сначала скачиваемые" : "most downloaded first"
            case .mostUseful: return ru ? "сначала полезные" : "most useful first"
            }
        case .facet(let facet):
            switch facet {
            case .type: return ru ? "Тип" : "Type"
            case .subject: return ru ? "Предмет" : "Subject"
            case .grade: return ru ? "Класс" : "Grade"
            case .language: return ru ? "Язык" : "Language"
            case .author: return ru ? "Автор" : "Author"
            }
        case .any: return ru ? "все" : "any"
        case .searchLabel: return ru ? "Поиск: " : "Search: "
        case .hints:
            return ru ? "1–5 фильтры  0 сбросить  / поиск  s порядок  d скачать  D загрузки"
                : "1–5 filters  0 clear  / search  s order  d download  D downloads"
        case .searchHints: return ru ? "Enter готово  ^K стереть  Esc отмена" : "Enter done  ^K clear  Esc cancel"
        case .empty: return ru ? "В библиотеке пока ничего нет." : "The library is empty so far."
        case .emptyFiltered: return ru ? "Ничего не найдено. 0 — сбросить фильтры." : "Nothing matches. 0 clears the filters."
        case .grade(let grade): return ru ? "\(grade) класс" : "grade \(grade)"
        case .facetTitle(let facet): return (ru ? "Фильтр: " : "Filter: ") + LibraryPhrase.facet(facet).text(language).lowercased()
        case .facetHints: return ru ? "Enter выбрать  Esc назад" : "Enter pick  Esc back"
        case .downloadsLabel(let count): return ru ? "скачиваний: \(count)" : "\(count) downloads"
        case .usefulLabel(let count, let mine):
            let base = ru ? "полезно: \(count)" : "\(count) found it useful"
            return mine ? base + (ru ? " (и вам)" : " (you too)") : base
        case .sharedBy(let author, let date): return ru ? "\(author), \(date)" : "\(author), \(date)"
        case .licence: return ru ? "Лицензия" : "Licence"
        case .language: return ru ? "Язык" : "Language"
        case .files(let count, let bytes):
            return (ru ? "Файлы (\(count), " : "Files (\(count), ") + ByteCount(Int(bytes)).text(language) + ")"
        case .estimate(let bytes, let speed):
            guard let speed, speed > 0 else { return ru ? "скорость связи ещё не измерена" : "link speed not measured yet" }
            return (ru ? "≈ " : "≈ ") + Self.duration(Double(bytes) / speed, language) + (ru ? " при " : " at ")
                + ByteCount(Int(speed)).text(language) + (ru ? "/с" : "/s")
        case .link: return ru ? "Ссылка" : "Link"
        case .linkHint: return ru ? "Enter — показать целиком для копирования" : "Enter shows it in full for copying"
        case .discussion: return ru ? "Обсуждение" : "Discussion"
        case .discussionHint: return ru ? "c — открыть тему" : "c opens the topic"
        case .noDiscussion: return ru ? "у этого материала нет темы для обсуждения" : "this resource has no discussion topic"
        case .keptOffline: return ru ? "хранится офлайн (файлы скачиваются при синхронизации)" : "kept offline (its files come with sync)"
        case .detailHints:
            return ru ? "d скачать  u полезно  K офлайн  c обсуждение  D загрузки  Esc назад"
                : "d download  u useful  K keep offline  c discussion  D downloads  Esc back"
        case .confirmLargeDownload(let bytes, let speed):
            return ByteCount(Int(bytes)).text(language) + ", " + LibraryPhrase.estimate(bytes: bytes, bytesPerSecond: speed).text(language)
                + (ru ? ". Ещё раз d — скачать" : ". Press d again to download")
        case .downloadQueued(let count): return ru ? "в очереди загрузок: файлов \(count) (D — очередь)" : "\(count) files queued (D shows the queue)"
        case .nothingToDownload: return ru ? "у этого материала нет файлов — только ссылка" : "this resource has no files, only a link"
        case .usefulMarked(let marked): return marked ? (ru ? "отмечено как полезное" : "marked useful") : (ru ? "отметка «полезно» снята" : "useful mark taken back")
        case .keptOfflineNow(let kept):
            return kept ? (ru ? "файлы будут скачиваться при синхронизации" : "its files will come with each sync")
                : (ru ? "больше не хранится офлайн" : "no longer kept offline")
        case .downloadsTitle: return ru ? "Загрузки" : "Downloads"
        case .downloadsEmpty: return ru ? "Очередь пуста. d на материале — скачать его файлы." : "Nothing queued. d on a resource downloads its files."
        case .downloadsHints:
            return ru ? "p пауза/дальше  r повторить  x отменить  Enter где файл  Esc назад"
                : "p pause/resume  r retry  x cancel  Enter where it is  Esc back"
        case .downloadState(let state):
            switch state {
            case .queued: return ru ? "в очереди" : "queued"
            case .active: return ru ? "скачивается" : "downloading"
            case .paused: return ru ? "пауза" : "paused"
            case .done: return ru ? "готово" : "done"
            case .failed: return ru ? "ошибка" : "failed"
            }
        case .problem(let problem):
            switch problem {
            case .checksumMismatch: return ru ? "контрольная сумма не совпала, файл удалён — r скачать заново" : "checksum mismatch, the file was discarded — r downloads it again"
            case .diskFull: return ru ? "диск заполнен; скачанное сохранено — освободите место, затем r" : "the disk is full; what came is kept — free space, then r"
            case .cannotWrite: return ru ? "нельзя записать в папку загрузок" : "the downloads folder cannot be written"
            case .gone: return ru ? "на сервере больше нет этого файла" : "the server no longer has this file"
            case .unreachable: return ru ? "нет связи; продолжится само" : "no connection; it resumes by itself"
            }
        case .savedTo(let path): return ru ? "сохранён: \(path)" : "saved: \(path)"
        case .progress(let received, let size, let speed):
            var text = "\(ByteCount(Int(received)).text(language)) / \(ByteCount(Int(size)).text(language))"
            if let speed, speed > 0 {
                text += " · \(ByteCount(Int(speed)).text(language))\(ru ? "/с" : "/s")"
                text += (ru ? " · осталось " : " · ") + Self.duration(Double(size - received) / speed, language) + (ru ? "" : " left")
            }
            return text
        case .pressAgainToCancelDownload: return ru ? "нажмите x ещё раз, чтобы отменить загрузку" : "press x again to cancel the download"
        case .downloadFinished(let name, let path): return ru ? "«\(name)» скачан: \(path)" : "“\(name)” downloaded: \(path)"
        case .downloadFailed(let name, let problem): return "«\(name)»: " + LibraryPhrase.problem(problem).text(language)
        case .statusDownloading(let name, let percent): return ru ? "↓ \(name) \(percent)%" : "↓ \(name) \(percent)%"
        case .keyOpen: return ru ? "открыть материал" : "open the resource"
        case .keyFacets: return ru ? "фильтр: тип, предмет, класс, язык, автор" : "filter by type, subject, grade, language, author"
        case .keyClear: return ru ? "сбросить фильтры и поиск" : "clear the filters and search"
        case .keySearch: return ru ? "искать в названиях и описаниях" : "search titles and descriptions"
        case .keySort: return ru ? "порядок: новые, скачиваемые, полезные" : "order: newest, most downloaded, most useful"
        case .keyDownload: return ru ? "скачать файлы (большие — после подтверждения)" : "download its files (large ones after a confirmation)"
        case .keyUseful: return ru ? "отметить полезным / снять отметку" : "mark useful / take the mark back"
        case .keyDownloads: return ru ? "очередь загрузок" : "the download queue"
        case .keyKeepOffline: return ru ? "хранить офлайн (скачивать при синхронизации)" : "keep offline (fetch with each sync)"
        case .keyDiscussion: return ru ? "обсуждение материала" : "the resource's discussion"
        case .keyShowLink: return ru ? "показать ссылку целиком" : "show the link in full"
        case .keyPause: return ru ? "пауза / продолжить" : "pause / resume"
        case .keyRetry: return ru ? "повторить" : "retry"
        case .keyCancel: return ru ? "отменить загрузку (дважды)" : "cancel the download (press twice)"
        case .keyWhere: return ru ? "показать, где файл" : "show where the file is"
        case .keyShare: return ru ? "поделиться своим материалом" : "share a resource of your own"
        case .shareQueued(let title):
            return ru ? "«\(title)» ждёт в исходящих; файлы уйдут при синхронизации" : "“\(title)” waits in the outbox; its files go with the next sync"
        case .shared(let title): return ru ? "«\(title)» теперь в библиотеке" : "“\(title)” is in the library now"
        case .shareRefused(let reason): return ru ? "сервер не принял материал: \(reason)" : "the server did not take it: \(reason)"
        }
    }

    /// A time to wait, roughly: "40 s", "3 min", "1 h 20 min".
    static func duration(_ seconds: Double, _ language: Language) -> String {
        let ru = language == .russian
        let whole = max(1, Int(seconds.rounded(.up)))
        if whole < 60 { return ru ? "\(whole) с" : "\(whole) s" }
        let minutes = (whole + 59) / 60
        if minutes < 60 { return ru ? "\(minutes) мин" : "\(minutes) min" }
        let hours = minutes / 60
        let rest = minutes % 60
        if rest == 0 { return ru ? "\(hours) ч" : "\(hours) h" }
        return ru ? "\(hours) ч \(rest) мин" : "\(hours) h \(rest) min"
    }
}
