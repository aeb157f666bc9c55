import Foundation

/// Where a member's sync stands, as its cursor says. Steady state is one position in the change
/// log: every change after it is news, sent oldest first. A first sync also carries a backfill of
/// what the log held when it began, sent so that the interface is usable early: first the small
/// entities (the community, members, categories, forums and the member's own marks), then topics
/// and posts newest first, so the latest discussions are readable long before old ones arrive.
struct SyncPosition: Equatable, Sendable {
    /// Changes after this sequence are news.
    var news: Int64
    /// What of the log at the first sync's start is still to send; nil once all of it was.
    var backfill: Backfill?

    enum Backfill: Equatable, Sendable {
        /// Small entities with a sequence in (after, upTo], oldest first.
        case skeleton(after: Int64, upTo: Int64)
        /// Topics and posts with a sequence below this, newest first.
        case older(below: Int64)
    }

    /// The entities the `older` step sends, newest first: the bulk of the content.
    static let olderKinds: [EntityKind] = [.topic, .post]
    /// The entities the skeleton step sends: every other kind.
    static let skeletonKinds: [EntityKind] = EntityKind.allCases.filter { !olderKinds.contains($0) }

    /// The cursor text: `EPOCH-NEWS`, `EPOCH-NEWS-sAFTER.UPTO` or `EPOCH-NEWS-dBELOW`.
    func cursor(epoch: String) -> String {
        switch backfill {
        case nil: "\(epoch)-\(news)"
        case .skeleton(let after, let upTo): "\(epoch)-\(news)-s\(after).\(upTo)"
        case .older(let below): "\(epoch)-\(news)-d\(below)"
        }
    }

    /// The highest sequence this position claims the server issued (for spotting a restored database).
    var highestSequence: Int64 {
        switch backfill {
        case nil: news
        case .skeleton(_, let upTo): max(news, upTo)
        case .older(let below): max(news, below - 1)
        }
    }
}

/// A sync cursor as the server reads it. Clients treat cursors as opaque text.
enum SyncCursor: Equatable {
    case start
    case position(epoch: String, SyncPosition)
    case malformed

    init(_ text: String?) {
        guard let text, !text.isEmpty else { self = .start; return }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count), !parts[0].isEmpty, let news = Int64(parts[1]), news >= 0 else {
            self = .malformed
            return
        }
        var position = SyncPosition(news: news)
        if parts.count == 3 {
            guard let backfill = Self.backfill(parts[2]) else { self = .malformed; return }
            position.backfill = backfill
        }
        self = .position(epoch: String(parts[0]), position)
    }

    private static func backfill(_ text: Substring) -> SyncPosition.Backfill? {
        switch text.first {
        case "s":
            let bounds = text.dropFirst().split(separator: ".", omittingEmptySubsequences: false)
            guard bounds.count == 2, let after = Int64(bounds[0]), let upTo = Int64(bounds[1]), after >= 0, upTo >= after else {
                return nil
            }
            return .skeleton(after: after, upTo: upTo)
        case "d":
            guard let below = Int64(text.dropFirst()), below >= 0 else { return nil }
            return .older(below: below)
        default:
            return nil
        }
    }
}
