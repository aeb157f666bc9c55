/// The interface languages Staffroom speaks.
public enum Language: String, Sendable, CaseIterable {
    case english = "en"
    case russian = "ru"

    /// Parses `en`/`ru` (as given to `--lang` or in the config file).
    public init?(code: String) {
        switch code.lowercased() {
        case "en", "english": self = .english
        case "ru", "russian", "русский": self = .russian
        default: return nil
        }
    }

    /// The language the environment asks for: the first set of `LC_ALL`, `LC_MESSAGES`, `LANG`;
    /// Russian when it names `ru`, English otherwise.
    public static func fromEnvironment(_ environment: [String: String]) -> Language {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[name], !value.isEmpty {
                return value.lowercased().hasPrefix("ru") ? .russian : .english
            }
        }
        return .english
    }
}
