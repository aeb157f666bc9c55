import StaffroomProtocol
import StaffroomStore
import StaffroomTerminal

/// A member's profile: name and username as the heading; role, school, subjects and grades as
/// fact lines; what they wrote about themselves, wrapped; then their recent posts and resources,
/// one row each, which the cursor moves over.
enum ProfileView {
    static func draw(_ opened: ProfileState, state: AppState, theme: Theme, into grid: inout CellGrid, area: Rect) {
        let language = state.language
        let (heading, body) = area.splitTop(1)
        guard let profile = opened.profile else {
            grid.drawRow("", style: theme[.listHeader], area: heading)
            grid.drawCentered((opened.loaded ? Phrase.people(.unknownMember) : Phrase.loading).text(language),
                              style: theme[.secondary], area: body)
            return
        }
        let user = profile.user
        grid.drawRow(" \(user.displayName) (@\(user.username))", right: PeoplePhrase.profileHints(own: user.id == state.me.userID).text(language) + " ",
                     style: theme[.listHeader], area: heading)
        var y = body.y
        let facts: [(PeoplePhrase, String)] = [(.roleLabel, PeoplePhrase.role(user.role).text(language)), (.schoolLabel, user.school),
                                              (.subjectsLabel, user.subjects.joined(separator: ", ")),
                                              (.gradesLabel, PeoplePhrase.gradesList(user.grades).text(language))]
        let column = facts.map { DisplayWidth.of($0.0.text(language)) }.max().map { $0 + 4 } ?? 0
        for (label, value) in facts where !value.isEmpty && y < body.maxY {
            grid.draw(" " + label.text(language), x: body.x, y: y, style: theme[.secondary], clip: body)
            grid.draw(TextLayout.truncate(value, width: max(0, body.width - column - 1)), x: body.x + column, y: y, style: theme[.normal],
                      clip: body)
            y += 1
        }
        let listRows = min(opened.items.count + 4, max(0, body.maxY - y - 2))
        if !user.bio.isEmpty {
            let room = max(0, body.maxY - y - listRows - 1)
            for line in TextLayout.wrap(user.bio, width: max(1, body.width - 2)).prefix(room) {
                y += 1
                grid.draw(line, x: body.x + 1, y: y, style: theme[.normal], clip: body)
            }
            y += 1
        }
        drawRecent(profile, opened: opened, state: state, theme: theme, into: &grid,
                   area: Rect(x: body.x, y: y + 1, width: body.width, height: max(0, body.maxY - y - 1)))
    }

    /// Each section that has rows: its title, then its rows (pairings, posts, resources, consultations).
    private static func drawRecent(_ profile: MemberProfile, opened: ProfileState, state: AppState, theme: Theme,
                                   into grid: inout CellGrid, area: Rect) {
        let language = state.language
        guard area.height > 0 else { return }
        guard !opened.items.isEmpty else {
            grid.draw(" " + PeoplePhrase.noPosts.text(language), x: area.x, y: area.y, style: theme[.secondary], clip: area)
            return
        }
        let sections: [(Phrase, [(String, String)])] = [
            (.mentoring(.mentorshipsLabel), profile.mentorships.map { item in
                let since = item.mentorship.answeredAt.map { state.dates.day($0) } ?? ""
                return (MentoringPhrase.mentorLine(item, of: profile.user.id, since: since).text(language), "")
            }),
            (.people(.posts(profile.postCount)), profile.recentPosts.map { post in
                ("«\(post.topicTitle)» · " + firstLine(post.body), state.dates.short(post.createdAt, now: state.now))
            }),
            (.people(.resources(profile.resourceCount)), profile.recentResources.map { resource in
                (resource.title, state.dates.short(resource.createdAt, now: state.now))
            }),
            (.people(.consultationsLabel), profile.consultations.map { event in (event.title, state.dates.full(event.startsAt)) }),
        ]
        // Section titles and rows in order; when they overflow, the list scrolls to keep the cursor in view.
        var lines: [(left: String, right: String, item: Int?)] = []
        var index = 0
        for (title, rows) in sections where !rows.isEmpty {
            lines.append((title.text(language), "", nil))
            for (left, right) in rows {
                lines.append((left, right, index))
                index += 1
            }
        }
        let cursorLine = lines.firstIndex { $0.item == opened.cursor.selected } ?? 0
        let top = max(0, cursorLine - area.height + 1)
        for (offset, line) in lines.dropFirst(top).prefix(area.height).enumerated() {
            let row = Rect(x: area.x, y: area.y + offset, width: area.width, height: 1)
            guard let item = line.item else {
                grid.draw(" " + line.left, x: row.x, y: row.y, style: theme[.category], clip: area)
                continue
            }
            ListScreensView.drawRow("  " + line.left, right: line.right, isCursor: item == opened.cursor.selected, state: state, theme: theme,
                                    into: &grid, row: row)
        }
    }

    /// The first line of a post with text in it, Markdown marks and all.
    private static func firstLine(_ body: String) -> String {
        body.split(separator: "\n").first { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.map(String.init) ?? ""
    }
}
