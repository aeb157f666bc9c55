import Foundation
import GRDB
import StaffroomProtocol

/// Reads one page for a member from a `SyncPosition`, in one snapshot: news first, then as much of
/// the backfill as fits. A page holds at most `limit` changes and, past the first change, about
/// `SyncPage.maximumBytes` of JSON, so a slow link gets pages it can finish.
struct SyncPageReader {
    let db: Database
    let userID: Int64

    struct Result {
        var changes: [Change]
        var position: SyncPosition
        var more: Bool
        var remaining: Int?
    }

    private enum Step { case news, skeleton, older }

    private struct Candidate {
        var seq: Int64
        var key: ChangeLog.Key
        var step: Step
        /// For a topic whose latest changes were only new replies: the sequence of its last other change.
        var detailSeq: Int64?
    }

    /// The page after `start` (nil: a first sync, which starts at the log's newest sequence with a
    /// full backfill). Without `backfilling`, topics and posts from before the first sync are left
    /// for later (a bandwidth budget ran out).
    func read(from start: SyncPosition?, limit: Int, backfilling: Bool, counting: Bool) throws -> Result {
        let position = try start ?? firstPosition()
        var candidates = try rows(.news, after: position.news, limit: limit + 1)
        var exhausted: Set<Step> = candidates.count <= limit ? [.news] : []
        var backfill = position.backfill
        if case .skeleton(let after, let upTo) = backfill, candidates.count < limit {
            let skeleton = try rows(.skeleton, after: after, upTo: upTo, limit: limit - candidates.count + 1)
            candidates += skeleton
            if candidates.count <= limit { exhausted.insert(.skeleton) }
        }
        if backfilling, let below = Self.olderBound(backfill, skeletonDone: exhausted.contains(.skeleton)),
           candidates.count < limit {
            candidates += try rows(.older, below: below, limit: limit - candidates.count + 1)
            if candidates.count <= limit { exhausted.insert(.older) }
        }
        let implied = Self.impliedByReplies(after: start)
        let entities = try ChangeLog.loadEntities(Dictionary(grouping: candidates.prefix(limit).filter { !implied($0) },
                                                             by: \.key.kind).mapValues { $0.map(\.key.id) }, in: db)
        let visibility = try PostVisibility(userID: userID, in: db)
        var changes: [Change] = []
        var bytes = 0
        var taken = 0
        for candidate in candidates.prefix(limit) {
            guard let change = entities[candidate.key].map(visibility.shown), !implied(candidate) else { taken += 1; continue }
            let size = Self.estimatedBytes(change)
            if !changes.isEmpty && bytes + size > SyncPage.maximumBytes { break }
            bytes += size
            changes.append(change)
            taken += 1
        }
        let sent = candidates.prefix(taken)
        let cut = taken < candidates.count
        var next = position
        if let lastNews = sent.last(where: { $0.step == .news }) { next.news = lastNews.seq }
        if case .skeleton(let after, let upTo) = backfill {
            let lastSkeleton = sent.last(where: { $0.step == .skeleton })?.seq ?? after
            let skeletonDone = exhausted.contains(.skeleton) && !candidates.dropFirst(taken).contains { $0.step == .skeleton }
            backfill = skeletonDone ? .older(below: upTo + 1) : .skeleton(after: lastSkeleton, upTo: upTo)
        }
        if case .older(let below) = backfill, backfilling {
            let lastOlder = sent.last(where: { $0.step == .older })?.seq ?? below
            let olderDone = exhausted.contains(.older) && !candidates.dropFirst(taken).contains { $0.step == .older }
            backfill = olderDone ? nil : .older(below: lastOlder)
        }
        next.backfill = backfill
        let more = cut || !exhausted.contains(.news) || Self.hasSkeleton(backfill) || (backfilling && backfill != nil)
        return Result(changes: changes, position: next, more: more, remaining: counting ? try remaining(after: next) : nil)
    }

    /// A first sync: news after the newest sequence there is, and everything up to it as backfill.
    private func firstPosition() throws -> SyncPosition {
        let newest = try Int64.fetchOne(db, sql: "SELECT seq FROM sqlite_sequence WHERE name = 'change'") ?? 0
        return SyncPosition(news: newest, backfill: newest > 0 ? .skeleton(after: 0, upTo: newest) : nil)
    }

    /// Which changes a client at `start` can do without: one that holds everything up to its news
    /// sequence (no backfill left) derives a topic's counters from the replies that changed them,
    /// so a topic changed only by replies since then is left out (protocol §5.9).
    private static func impliedByReplies(after start: SyncPosition?) -> (Candidate) -> Bool {
        guard let start, start.backfill == nil else { return { _ in false } }
        return { candidate in
            candidate.step == .news && candidate.key.kind == .topic && (candidate.detailSeq.map { $0 <= start.news } ?? false)
        }
    }

    private static func olderBound(_ backfill: SyncPosition.Backfill?, skeletonDone: Bool) -> Int64? {
        switch backfill {
        case .older(let below): below
        case .skeleton(_, let upTo) where skeletonDone: upTo + 1
        default: nil
        }
    }

    private static func hasSkeleton(_ backfill: SyncPosition.Backfill?) -> Bool {
        if case .skeleton = backfill { true } else { false }
    }

    private func rows(_ step: Step, after: Int64 = 0, upTo: Int64 = .max, below: Int64 = .max, limit: Int) throws -> [Candidate] {
        let kinds: String
        let order: String
        switch step {
        case .news: (kinds, order) = ("", "seq")
        case .skeleton: (kinds, order) = (Self.kindCondition(SyncPosition.skeletonKinds), "seq")
        case .older: (kinds, order) = (Self.kindCondition(SyncPosition.olderKinds), "seq DESC")
        }
        return try Row.fetchAll(db, sql: """
            SELECT seq, entity, entityID, detailSeq FROM change
            WHERE seq > :after AND seq <= :upTo AND seq < :below \(kinds)
              AND \(ChangeLog.audienceCondition) AND \(ForumVisibility.condition(forumColumn: "change.forumID"))
            ORDER BY \(order) LIMIT :limit
            """, arguments: ["after": after, "upTo": upTo, "below": below, "member": userID, "limit": limit])
            .compactMap { row in
                EntityKind(rawValue: row["entity"]).map {
                    Candidate(seq: row["seq"], key: ChangeLog.Key(kind: $0, id: row["entityID"]), step: step,
                              detailSeq: row["detailSeq"])
                }
            }
    }

    /// How many changes wait after `position`: news, and whatever of the backfill is left.
    private func remaining(after position: SyncPosition) throws -> Int {
        func count(_ condition: String, _ arguments: StatementArguments) throws -> Int {
            try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM change WHERE \(condition)
                  AND \(ChangeLog.audienceCondition) AND \(ForumVisibility.condition(forumColumn: "change.forumID"))
                """, arguments: arguments + ["member": userID]) ?? 0
        }
        var total = try count("seq > :after", ["after": position.news])
        switch position.backfill {
        case nil:
            break
        case .skeleton(let after, let upTo):
            total += try count("seq > :after AND seq <= :upTo \(Self.kindCondition(SyncPosition.skeletonKinds))",
                               ["after": after, "upTo": upTo])
            total += try count("seq <= :upTo \(Self.kindCondition(SyncPosition.olderKinds))", ["upTo": upTo])
        case .older(let below):
            total += try count("seq < :below \(Self.kindCondition(SyncPosition.olderKinds))", ["below": below])
        }
        return total
    }

    private static func kindCondition(_ kinds: [EntityKind]) -> String {
        "AND entity IN (\(kinds.map { "'\($0.rawValue)'" }.joined(separator: ", ")))"
    }

    /// About how many bytes of JSON a change takes: enough to keep pages near their size bound
    /// without encoding each change twice.
    static func estimatedBytes(_ change: Change) -> Int {
        switch change {
        case .post(let post): 140 + post.body.utf8.count
        case .topic(let topic): 240 + topic.title.utf8.count
        case .forum(let forum): 120 + forum.title.utf8.count + forum.description.utf8.count
        case .user(let user): 120 + user.displayName.utf8.count + user.school.utf8.count + user.bio.utf8.count + user.subjects.joined().utf8.count
        default: 100
        }
    }
}
