import StaffroomTerminal

extension ListCursor {
    /// The cursor after a list's moving key: `j`/`↓` and `k`/`↑` by one row, `PgDn`/`^F` and
    /// `PgUp`/`^B` by a screen; nil for any other key.
    func moved(by key: Key, count: Int, visibleRows rows: Int) -> ListCursor? {
        switch key {
        case .down, .character("j"): selecting(selected + 1, count: count, visibleRows: rows)
        case .up, .character("k"): selecting(selected - 1, count: count, visibleRows: rows)
        case .pageDown, .control("f"): selecting(selected + rows, count: count, visibleRows: rows)
        case .pageUp, .control("b"): selecting(selected - rows, count: count, visibleRows: rows)
        default: nil
        }
    }
}
