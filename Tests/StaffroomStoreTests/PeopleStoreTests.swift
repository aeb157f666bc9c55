import Foundation
import Testing
import StaffroomProtocol
import StaffroomStore

/// The directory of members (in name order, in pages, narrowed by school, subject, role and
/// words), a member's profile with their recent posts and resources, and one's own profile
/// saved here at once and sent through the outbox.
@Suite struct PeopleStoreTests {
    private static let epoch = Fixture.epoch

    private static func member(_ id: Int64, _ name: String, _ role: Role, _ school: String, _ subjects: [String], grades: [Int] = []) -> Change {
        .user(User(id: id, username: "m\(id)", displayName: name, role: role, school: school, subjects: subjects, grades: grades,
                   bio: "Пишу о себе: \(name)"))
    }

    /// Six members in two schools; anna (2) is signed in.
    private static func store() throws -> ClientStore {
        let store = try ClientStore.inMemory()
        try store.saveLogin(Account(serverURL: "http://s", userID: 2, username: "m2", displayName: "Анна Смирнова", token: "t"))
        try store.apply(SyncPage(changes: [
            member(1, "Ольга Петрова", .mentor, "Гимназия № 3", ["Русский язык", "Литература"], grades: [5, 6, 7]),
            member(2, "Анна Смирнова", .teacher, "Школа № 12", ["Литературное чтение", "русский язык"], grades: [1, 2, 3, 4]),
            member(3, "Ёлка Абрамова", .teacher, "Школа № 12", ["Математика"]),
            member(4, "Иван Кузнецов", .mentor, "Лицей № 2", ["Математика", "Информатика"]),
            member(5, "елена Соколова", .teacher, "Гимназия № 3", []),
            member(6, "Борис Алексеев", .moderator, "Лицей № 2", ["История"]),
        ], cursor: "c1", more: false), syncedAt: Self.epoch)
        return store
    }

    @Test func theDirectoryIsInNameOrderPageByPage() throws {
        let store = try Self.store()
        let all = try store.directory(DirectoryFilter(), limit: 10)
        #expect(all.map(\.id) == [2, 6, 5, 3, 4, 1], "ё sorts as е and letter case does not count")
        let first = try store.directory(DirectoryFilter(), limit: 4)
        let rest = try store.directory(DirectoryFilter(), after: first.last.map(DirectoryKey.init), limit: 4)
        #expect((first + rest).map(\.id) == all.map(\.id))
        #expect(try store.directoryCount(DirectoryFilter()) == 6)
    }

    @Test func theDirectoryNarrowsBySchoolSubjectRoleAndWords() throws {
        let store = try Self.store()
        #expect(try store.directory(DirectoryFilter(school: "Лицей № 2"), limit: 10).map(\.id) == [6, 4])
        #expect(try store.directory(DirectoryFilter(subject: "РУССКИЙ ЯЗЫК"), limit: 10).map(\.id) == [2, 1], "subjects match without case")
        #expect(try store.directory(DirectoryFilter(subject: "Математика", role: .mentor), limit: 10).map(\.id) == [4])
        #expect(try store.directory(DirectoryFilter(text: "гимназ елен"), limit: 10).map(\.id) == [5], "every word must be found")
        #expect(try store.directory(DirectoryFilter(text: "информ"), limit: 10).map(\.id) == [4], "subjects are searched too")
        #expect(try store.directoryCount(DirectoryFilter(role: .teacher)) == 3)
    }

    @Test func facetValuesCountTheMembersTheyWouldShow() throws {
        let store = try Self.store()
        let schools = try store.directoryFacetValues(.school, for: DirectoryFilter(role: .teacher))
        #expect(schools.map { "\($0.label) \($0.count)" } == ["Школа № 12 2", "Гимназия № 3 1"])
        let subjects = try store.directoryFacetValues(.subject, for: DirectoryFilter())
        #expect(subjects.first.map { "\($0.label) \($0.count)" } == "Математика 2")
        #expect(subjects.contains { $0.label.lowercased() == "русский язык" && $0.count == 2 }, "one value for both spellings")
        let roles = try store.directoryFacetValues(.role, for: DirectoryFilter(school: "Лицей № 2"))
        #expect(Set(roles.map { "\($0.value) \($0.count)" }) == ["mentor 1", "moderator 1"])
    }

    @Test func aProfileListsTheNewestReadablePostsAndResources() throws {
        let store = try Self.store()
        var changes: [Change] = [Fixture.topic(1, forum: 1, lastPostAt: Self.epoch, lastPostID: 20, posts: 8)]
        for id in Int64(10)...Int64(16) {
            changes.append(.post(Post(id: id, topicID: 1, authorID: 4, body: "Сообщение \(id)", createdAt: Self.epoch.addingTimeInterval(Double(id)))))
        }
        changes.append(.post(Post(id: 17, topicID: 1, authorID: 4, body: "", createdAt: Self.epoch.addingTimeInterval(17), deletedAt: Self.epoch)))
        changes.append(.post(Post(id: 18, topicID: 1, authorID: 1, body: "Чужое", createdAt: Self.epoch.addingTimeInterval(18))))
        changes.append(.resource(Resource(id: 3, title: "Задачи на движение", description: "", type: .worksheet, language: "ru", authorID: 4,
                                          licence: "CC BY 4.0", createdAt: Self.epoch)))
        try store.apply(SyncPage(changes: changes, cursor: "c2", more: false), syncedAt: Self.epoch)
        let profile = try #require(try store.profile(userID: 4))
        #expect(profile.user.subjects == ["Математика", "Информатика"])
        #expect(profile.recentPosts.map(\.postID) == [16, 15, 14, 13, 12], "the deleted one and others' posts are left out")
        #expect(profile.recentPosts.first?.topicTitle == "Тема 1")
        #expect(profile.postCount == 7 && profile.resourceCount == 1)
        #expect(profile.recentResources.map(\.title) == ["Задачи на движение"])
        #expect(try store.profile(userID: 99) == nil)
    }

    @Test func savingOnesProfileShowsAtOnceAndWaitsInTheOutbox() throws {
        let store = try Self.store()
        let profile = ProfileDraft(subjects: ["Литературное чтение"], grades: [3], bio: "Веду третий класс.")
        try store.saveOwnProfile(profile, at: Self.epoch)
        #expect(try store.profile(userID: 2)?.user.profile == profile)
        #expect(try store.pendingMutations().map(\.action) == [.updateProfile(profile: profile)])
        #expect(try store.directory(DirectoryFilter(subject: "русский язык"), limit: 10).map(\.id) == [1])
    }
}
