/// A demo library resource: its catalogue entry, and its files' contents written out (the seeder
/// works out their sizes and checksums).
public struct DemoResource: Sendable, Equatable {
    /// The protocol's resource types, spelled as it spells them.
    public enum Kind: String, Sendable {
        case lessonPlan = "lesson_plan", worksheet, presentation, methodicalGuide = "methodical_guide", assessment, video, audio, link
    }

    public struct File: Sendable, Equatable {
        public var name: String
        public var mediaType: String
        public var contents: String
    }

    public var title: String
    public var kind: Kind
    public var author: String
    /// Whole days before the seeding day it was shared.
    public var daysAgo: Int
    public var subjects: [String]
    public var grades: [Int]
    public var language: String
    public var licence = "CC BY 4.0"
    public var description: String
    public var files: [File] = []
    public var link = ""
    /// Where it is discussed: a topic opened with it in this forum, with these replies.
    public var discussion: Discussion?

    /// A resource's discussion topic in the demo network.
    public struct Discussion: Sendable, Equatable {
        /// The forum's title.
        public var forum: String
        /// Replies after the opening post (the description), each some hours after the one before.
        public var replies: [Reply]
    }

    public struct Reply: Sendable, Equatable {
        public var author: String
        public var hoursLater: Int
        public var body: String
    }
}

extension DemoNetwork {
    /// A small library: lesson plans, a worksheet, an assessment and a methodical guide in Russian,
    /// an English lesson plan, and a link to an online tool.
    public static let resources: [DemoResource] = [
        DemoResource(title: "Урок окружающего мира: как читать схему круговорота воды", kind: .lessonPlan, author: "anna.smirnova",
                     daysAgo: 12, subjects: ["окружающий мир", "литературное чтение"], grades: [3, 4], language: "ru",
                     description: "Урок на 40 минут: дети читают схему, задают вопросы к ней и пересказывают её словами.",
                     files: [DemoResource.File(name: "krugovorot-vody-plan.md", mediaType: "text/markdown", contents: """
                     # Круговорот воды: читаем схему

                     Класс: 3–4. Время: 40 минут.

                     1. Разминка (5 минут): что мы видим на схеме, не читая подписей?
                     2. Чтение подписей по группам (10 минут): каждая группа отвечает за одну стрелку.
                     3. Вопросы к схеме (10 минут): группы обмениваются вопросами.
                     4. Пересказ (10 минут): один ученик рассказывает путь капли, остальные следят по схеме.
                     5. Итог (5 минут): что было трудно понять и почему.
                     """)]),
        DemoResource(title: "Рабочий лист: задачи на движение для 5 класса", kind: .worksheet, author: "ivan.kuznetsov",
                     daysAgo: 8, subjects: ["математика"], grades: [5], language: "ru",
                     description: "Восемь задач от простых к трудным; к каждой дан рисунок-схема и место для решения.",
                     files: [DemoResource.File(name: "zadachi-na-dvizhenie.txt", mediaType: "text/plain", contents: """
                     Задачи на движение. 5 класс.

                     1. Велосипедист едет 12 км/ч. Сколько он проедет за 3 часа?
                     2. Пешеход прошёл 10 км за 2 часа. С какой скоростью он шёл?
                     3. Два поезда вышли навстречу друг другу из городов, между которыми 300 км.
                        Скорости 70 км/ч и 80 км/ч. Через сколько часов они встретятся?
                     4. Лодка плывёт по течению 18 км/ч, против течения 12 км/ч. Какова скорость течения?
                     5. Из одного посёлка в одну сторону выехали два автобуса с интервалом в час...
                     """)],
                     discussion: .init(forum: "Подготовка к олимпиадам по математике", replies: [
                         .init(author: "olga.petrova", hoursLater: 5,
                               body: "Взяла задачи 3 и 4 для кружка: про скорость течения спорили полчаса, и это был лучший спор четверти."),
                         .init(author: "ivan.kuznetsov", hoursLater: 20,
                               body: "Спасибо! Пятую задачу допишу и выложу вторую версию листа на этой неделе."),
                     ])),
        DemoResource(title: "Проверочная работа по смысловому чтению, 6 класс", kind: .assessment, author: "olga.petrova",
                     daysAgo: 20, subjects: ["литература", "русский язык"], grades: [6], language: "ru",
                     description: "Два варианта по 10 заданий к научно-популярному тексту; критерии оценивания в конце.",
                     files: [DemoResource.File(name: "smyslovoe-chtenie-6.txt", mediaType: "text/plain", contents: """
                     Проверочная работа. Смысловое чтение. 6 класс. Вариант 1.

                     Прочитайте текст «Почему птицы улетают на юг» и ответьте на вопросы.
                     1. Какова главная мысль текста? Запишите её одним предложением.
                     2. Найдите в тексте два довода в пользу этой мысли.
                     3. Какое слово во втором абзаце можно заменить синонимом «перелёт»?
                     Критерии: 1 балл за каждое верное задание, 2 балла за задание 1.
                     """)],
                     discussion: .init(forum: "Чтение в начальной школе", replies: [
                         .init(author: "anna.smirnova", hoursLater: 30,
                               body: "Можно ли дать этот текст в 5 классе, если убрать задание 3?"),
                         .init(author: "olga.petrova", hoursLater: 3,
                               body: "Можно. Только пересчитайте критерии: без третьего задания максимум будет 10 баллов."),
                     ])),
        DemoResource(title: "Методичка наставника: первые сто дней молодого учителя", kind: .methodicalGuide, author: "olga.petrova",
                     daysAgo: 30, subjects: [], grades: [], language: "ru",
                     description: "Что обсудить с молодым коллегой в первую неделю, месяц и четверть; образцы вопросов для встреч.",
                     files: [DemoResource.File(name: "pervye-sto-dnej.md", mediaType: "text/markdown", contents: """
                     # Первые сто дней

                     ## Первая неделя
                     - Познакомить с расписанием, кабинетом и коллегами по параллели.
                     - Договориться о времени еженедельной встречи.

                     ## Первый месяц
                     - Посетить по одному уроку друг у друга и обсудить их по схеме «что получилось — что изменить».

                     ## Первая четверть
                     - Вместе подготовить открытый урок.
                     """)]),
        DemoResource(title: "Number bonds to 20: a lesson plan with ten-frames", kind: .lessonPlan, author: "priya.nair",
                     daysAgo: 5, subjects: ["maths"], grades: [1, 2], language: "en",
                     description: "A 45-minute lesson that moves from counters on ten-frames to number sentences.",
                     files: [DemoResource.File(name: "number-bonds-20.md", mediaType: "text/markdown", contents: """
                     # Number bonds to 20

                     1. Warm-up: flash ten-frames, children say how many and how many more make ten.
                     2. Main: pairs build bonds to 20 with two frames and record number sentences.
                     3. Plenary: which bonds did you find fastest? Why?
                     """)],
                     discussion: .init(forum: "Primary Maths Lab", replies: [
                         .init(author: "emily.clarke", hoursLater: 26,
                               body: "Tried this with Year 2 today. The flash ten-frames warm-up was the hit of the week."),
                     ])),
        DemoResource(title: "Онлайн-тренажёр устного счёта", kind: .link, author: "dmitry.lebedev",
                     daysAgo: 3, subjects: ["математика"], grades: [1, 2, 3, 4], language: "ru",
                     description: "Бесплатный тренажёр с настройкой уровня; работает в браузере без регистрации.",
                     link: "https://example.org/ustny-schet"),
    ]
}
