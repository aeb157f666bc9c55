import StaffroomProtocol

/// What the moderators told the member: the newest notice not shown before goes to the status
/// line once; a silence in force is kept, so that writing explains it instead of failing.
enum NoticeUpdate {
    static func loaded(_ unseen: [MemberNotice], silence: MemberNotice?, state: inout AppState) {
        state.silence = silence
        guard let newest = unseen.last else { return }
        state.notice = phrase(newest, state: state)
    }

    /// The status line's words for a notice, its end date in the member's zone.
    static func phrase(_ notice: MemberNotice, state: AppState) -> Phrase {
        .moderation(.memberNotice(notice.kind, text: notice.text, until: notice.until.map { state.dates.full($0) },
                                  lifted: notice.liftedAt != nil))
    }
}
