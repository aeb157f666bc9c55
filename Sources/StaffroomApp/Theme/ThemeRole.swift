/// The parts of the interface a theme styles. The raw value is the key in a theme file.
public enum ThemeRole: String, CaseIterable, Sendable {
    case topBar = "top_bar"
    case topBarActive = "top_bar_active"
    case breadcrumb
    case statusBar = "status_bar"
    case statusError = "status_error"
    case listHeader = "list_header"
    case category
    case normal
    case secondary
    case selection
    case unread
    case postHeader = "post_header"
    case quote
    case code
    case link
    case helpBorder = "help_border"
    case helpKey = "help_key"
}
