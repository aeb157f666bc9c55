import Foundation
import Testing
import StaffroomProtocol
@testable import StaffroomServer

/// Notification settings travel to the member's other devices, and to no one else.
@Suite struct NotificationSettingTests {
    @Test func aSettingReachesOnlyItsMemberAndTheLatestWins() async throws {
        let server = try await LiveServer.start { try seedWriters($0, $1) }
        let anna = try await Writer.login(server, as: "anna")
        let annaPhone = try await Writer.login(server, as: "anna")
        let pavel = try await Writer.login(server, as: "pavel")
        _ = try await anna.push(.setNotificationLevel(kind: .reply, level: .off), sequence: 1)
        _ = try await anna.push(.setNotificationLevel(kind: .reply, level: .digest), sequence: 2)
        _ = try await anna.push(.setNotificationLevel(kind: .booking, level: .off), sequence: 3)
        let settings = try await annaPhone.fullSync().compactMap { change -> NotificationSetting? in
            if case .notificationSetting(let setting) = change { setting } else { nil }
        }
        let others = try await pavel.fullSync().filter { if case .notificationSetting = $0 { true } else { false } }
        for writer in [anna, annaPhone, pavel] { await writer.close() }
        await server.stop()
        #expect(Set(settings.map { "\($0.kind.rawValue) \($0.level.rawValue)" }) == ["reply digest", "booking off"])
        #expect(others.isEmpty)
    }
}
