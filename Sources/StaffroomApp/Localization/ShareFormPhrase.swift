import StaffroomProtocol
import StaffroomSync

/// The strings of the form that shares a resource, in English and Russian.
public enum ShareFormPhrase: Equatable, Sendable {
    case heading
    case hints
    case label(ShareFormField)
    case placeholder(ShareFormField)
    case noDiscussion
    case problem(ShareFormProblem)
    case fixFields(Int, first: String)
    case reading
    case queued(String)
    case keyNextField, keyPreviousField, keyChoose, keySend, keyLeave

    public func text(_ language: Language) -> String {
        let ru = language == .russian
        switch self {
        case .heading: return ru ? "Поделиться материалом" : "Share a resource"
        case .hints: return ru ? "Tab поле  ←→ выбор  ^S отправить  Esc в черновики" : "Tab field  ←→ choose  ^S send  Esc keep as draft"
        case .label(let field):
            switch field {
            case .title: return ru ? "Название" : "Title"
            case .type: return ru ? "Тип" : "Type"
            case .files: return ru ? "Файлы" : "Files"
            case .link: return ru ? "Ссылка" : "Link"
            case .subjects: return ru ? "Предметы" : "Subjects"
            case .grades: return ru ? "Классы" : "Grades"
            case .language: return ru ? "Язык" : "Language"
            case .licence: return ru ? "Лицензия" : "Licence"
            case .forum: return ru ? "Обсуждение" : "Discussion"
            case .description: return ru ? "Описание" : "Description"
            }
        case .placeholder(let field):
            switch field {
            case .files: return ru ? "пути к файлам через ;  (~/уроки/план.pdf; ~/уроки/лист.docx)" : "paths separated by ;  (~/lessons/plan.pdf; ~/lessons/sheet.docx)"
            case .link: return ru ? "https://… (для ссылки или вместе с файлами)" : "https://… (for a link, or beside the files)"
            case .subjects: return ru ? "через запятую: математика, информатика" : "separated by commas: maths, computing"
            case .grades: return ru ? "5-6, 8 (пусто: любые)" : "5-6, 8 (empty: any)"
            case .description: return ru ? "что это и как с этим работать" : "what it is and how to use it"
            case .title, .type, .language, .licence, .forum: return ""
            }
        case .noDiscussion: return ru ? "без обсуждения" : "no discussion"
        case .problem(let problem):
            switch problem {
            case .badGrades: return ru ? "классы — числа и диапазоны: 5-6, 8" : "grades are numbers and ranges: 5-6, 8"
            case .file(let problem):
                switch problem {
                case .missing(let path): return ru ? "нет файла \(path)" : "there is no file \(path)"
                case .notAFile(let path): return ru ? "\(path) — папка, а не файл" : "\(path) is a folder, not a file"
                case .unreadable(let path): return ru ? "файл \(path) не читается" : "\(path) cannot be read"
                }
            case .draft(let problem): return ResourceDraftPhrase.text(problem, language)
            }
        case .fixFields(let count, let first): return ru ? "исправьте поля (\(count)): \(first)" : "fix \(count) field(s): \(first)"
        case .reading: return ru ? "файлы читаются…" : "reading the files…"
        case .queued(let title):
            return ru ? "«\(title)» в исходящих; файлы уйдут при синхронизации" : "“\(title)” is in the outbox; its files go with the sync"
        case .keyNextField: return ru ? "следующее поле" : "next field"
        case .keyPreviousField: return ru ? "предыдущее поле" : "previous field"
        case .keyChoose: return ru ? "выбрать тип или форум" : "choose the type or forum"
        case .keySend: return ru ? "отправить (файлы загрузятся при синхронизации)" : "send (the files upload with the sync)"
        case .keyLeave: return ru ? "выйти, сохранив черновик" : "leave, keeping a draft"
        }
    }
}

/// A resource draft's problems in the interface's language (the server sends them in English).
enum ResourceDraftPhrase {
    static func text(_ problem: ResourceDraftProblem, _ language: Language) -> String {
        guard language == .russian else { return problem.message }
        switch problem {
        case .emptyTitle: return "нужно название"
        case .titleTooLong(let count): return "в названии \(count) знаков, можно до \(WriteLimits.titleLength)"
        case .descriptionTooLong(let count): return "в описании \(count) знаков, можно до \(WriteLimits.postLength)"
        case .tooManySubjects(let count): return "предметов \(count), можно до \(EventLimits.subjects)"
        case .badSubject(let subject): return "предмет «\(subject)» пуст или длиннее \(EventLimits.subjectLength) знаков"
        case .gradeOutOfRange(let grade): return "\(grade) класса нет: классы с 1 по 11"
        case .badLanguage(let tag): return "«\(tag)» — не код языка вроде ru или en"
        case .badLicence: return "укажите лицензию (например, CC BY 4.0), до \(ResourceLimits.licenceLength) знаков"
        case .nothingShared: return "нужен хотя бы один файл или ссылка"
        case .tooManyFiles(let count): return "файлов \(count), можно до \(ResourceLimits.files)"
        case .badFileName(let name): return "имя файла «\(name)» пустое, слишком длинное или с управляющими знаками"
        case .badChecksum(let name): return "контрольная сумма «\(name)» не SHA-256"
        case .badFileSize(let name): return "размер «\(name)» отрицательный"
        case .linkNotWeb: return "ссылка должна быть веб-адресом (http:// или https://)"
        case .linkTooLong(let count): return "в ссылке \(count) знаков, можно до \(EventLimits.linkLength)"
        }
    }
}
