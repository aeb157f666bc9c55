import Foundation
import StaffroomProtocol

/// The strings of the event form, in English and Russian: headings, labels, choices, problems and
/// what sending did.
public enum EventFormPhrase: Equatable, Sendable {
    case heading(EventFormState.Purpose, proposing: Bool)
    case hints(moving: Bool)
    case label(EventFormField)
    case placeholder(EventFormField)
    case doesNotRepeat
    case frequency(Recurrence.Frequency)
    case problem(EventFormProblem)
    /// Sending was refused here: how many fields to fix, and what is wrong with the first.
    case fixFields(Int, first: String)
    case queued(EventFormState.Purpose, proposing: Bool)
    case keyNextField, keyPreviousField, keyChoose, keySend, keyLeave
    /// The topic the event will be discussed in.
    case discussedIn(String)
    case chosenResources(Int)
    case pickerHints, pickerHeading, emptyLibrary, keyPickerDone

    public func text(_ language: Language) -> String {
        let ru = language == .russian
        switch self {
        case .heading(let purpose, let proposing):
            switch purpose {
            case .create: return proposing ? (ru ? "Предложить событие" : "Propose an event") : (ru ? "Новое событие" : "New event")
            case .edit(_, let title): return (ru ? "Правка: " : "Editing: ") + title
            case .moveOccurrence(_, _, let title): return (ru ? "Перенос занятия: " : "Moving one occurrence: ") + title
            }
        case .hints(let moving):
            if moving { return ru ? "Tab поле  ^S перенести  Esc отмена" : "Tab field  ^S move it  Esc cancel" }
            return ru ? "Tab ↓ поле  ← → выбор  ^S отправить  ^E описание в редакторе  Esc в черновики"
                      : "Tab ↓ field  ← → choose  ^S send  ^E description in editor  Esc to drafts"
        case .chosenResources(let count): return ru ? "выбрано материалов: \(count)" : "\(count) resources chosen"
        case .pickerHints:
            return ru ? "Пробел выбрать  Enter готово  Esc отмена" : "Space choose  Enter done  Esc cancel"
        case .pickerHeading: return ru ? "материалы из библиотеки" : "materials from the library"
        case .keyPickerDone: return ru ? "вернуть выбранное в форму" : "take the choice back to the form"
        case .emptyLibrary: return ru ? "В библиотеке пока ничего нет." : "The library is empty so far."
        case .discussedIn(let title): return ru ? "обсуждение: \(title)" : "discussed in: \(title)"
        case .keyNextField: return ru ? "следующее поле" : "next field"
        case .keyPreviousField: return ru ? "предыдущее поле" : "previous field"
        case .keyChoose: return ru ? "выбрать вид или повтор" : "pick the kind or the repeat"
        case .keySend: return ru ? "отправить (или показать, что исправить)" : "send (or show what to fix)"
        case .keyLeave: return ru ? "выйти; форма останется в черновиках" : "leave; the form stays in the drafts"
        case .label(let field): return Self.label(field, ru: ru)
        case .placeholder(let field): return Self.placeholder(field, ru: ru)
        case .doesNotRepeat: return ru ? "не повторяется" : "does not repeat"
        case .frequency(let frequency):
            switch frequency {
            case .weekly: return ru ? "каждую неделю" : "weekly"
            case .monthly: return ru ? "каждый месяц" : "monthly"
            }
        case .problem(let problem): return Self.problem(problem, ru: ru)
        case .fixFields(let count, let first):
            return ru ? "исправьте поля (\(count)): \(first)" : "fix \(count == 1 ? "1 field" : "\(count) fields"): \(first)"
        case .queued(let purpose, let proposing):
            switch purpose {
            case .create where proposing:
                return ru ? "предложение уйдёт при синхронизации; его увидят организаторы" : "the proposal goes out with the next sync, to the organizers"
            case .create: return ru ? "событие уйдёт при синхронизации" : "the event goes out with the next sync"
            case .edit: return ru ? "правка события уйдёт при синхронизации" : "the changes go out with the next sync"
            case .moveOccurrence: return ru ? "перенос уйдёт при синхронизации" : "the new time goes out with the next sync"
            }
        }
    }

    private static func label(_ field: EventFormField, ru: Bool) -> String {
        switch field {
        case .title: ru ? "Название" : "Title"
        case .kind: ru ? "Вид" : "Kind"
        case .date: ru ? "День" : "Day"
        case .starts: ru ? "Начало" : "Starts"
        case .ends: ru ? "Конец" : "Ends"
        case .timeZone: ru ? "Часовой пояс" : "Time zone"
        case .place: ru ? "Где" : "Where"
        case .link: ru ? "Ссылка" : "Link"
        case .subjects: ru ? "Предметы" : "Subjects"
        case .grades: ru ? "Классы" : "Grades"
        case .capacity: ru ? "Мест" : "Places"
        case .repeats: ru ? "Повтор" : "Repeats"
        case .interval: ru ? "Каждые" : "Every"
        case .weekdays: ru ? "По дням" : "On"
        case .count: ru ? "Раз всего" : "Times"
        case .until: ru ? "До даты" : "Until"
        case .description: ru ? "Описание" : "Description"
        case .slots: ru ? "Слоты, мин" : "Slots, min"
        case .resources: ru ? "Материалы" : "Materials"
        }
    }

    private static func placeholder(_ field: EventFormField, ru: Bool) -> String {
        switch field {
        case .date, .until: ru ? "дд.мм.гггг" : "yyyy-mm-dd"
        case .starts: ru ? "чч:мм" : "hh:mm"
        case .ends: ru ? "чч:мм, или день и время" : "hh:mm, or a day and a time"
        case .place: ru ? "адрес или кабинет; пусто — онлайн" : "an address or room; empty: online"
        case .link: ru ? "https://… для онлайн-участия" : "https://… to join online"
        case .subjects: ru ? "через запятую; пусто — любые" : "separated by commas; empty: any"
        case .grades: ru ? "например 5-7, 9; пусто — любые" : "such as 5-7, 9; empty: any"
        case .capacity: ru ? "пусто — без ограничения" : "empty: no limit"
        case .interval: ru ? "1 — каждую, 2 — через одну…" : "1: every one, 2: every other…"
        case .weekdays: ru ? "например пн, ср; пусто — день начала" : "such as Mon, Wed; empty: the first day's"
        case .count: ru ? "пусто — без счёта" : "empty: no count"
        case .slots: ru ? "запись по одному, например 20; пусто — без записи" : "one member each, such as 20; empty: none"
        case .resources: ru ? "Enter — выбрать из библиотеки" : "Enter: choose from the library"
        case .title, .kind, .timeZone, .repeats, .description: ""
        }
    }

    private static func problem(_ problem: EventFormProblem, ru: Bool) -> String {
        switch problem {
        case .badDay: return ru ? "не дата: нужно дд.мм.гггг" : "not a day: use yyyy-mm-dd or dd.mm.yyyy"
        case .badTime: return ru ? "не время: нужно чч:мм" : "not a time: use hh:mm"
        case .badEnd: return ru ? "нужно чч:мм или «дд.мм.гггг чч:мм»" : "use hh:mm, or “yyyy-mm-dd hh:mm”"
        case .notANumber: return ru ? "нужно целое число" : "a whole number, please"
        case .badGrades: return ru ? "классы — числа и диапазоны: 5-7, 9" : "grades are numbers and ranges: 5-7, 9"
        case .badWeekdays: return ru ? "дни недели: пн, вт, ср, чт, пт, сб, вс" : "weekdays: Mon, Tue, Wed, Thu, Fri, Sat, Sun"
        case .draft(let rule): return draftProblem(rule, ru: ru)
        }
    }

    private static func draftProblem(_ problem: EventDraftProblem, ru: Bool) -> String {
        guard ru else { return problem.message }
        switch problem {
        case .emptyTitle: return "у события должно быть название"
        case .titleTooLong(let count): return "название длиннее \(WriteLimits.titleLength) знаков (\(count))"
        case .descriptionTooLong(let count): return "описание длиннее \(WriteLimits.postLength) знаков (\(count))"
        case .endsBeforeStart: return "конец должен быть позже начала"
        case .lastsTooLong: return "событие длится не больше \(Int(EventLimits.longestDuration / 86_400)) дней"
        case .unknownTimeZone(let name): return "«\(name)» — неизвестный часовой пояс (например Europe/Moscow)"
        case .placeTooLong(let count): return "место длиннее \(EventLimits.placeLength) знаков (\(count))"
        case .linkNotWeb: return "ссылка должна начинаться с https:// или http://"
        case .linkTooLong(let count): return "ссылка длиннее \(EventLimits.linkLength) знаков (\(count))"
        case .tooManySubjects(let count): return "предметов \(count), можно не больше \(EventLimits.subjects)"
        case .badSubject(let subject): return "предмет «\(subject)» длиннее \(EventLimits.subjectLength) знаков"
        case .gradeOutOfRange(let grade): return "класса \(grade) нет: классы с 1 по 11"
        case .capacityOutOfRange(let capacity): return "мест \(capacity): нужно от 1 до \(EventLimits.capacity) или пусто"
        case .intervalOutOfRange(let interval): return "интервал \(interval): нужно от 1 до \(EventLimits.interval)"
        case .weekdaysInMonthlySeries: return "дни недели — только для еженедельной серии"
        case .weekdayOutOfRange(let weekday): return "дня недели \(weekday) нет"
        case .countAndUntil: return "укажите либо число раз, либо дату окончания"
        case .countOutOfRange(let count): return "раз \(count): нужно от 1 до \(EventLimits.occurrences)"
        case .untilBeforeStart: return "серия закончилась бы раньше первого занятия"
        case .slotsOnlyForConsultations: return "запись по слотам — только для консультаций"
        case .slotLengthOutOfRange(let minutes):
            return "слот \(minutes) мин: нужно от \(EventLimits.slotMinutes.lowerBound) до \(EventLimits.slotMinutes.upperBound) мин"
        case .slotsDoNotFill(let minutes): return "слоты по \(minutes) мин не укладываются ровно между началом и концом"
        case .slotsWithCapacity: return "в слот записывается один человек: оставьте «Мест» пустым"
        case .tooManyResources(let count): return "материалов \(count), можно не больше \(EventLimits.resources)"
        case .alreadyOver: return "событие уже прошло"
        }
    }
}
