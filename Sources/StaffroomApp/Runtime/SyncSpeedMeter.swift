import Foundation
import StaffroomSync
import Synchronization

/// Measures the link from full syncs: the bytes a run brought over the time it took, so a time
/// estimate exists before the first download. (The store keeps only runs long enough to say
/// something about the link.)
final class SyncSpeedMeter: Sendable {
    private let run = Mutex<(startedAt: Date?, bytes: Int)>((nil, 0))

    /// Follows the sync loop's events; at the end of a full sync returns its bytes and seconds.
    func observe(_ event: LiveSync.Event, at now: Date = Date()) -> (bytes: Int64, seconds: Double)? {
        run.withLock { run in
            switch event {
            case .started:
                run = (now, 0)
            case .progressed(let progress):
                run.bytes = progress.bytes
            case .finished:
                defer { run = (nil, 0) }
                guard let startedAt = run.startedAt else { return nil }
                return (Int64(run.bytes), now.timeIntervalSince(startedAt))
            case .failed:
                run = (nil, 0)
            case .retrying, .upToDate:
                break
            }
            return nil
        }
    }
}
