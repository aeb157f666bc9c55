/// How lists show the selected row: a `>` marker in the first column (cheap over a slow link: a step
/// rewrites two cells), or a reverse-video bar across the whole row (a step rewrites two whole rows).
public enum CursorStyle: String, Sendable, CaseIterable {
    case arrow
    case bar
}
