import Foundation

/// One answer the document promises: a status of an operation, or the answer to a request that
/// matches no operation (`#/components/responses/NotFound`).
enum DocumentedAnswer: Hashable, Sendable, CustomStringConvertible {
    case operation(method: String, path: String, status: Int)
    case unmatchedRoute

    var description: String {
        switch self {
        case .operation(let method, let path, let status): "\(method) \(path) → \(status)"
        case .unmatchedRoute: "any other route → 404"
        }
    }
}

/// `docs/openapi.json`, parsed, with the look-ups the conformance tests need.
struct OpenAPIDocument: Sendable {
    /// The response every request gets that matches no operation.
    static let unmatchedRouteResponse = "#/components/responses/NotFound"
    private static let methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"]

    let root: JSONValue

    /// Reads `docs/openapi.json` from the repository this test file belongs to.
    static func load() throws -> OpenAPIDocument {
        OpenAPIDocument(root: try JSONValue(parsing: try Data(contentsOf: repositoryFile("docs/openapi.json"))))
    }

    /// A file of the repository, located from this source file's path.
    static func repositoryFile(_ relativePath: String) -> URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent(relativePath)
    }

    var validator: JSONSchemaValidator { JSONSchemaValidator(document: root) }
    var schemas: SchemaTree { SchemaTree(document: root) }

    /// Every (method, path) the document describes; methods in upper case.
    var operations: [(method: String, path: String)] {
        (root["paths"]?.objectValue ?? [:]).keys.sorted().flatMap { path in
            Self.methods.filter { root["paths"]?[path]?[$0] != nil }.map { (method: $0.uppercased(), path: path) }
        }
    }

    /// Every answer the document promises: each status of each operation, and the unmatched route.
    var answers: Set<DocumentedAnswer> {
        var answers: Set<DocumentedAnswer> = [.unmatchedRoute]
        for (method, path) in operations {
            for status in (root["paths"]?[path]?[method.lowercased()]?["responses"]?.objectValue ?? [:]).keys {
                answers.insert(.operation(method: method, path: path, status: Int(status) ?? 0))
            }
        }
        return answers
    }

    /// The document's path that `path` (as sent, or a template) stands for: itself, or a template
    /// such as `/v1/topics/{id}/posts` whose `{…}` segments take any value.
    func template(matching path: String) -> String? {
        let paths = (root["paths"]?.objectValue ?? [:]).keys
        if paths.contains(path) { return path }
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        return paths.sorted().first { candidate in
            let parts = candidate.split(separator: "/", omittingEmptySubsequences: false)
            return parts.count == segments.count && zip(parts, segments).allSatisfy { part, segment in
                part == segment || (part.hasPrefix("{") && part.hasSuffix("}") && !segment.isEmpty)
            }
        }
    }

    /// Location of the operation `method path`, if the document has it.
    func operationLocation(method: String, path: String) -> String? {
        guard let path = template(matching: path) else { return nil }
        let location = JSONPointer.appending(method.lowercased(), to: JSONPointer.appending(path, to: "#/paths"))
        return JSONPointer.resolve(location, in: root) == nil ? nil : location
    }

    /// Location of the response the document gives for `answer` (with `$ref`s followed).
    func responseLocation(for answer: DocumentedAnswer) -> String? {
        switch answer {
        case .unmatchedRoute:
            return dereferenced(Self.unmatchedRouteResponse)
        case .operation(let method, let path, let status):
            guard let operation = operationLocation(method: method, path: path) else { return nil }
            return dereferenced(JSONPointer.appending(String(status), to: JSONPointer.appending("responses", to: operation)))
        }
    }

    /// Whether the operation needs a session: its own `security`, else the document's, names a scheme.
    func requiresSession(operationAt location: String) -> Bool {
        let security = JSONPointer.resolve(location, in: root)?["security"] ?? root["security"]
        return (security?.arrayValue ?? []).contains { !($0.objectValue ?? [:]).isEmpty }
    }

    /// `location` itself, or where its `$ref` points (followed to the end); nil if nothing is there.
    func dereferenced(_ location: String) -> String? {
        var location = location
        var seen: Set<String> = []
        while let value = JSONPointer.resolve(location, in: root), seen.insert(location).inserted {
            guard let target = value["$ref"]?.stringValue else { return location }
            location = target
        }
        return nil
    }
}
