import Foundation
import Testing
@testable import StaffroomSync

@Suite struct RetryPolicyTests {
    private let policy = RetryPolicy.standard

    @Test func backoffDoublesWithEqualJitterUpToTheLongestDelay() {
        let lowest = (1...6).map { policy.delay(afterFailure: $0, of: .unreachable(.refused), random: { $0.lowerBound }) }
        let highest = (1...6).map { policy.delay(afterFailure: $0, of: .unreachable(.refused), random: { $0.upperBound }) }
        #expect(lowest == [0.5, 1, 2, 4, 8, nil])
        #expect(highest == [1, 2, 4, 8, 16, nil], "the sixth failure ends the run")
        let late = RetryPolicy(attempts: 20, firstDelay: 1, longestDelay: 30, longestServerWait: 120)
        #expect(late.delay(afterFailure: 12, of: .server(status: 502, message: ""), random: { $0.upperBound }) == 30)
    }

    @Test func retryAfterIsWaitedOutUnlessItIsTooLong() {
        #expect(policy.delay(afterFailure: 1, of: .serverBusy(status: 503, retryAfter: 40), random: { $0.lowerBound }) == 40)
        #expect(policy.delay(afterFailure: 1, of: .serverBusy(status: 429, retryAfter: 40), random: { $0.upperBound }) == 41)
        #expect(policy.delay(afterFailure: 1, of: .serverBusy(status: 503, retryAfter: 3_600)) == nil)
        #expect(policy.delay(afterFailure: 2, of: .serverBusy(status: 503, retryAfter: nil), random: { $0.upperBound }) == 2)
    }

    @Test func onlyPassingFailuresAreRetried() {
        #expect(policy.delay(afterFailure: 1, of: .malformed("damaged gzip")) != nil)
        #expect(policy.delay(afterFailure: 1, of: .server(status: 500, message: "")) != nil)
        #expect(policy.delay(afterFailure: 1, of: .sessionExpired) == nil)
        #expect(policy.delay(afterFailure: 1, of: .server(status: 400, message: "bad cursor")) == nil)
        #expect(policy.delay(afterFailure: 1, of: .store(.diskFull)) == nil)
        #expect(RetryPolicy.never.delay(afterFailure: 1, of: .unreachable(.timedOut)) == nil)
    }

    @Test func retryAfterIsReadAsSecondsOrAsAnHTTPDate() {
        let now = Date(timeIntervalSince1970: 1_795_000_000)
        #expect(RetryAfter.seconds("120", now: now) == 120)
        #expect(RetryAfter.seconds(" 0 ", now: now) == 0)
        let inTwoMinutes = now.addingTimeInterval(120)
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        #expect(RetryAfter.seconds(formatter.string(from: inTwoMinutes), now: now) == 120)
        #expect(RetryAfter.seconds(formatter.string(from: now.addingTimeInterval(-60)), now: now) == 0)
        #expect(RetryAfter.seconds("-5", now: now) == nil)
        #expect(RetryAfter.seconds("soon", now: now) == nil)
        #expect(RetryAfter.seconds(nil, now: now) == nil)
    }
}
