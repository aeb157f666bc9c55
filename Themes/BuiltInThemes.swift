/// The themes that ship inside the binary (the `.toml` files next to this one).
public enum BuiltInThemes {
    /// Names of the built-in themes.
    public static let names = ["default", "monochrome", "high-contrast"]

    /// The TOML source of a built-in theme.
    public static func source(named name: String) -> String? {
        let bytes: [UInt8]
        switch name {
        case "default": bytes = PackageResources.default_toml
        case "monochrome": bytes = PackageResources.monochrome_toml
        case "high-contrast": bytes = PackageResources.high_contrast_toml
        default: return nil
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
