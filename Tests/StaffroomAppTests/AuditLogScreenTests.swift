import Foundation
import Testing
import StaffroomProtocol
import StaffroomStore
import StaffroomTerminal
@testable import StaffroomApp

/// The audit log at 80×24: decisions newest first with who, what, the reason, the post's first
/// words, and whether it was taken back; `m`, `a` and `w` narrow it to one moderator's, one
/// action, one author's posts.
@Suite struct AuditLogScreenTests {
    private static func row(_ id: Int64, moderator: Int64, _ action: ModerationAction, note: String = "", text: String,
                            hoursAgo: Double, undone: Bool = false) -> AuditLogRow {
        AuditLogRow(entry: AuditEntry(id: id, moderatorID: moderator, itemID: id, postID: id * 10, action: action, note: note,
                                      previousStatus: .pending, createdAt: AppFixture.now.addingTimeInterval(-hoursAgo * 3_600),
                                      undoneAt: undone ? AppFixture.now : nil),
                    postText: text, authorID: id == 2 ? 5 : 4)
    }

    @Test func theLogListsDecisionsAndNarrowsToOneModerator() {
        var state = AppFixture.withForums()
        state.me = Member(userID: 3, role: .moderator)
        _ = AppUpdate.update(&state, .key(.character("V")))
        #expect(AppUpdate.update(&state, .key(.character("A"))) == [.loadAuditLog(AuditFilter())])
        let rows = [Self.row(3, moderator: 3, .delete, note: "Реклама", text: "", hoursAgo: 1),
                    Self.row(2, moderator: 6, .keep, text: "Спасибо за план урока!", hoursAgo: 2, undone: true),
                    Self.row(1, moderator: 3, .lockTopic, text: "> цитата\nХватит спорить", hoursAgo: 30)]
        _ = AppUpdate.update(&state, .auditLogLoaded(rows, names: [3: "Марина Волкова", 6: "James Okafor", 4: "Иван Кузнецов", 5: "Павел Новиков"],
                                                    filter: AuditFilter()))
        let lines = render(state).lines
        #expect(lines[1].hasPrefix(" Модерация › Журнал решений") && lines[1].hasSuffix("3 "))
        #expect(lines[2].hasPrefix(" решения всех модераторов"))
        #expect(lines[3].trimmingTrailingSpaces() == "> 11:00  Марина Волкова: удалить сообщение — Реклама  (сообщение удалено)")
        #expect(lines[4].trimmingTrailingSpaces() == "  10:00  James Okafor: оставить (отменено)  «Спасибо за план урока!»")
        #expect(lines[5].trimmingTrailingSpaces() == "  вчера  Марина Волкова: закрыть тему  «Хватит спорить»")
        #expect(AppUpdate.update(&state, .key(.character("m"))) == [.loadAuditLog(AuditFilter(moderatorID: 3))])
        _ = AppUpdate.update(&state, .auditLogLoaded([rows[0], rows[2]], names: [3: "Марина Волкова"], filter: AuditFilter(moderatorID: 3)))
        #expect(render(state).lines[2].hasPrefix(" решения: Марина Волкова"))
        #expect(AppUpdate.update(&state, .key(.character("m"))) == [.loadAuditLog(AuditFilter(moderatorID: 6))])
        #expect(AppUpdate.update(&state, .key(.character("m"))) == [.loadAuditLog(AuditFilter())], "round to everyone's")
        #expect(AppUpdate.update(&state, .key(.character("a"))) == [.loadAuditLog(AuditFilter(action: .keep))])
        #expect(AppUpdate.update(&state, .key(.character("a"))) == [.loadAuditLog(AuditFilter(action: .ignore))])
        #expect(AppUpdate.update(&state, .key(.character("w"))) == [.loadAuditLog(AuditFilter(action: .ignore, memberID: 4))],
                "the authors of the full log, in order")
        _ = AppUpdate.update(&state, .auditLogLoaded([], names: [:], filter: AuditFilter(action: .ignore, memberID: 4)))
        #expect(render(state).lines[2].hasPrefix(" решения всех модераторов · отложить · автор: Иван Кузнецов"))
        #expect(AppUpdate.update(&state, .key(.character("w"))) == [.loadAuditLog(AuditFilter(action: .ignore, memberID: 5))])
        _ = AppUpdate.update(&state, .key(.escape))
        #expect(state.stack.isEmpty && state.pane == .moderation)
    }
}
