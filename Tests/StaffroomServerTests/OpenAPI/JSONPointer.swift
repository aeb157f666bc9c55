/// JSON pointers within one document (RFC 6901) in their URI-fragment form, `#/components/schemas/Post`,
/// as `$ref` writes them; `/` in a token is escaped `~1` (`#/paths/~1v1~1sync`).
enum JSONPointer {
    /// The pointer to the document itself.
    static let root = "#"

    /// `pointer` extended by one member name or array index.
    static func appending(_ token: String, to pointer: String) -> String {
        pointer + "/" + token.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
    }

    /// The value `pointer` designates in `document`, or nil if there is none.
    static func resolve(_ pointer: String, in document: JSONValue) -> JSONValue? {
        guard pointer.hasPrefix(root) else { return nil }
        let tokens = pointer.dropFirst(root.count).split(separator: "/", omittingEmptySubsequences: false).dropFirst()
        var value = document
        for token in tokens {
            let name = token.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
            switch value {
            case .object(let members):
                guard let member = members[name] else { return nil }
                value = member
            case .array(let items):
                guard let index = Int(name), items.indices.contains(index) else { return nil }
                value = items[index]
            default:
                return nil
            }
        }
        return value
    }
}
