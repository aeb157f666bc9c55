/// The built-in demo network: people, categories and forums of an imagined network of schools,
/// with the forums' topics and posts written out in `Forums/` as plain text (see `DemoThreadParser`).
public enum DemoNetwork {
    /// The password every demo account is created with.
    public static let password = "demo"

    /// The account `staffroom demo` logs in as: a primary-school teacher.
    public static let demoTeacher = "anna.smirnova"

    /// The network's name, as the server presents it.
    public static let communityName = "Сеть школ «Перекрёсток» · Crossroads Schools Network"

    /// Twelve members with the four roles.
    public static let users: [DemoUser] = [
        DemoUser(username: "anna.smirnova", displayName: "Анна Смирнова", role: .teacher,
                 school: "Школа № 12, Петрозаводск",
                 subjects: ["Литературное чтение", "Русский язык", "Окружающий мир"], grades: [1, 2, 3, 4],
                 bio: "Веду третий класс. Люблю читательские дневники и театр на уроке; ищу идеи, как приучить детей к вдумчивому чтению."),
        DemoUser(username: "olga.petrova", displayName: "Ольга Петрова", role: .mentor,
                 school: "Гимназия № 3, Вологда",
                 subjects: ["Русский язык", "Литература"], grades: [5, 6, 7, 8, 9],
                 bio: "Двадцать лет в школе, руковожу методическим объединением словесников. Помогаю молодым коллегам с планированием и с трудными классами."),
        DemoUser(username: "ivan.kuznetsov", displayName: "Иван Кузнецов", role: .mentor,
                 school: "Лицей № 2, Череповец",
                 subjects: ["Математика", "Информатика"], grades: [7, 8, 9, 10, 11],
                 bio: "Готовлю ребят к олимпиадам и к ОГЭ. Охотно разберу с вами урок по видеозаписи или задачу, которая «не идёт»."),
        DemoUser(username: "marina.volkova", displayName: "Марина Волкова", role: .moderator,
                 school: "Школа № 5, Кондопога",
                 subjects: ["История", "Обществознание"], grades: [5, 6, 7, 8, 9],
                 bio: "Модератор форумов сети. Пишите, если обсуждение ушло не туда: вместе разберёмся спокойно."),
        DemoUser(username: "sergey.orlov", displayName: "Сергей Орлов", role: .teacher,
                 school: "Школа № 12, Петрозаводск",
                 subjects: ["Физическая культура"], grades: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
                 bio: "Тренер школьной команды по волейболу. Собираю подвижные игры для маленького зала."),
        DemoUser(username: "elena.sokolova", displayName: "Елена Соколова", role: .teacher,
                 school: "Сельская школа, д. Шуньга",
                 subjects: ["Математика", "Физика", "Информатика"], grades: [5, 6, 7, 8, 9],
                 bio: "Сельская школа, классы по пять человек, уроки часто разновозрастные. Делюсь тем, что работает при медленном интернете."),
        DemoUser(username: "dmitry.lebedev", displayName: "Дмитрий Лебедев", role: .admin,
                 school: "Методический центр сети",
                 subjects: ["Методическая работа"], grades: [],
                 bio: "Методист сети: расписание семинаров, сертификаты, учётные записи. По всем вопросам доступа — ко мне."),
        DemoUser(username: "natalia.morozova", displayName: "Наталья Морозова", role: .teacher,
                 school: "Гимназия № 3, Вологда",
                 subjects: ["Английский язык"], grades: [2, 3, 4, 5, 6, 7],
                 bio: "Учу английскому через песни и проекты. Веду переписку наших учеников со школой в Абердине."),
        DemoUser(username: "pavel.novikov", displayName: "Павел Новиков", role: .teacher,
                 school: "Лицей № 2, Череповец",
                 subjects: ["Химия", "Биология"], grades: [8, 9, 10, 11],
                 bio: "Второй год в школе. Ищу наставника по химии: как держать дисциплину на лабораторных работах."),
        DemoUser(username: "emily.clarke", displayName: "Emily Clarke", role: .mentor,
                 school: "Harbourside Academy, Aberdeen",
                 subjects: ["English", "Drama"], grades: [5, 6, 7, 8, 9],
                 bio: "Head of English. I mentor early-career teachers and love turning a reading lesson into a short play."),
        DemoUser(username: "james.okafor", displayName: "James Okafor", role: .moderator,
                 school: "Harbourside Academy, Aberdeen",
                 subjects: ["Geography"], grades: [7, 8, 9, 10, 11],
                 bio: "Forum moderator for the English-speaking schools. Fieldwork, maps and climate projects."),
        DemoUser(username: "priya.nair", displayName: "Priya Nair", role: .teacher,
                 school: "Fernhill Primary, Leeds",
                 subjects: ["Mathematics", "Science"], grades: [1, 2, 3, 4, 5, 6],
                 bio: "Primary teacher in my third year; interested in maths talk and outdoor learning."),
    ]

    /// Four categories of two forums each; each forum's threads come from its text in `Forums/`.
    public static let categories: [DemoCategory] = [
        DemoCategory(title: "Начальная школа", forums: [
            DemoForum(title: "Чтение в начальной школе",
                      description: "Методическое объединение: планы уроков литературного чтения, 1–4 классы",
                      threadsText: primaryReadingText),
            DemoForum(title: "Primary Maths Lab",
                      description: "Hands-on number sense, fluency and problem solving for ages 5–11",
                      threadsText: primaryMathsText),
        ]),
        DemoCategory(title: "Наставничество · Mentoring", forums: [
            DemoForum(title: "Первый год в школе",
                      description: "Вопросы молодых учителей; наставники отвечают, лучший ответ отмечается",
                      kind: .questions, threadsText: firstYearText),
            DemoForum(title: "New Teachers' Corner",
                      description: "Behaviour, planning, workload and the first observed lesson",
                      threadsText: newTeachersText),
        ]),
        DemoCategory(title: "Олимпиады и проекты · Olympiads and projects", forums: [
            DemoForum(title: "Подготовка к олимпиадам по математике",
                      description: "Задачи, кружки, школьный и муниципальный этапы",
                      threadsText: mathsOlympiadText),
            DemoForum(title: "Project-Based Learning",
                      description: "Cross-curricular projects, assessment rubrics and showcases",
                      threadsText: projectLearningText),
        ]),
        DemoCategory(title: "Школьная IT-служба · School IT", forums: [
            DemoForum(title: "Администраторы школьных сетей",
                      description: "Сеть, компьютерные классы, резервные копии, электронный журнал",
                      threadsText: schoolITText),
            DemoForum(title: "Classroom Tech and Accessibility",
                      description: "Devices, assistive technology and low-bandwidth teaching",
                      threadsText: classroomTechText),
        ]),
    ]
}
