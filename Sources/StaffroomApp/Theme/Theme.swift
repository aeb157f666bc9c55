import StaffroomTerminal

/// How each part of the interface looks.
public struct Theme: Equatable, Sendable {
    /// The theme's name (its file name without `.toml`).
    public var name: String
    private var styles: [ThemeRole: Style]

    public init(name: String, styles: [ThemeRole: Style]) {
        self.name = name
        self.styles = styles
    }

    /// The style of `role`; roles a theme leaves out are drawn plain.
    public subscript(role: ThemeRole) -> Style {
        styles[role] ?? .plain
    }

    /// The same theme with colours removed, for terminals without colour.
    public var withoutColors: Theme {
        Theme(name: name, styles: styles.mapValues(\.withoutColors))
    }

    /// Roles missing here are taken from `base`.
    public func filled(from base: Theme) -> Theme {
        Theme(name: name, styles: base.styles.merging(styles) { _, own in own })
    }
}
