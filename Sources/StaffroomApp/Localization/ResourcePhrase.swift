import StaffroomProtocol

/// The strings of library resources, in English and Russian.
public enum ResourcePhrase: Equatable, Sendable {
    case type(ResourceType)
    case materials
    /// A resource in a list: its kind and the size of its files (or that it is a link).
    case summary(ResourceType, bytes: Int64, isLink: Bool)

    public func text(_ language: Language) -> String {
        let ru = language == .russian
        switch self {
        case .type(let type):
            switch type {
            case .lessonPlan: return ru ? "план урока" : "lesson plan"
            case .worksheet: return ru ? "рабочий лист" : "worksheet"
            case .presentation: return ru ? "презентация" : "presentation"
            case .methodicalGuide: return ru ? "методическое пособие" : "methodical guide"
            case .assessment: return ru ? "проверочная работа" : "assessment"
            case .video: return ru ? "видео" : "video"
            case .audio: return ru ? "аудио" : "audio"
            case .link: return ru ? "ссылка" : "link"
            }
        case .materials: return ru ? "Материалы" : "Materials"
        case .summary(let type, let bytes, let isLink):
            let kind = ResourcePhrase.type(type).text(language)
            return isLink ? kind : "\(kind), \(ByteCount(Int(bytes)).text(language))"
        }
    }
}
