import StaffroomStore

/// The forum list as displayed: a heading row before each category's forums.
public enum ForumListRow: Equatable, Sendable {
    case category(String)
    case forum(ForumSummary)

    /// The rows for `forums`, which come ordered by category.
    public static func rows(for forums: [ForumSummary]) -> [ForumListRow] {
        var rows: [ForumListRow] = []
        var lastCategory: String?
        for forum in forums {
            if forum.categoryTitle != lastCategory {
                rows.append(.category(forum.categoryTitle))
                lastCategory = forum.categoryTitle
            }
            rows.append(.forum(forum))
        }
        return rows
    }

    var forum: ForumSummary? {
        if case .forum(let summary) = self { return summary }
        return nil
    }
}
