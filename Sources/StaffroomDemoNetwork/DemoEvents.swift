/// A member's booking of one slot of a demo consultation.
public struct DemoBooking: Sendable, Equatable {
    public var member: String
    public var slot: Int
    public var question: String
}

/// A demo event, dated relative to the day the network is seeded.
public struct DemoEvent: Sendable, Equatable {
    /// The protocol's event kinds, spelled as it spells them.
    public enum Kind: String, Sendable { case seminar, webinar, conference, masterClass = "master_class",
                                              roundTable = "round_table", openLesson = "open_lesson", consultation }
    /// What became of it; a held event lies in the past.
    public enum Status: String, Sendable { case planned, held, cancelled }

    public var title: String
    public var kind: Kind
    public var organizer: String
    /// Whole days after the seeding day (negative: before it).
    public var daysFromToday: Int
    /// Minutes after local midnight in `timeZone`.
    public var startMinute: Int
    public var minutes: Int
    public var timeZone: String
    public var place: String = ""
    public var link: String = ""
    public var subjects: [String] = []
    public var grades: [Int] = []
    public var capacity: Int?
    public var status: Status = .planned
    public var description: String
    /// Members who answered "going", in the order they answered; past the capacity they wait.
    public var going: [String] = []
    public var maybe: [String] = []
    /// Members the organizer recorded as present (a held event's); each has a certificate.
    public var attended: [String] = []
    /// A consultation booked one member at a time: the slot length in minutes.
    public var slotMinutes: Int?
    /// Slots booked (counted from 0), by whom and with what question.
    public var bookings: [DemoBooking] = []
    /// Titles of the library resources that go with the event.
    public var resources: [String] = []
    /// A weekly series of this many occurrences, the first on `daysFromToday`; nil: a single event.
    public var weeklyOccurrences: Int?
    /// The occurrence (counted from 0) of the series that was cancelled.
    public var cancelledOccurrence: Int?
    /// The title of the forum topic where the event is discussed.
    public var discussion: String?
}

extension DemoNetwork {
    /// A month of the network's calendar around the seeding day: seminars, webinars, a conference,
    /// master classes, a round table, an open lesson and consultations, one already held and one
    /// cancelled; one day holds three events, one master class is full with a waiting list, and a
    /// mentors' circle meets weekly (one meeting cancelled).
    public static let events: [DemoEvent] = [
        DemoEvent(title: "Смысловое чтение на уроках окружающего мира", kind: .seminar, organizer: "olga.petrova",
                  daysFromToday: 3, startMinute: 15 * 60 + 30, minutes: 90, timeZone: "Europe/Moscow",
                  place: "Гимназия № 3, Вологда, актовый зал", subjects: ["окружающий мир", "литературное чтение"],
                  grades: [2, 3, 4], capacity: 25,
                  description: """
                  Разбираем, как строить урок вокруг **научно-познавательного текста**: вопросы до чтения, \
                  пометки на полях, таблица «знал — узнал — хочу узнать».

                  - приносите один текст из своего учебника;
                  - в конце — обмен карточками с заданиями.
                  """,
                  going: ["sergey.orlov", "natalia.morozova", "elena.sokolova"], maybe: ["pavel.novikov"],
                  resources: ["Урок окружающего мира: как читать схему круговорота воды"]),
        DemoEvent(title: "Заседание МО учителей начальных классов", kind: .seminar, organizer: "olga.petrova",
                  daysFromToday: 3, startMinute: 17 * 60 + 30, minutes: 60, timeZone: "Europe/Moscow",
                  place: "Гимназия № 3, Вологда, кабинет 21", subjects: ["начальная школа"], grades: [1, 2, 3, 4],
                  description: "План на третью четверть и распределение открытых уроков.",
                  going: ["natalia.morozova"]),
        DemoEvent(title: "Консультация: портфолио к аттестации", kind: .consultation, organizer: "olga.petrova",
                  daysFromToday: 3, startMinute: 19 * 60, minutes: 30, timeZone: "Europe/Moscow",
                  link: "https://meet.example.org/staffroom-olga", capacity: 1,
                  description: "Индивидуальная консультация: что положить в портфолио и как описать результаты учеников."),
        DemoEvent(title: "Цифровые тренажёры для устного счёта", kind: .webinar, organizer: "ivan.kuznetsov",
                  daysFromToday: 6, startMinute: 16 * 60, minutes: 60, timeZone: "Europe/Moscow",
                  link: "https://meet.example.org/staffroom-mental-maths", subjects: ["математика"], grades: [1, 2, 3, 4],
                  description: """
                  Обзор бесплатных тренажёров: какие работают без регистрации детей, какие — на слабом интернете. \
                  Запись пришлём участникам.
                  """,
                  going: ["sergey.orlov", "pavel.novikov", "priya.nair"]),
        DemoEvent(title: "Геометрия на клетчатой бумаге: олимпиадные задачи", kind: .masterClass, organizer: "ivan.kuznetsov",
                  daysFromToday: 10, startMinute: 14 * 60, minutes: 120, timeZone: "Europe/Moscow",
                  place: "Лицей № 2, Череповец, кабинет математики", subjects: ["математика"], grades: [5, 6, 7], capacity: 3,
                  description: "Решаем вместе десять задач школьного этапа и обсуждаем, как давать подсказки, не выдавая решения.",
                  going: ["sergey.orlov", "elena.sokolova", "natalia.morozova", "pavel.novikov"]),
        DemoEvent(title: "Открытый урок: проектная неделя в 6 классе", kind: .openLesson, organizer: "elena.sokolova",
                  daysFromToday: 8, startMinute: 10 * 60, minutes: 45, timeZone: "Asia/Yekaterinburg",
                  place: "Школа № 7, Екатеринбург, кабинет 214", subjects: ["технология", "информатика"], grades: [6],
                  capacity: 8,
                  description: "Защита мини-проектов: дети показывают макеты и отвечают на вопросы гостей. После урока — разбор.",
                  going: ["marina.volkova"]),
        DemoEvent(title: "Formative assessment with exit tickets", kind: .webinar, organizer: "emily.clarke",
                  daysFromToday: 5, startMinute: 17 * 60, minutes: 45, timeZone: "Europe/London",
                  link: "https://meet.example.org/staffroom-exit-tickets", subjects: ["English"], grades: [5, 6, 7, 8, 9],
                  description: """
                  Three-question exit tickets, how to read a class set in five minutes, and what to change the next \
                  morning. Bring one ticket you have used.
                  """,
                  going: ["james.okafor", "priya.nair"]),
        DemoEvent(title: "Первый год в школе: что помогло, что мешало", kind: .roundTable, organizer: "marina.volkova",
                  daysFromToday: 13, startMinute: 17 * 60, minutes: 90, timeZone: "Europe/Moscow",
                  link: "https://meet.example.org/staffroom-first-year",
                  description: "Молодые учителя и наставники говорят о нагрузке, дисциплине и первом открытом уроке. Вопросы можно прислать заранее.",
                  going: ["pavel.novikov", "sergey.orlov"], maybe: ["natalia.morozova"],
                  discussion: "Памятка наставника: первые десять недель с молодым учителем"),
        DemoEvent(title: "Школа как сообщество практиков", kind: .conference, organizer: "dmitry.lebedev",
                  daysFromToday: 27, startMinute: 10 * 60, minutes: 6 * 60, timeZone: "Europe/Moscow",
                  place: "Дом учителя, Вологда", capacity: 120,
                  description: "Весенняя конференция сети: доклады школ, секции по предметам, ярмарка методических материалов.",
                  going: ["olga.petrova", "ivan.kuznetsov", "marina.volkova", "elena.sokolova"]),
        DemoEvent(title: "Безопасность в сети для младших школьников", kind: .webinar, organizer: "dmitry.lebedev",
                  daysFromToday: 2, startMinute: 15 * 60, minutes: 60, timeZone: "Europe/Moscow",
                  link: "https://meet.example.org/staffroom-safety", subjects: ["информатика"], grades: [3, 4],
                  status: .cancelled, description: "Перенесён на следующую четверть: ведущий заболел."),
        DemoEvent(title: "Итоги школьного этапа олимпиады", kind: .seminar, organizer: "ivan.kuznetsov",
                  daysFromToday: -6, startMinute: 16 * 60, minutes: 60, timeZone: "Europe/Moscow",
                  link: "https://meet.example.org/staffroom-olympiad", subjects: ["математика"], grades: [4, 5, 6, 7, 8],
                  status: .held, description: "Разбор типичных ошибок и план подготовки к муниципальному этапу.",
                  going: ["sergey.orlov", "anna.smirnova", "elena.sokolova"], attended: ["sergey.orlov", "anna.smirnova"]),
        DemoEvent(title: "Кружок наставников: разбор трудных уроков", kind: .consultation, organizer: "marina.volkova",
                  daysFromToday: 1, startMinute: 18 * 60, minutes: 60, timeZone: "Europe/Moscow",
                  link: "https://meet.example.org/staffroom-mentors", subjects: [], grades: [],
                  description: """
                  Каждую неделю молодые учителя приносят один урок, который не получился, а наставники помогают \
                  найти, что изменить. Можно приходить не на все встречи.
                  """,
                  weeklyOccurrences: 8, cancelledOccurrence: 2),
        DemoEvent(title: "Консультация наставника: первый год в школе", kind: .consultation, organizer: "olga.petrova",
                  daysFromToday: 2, startMinute: 16 * 60, minutes: 80, timeZone: "Europe/Moscow",
                  link: "https://meet.example.org/staffroom-first-year", subjects: [], grades: [],
                  description: """
                  Двадцать минут один на один: приходите с одним вопросом о классе, родителях или документах. \
                  Запишитесь на свободное время и коротко напишите, о чём хотите поговорить.
                  """,
                  slotMinutes: 20,
                  bookings: [DemoBooking(member: "pavel.novikov", slot: 1,
                                         question: "Как вести журнал, если ученик долго болел и пропустил контрольные?")],
                  resources: ["Методичка наставника: первые сто дней молодого учителя"]),
    ]
}
