import StaffroomProtocol

/// Asking for a resource's files: nothing large starts by surprise. A download over 5 MB, or one
/// that would take over a minute at the measured link speed, waits for a second `d`.
enum DownloadRequest {
    /// Bytes above which a download asks first.
    static let largeBytes: Int64 = 5 << 20
    /// Seconds (at the measured speed) above which a download asks first.
    static let longSeconds = 60.0

    /// The effects of pressing `d` on `resource` (`confirmed`: the second press), and whether it
    /// now waits for that second press; the notice says what happened.
    static func ask(for resource: Resource, confirmed: Bool, state: inout AppState) -> (effects: [Effect], needsConfirmation: Bool) {
        guard !resource.files.isEmpty else {
            state.notice = .library(.nothingToDownload)
            return ([], false)
        }
        let slow = state.linkSpeed.map { Double(resource.size) / max($0, 1) > longSeconds } ?? false
        if !confirmed && (resource.size > largeBytes || slow) {
            state.notice = .library(.confirmLargeDownload(bytes: resource.size, bytesPerSecond: state.linkSpeed))
            return ([], true)
        }
        state.notice = .library(.downloadQueued(resource.files.count))
        return ([.download(resource)], false)
    }
}
