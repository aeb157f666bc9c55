/// The schemas of an OpenAPI document seen as a tree: every schema and sub-schema with its location,
/// and what a value can fill in a schema (its properties and `oneOf` branches).
struct SchemaTree: Sendable {
    let document: JSONValue

    /// Locations of every schema in the document: the named ones, those written inline in
    /// parameters, headers, request bodies and responses, and all their sub-schemas.
    var allSchemaLocations: [String] {
        var roots: [String] = []
        collectRoots(in: document, at: JSONPointer.root, into: &roots)
        return roots.flatMap { subschemaLocations(of: $0) }
    }

    /// Locations of the properties and `oneOf` branches a value of the schema at `location` can
    /// fill, following `$ref`s: what `SchemaValidation.exercised` reports once filled.
    func offeredLocations(from location: String) -> Set<String> {
        var offered: Set<String> = []
        var visited: Set<String> = []
        collectOffered(from: location, into: &offered, visited: &visited)
        return offered
    }

    /// The schema at `location` and every sub-schema written inside it (not following `$ref`s).
    private func subschemaLocations(of location: String) -> [String] {
        [location] + childLocations(of: location).flatMap { subschemaLocations(of: $0.location) }
    }

    /// The sub-schemas directly inside the schema at `location`; `offered` marks the ones a value
    /// fills (a property it carries, a `oneOf` branch it matches).
    private func childLocations(of location: String) -> [(location: String, offered: Bool)] {
        guard let schema = JSONPointer.resolve(location, in: document)?.objectValue else { return [] }
        var children: [(String, Bool)] = []
        let properties = JSONPointer.appending("properties", to: location)
        for name in (schema["properties"]?.objectValue ?? [:]).keys.sorted() {
            children.append((JSONPointer.appending(name, to: properties), true))
        }
        if schema["items"] != nil { children.append((JSONPointer.appending("items", to: location), false)) }
        for keyword in ["oneOf", "allOf"] {
            for index in (schema[keyword]?.arrayValue ?? []).indices {
                children.append((JSONPointer.appending(keyword, to: location) + "/\(index)", keyword == "oneOf"))
            }
        }
        return children
    }

    private func collectOffered(from location: String, into offered: inout Set<String>, visited: inout Set<String>) {
        guard visited.insert(location).inserted else { return }
        if let target = JSONPointer.resolve(location, in: document)?["$ref"]?.stringValue {
            collectOffered(from: target, into: &offered, visited: &visited)
        }
        for child in childLocations(of: location) {
            if child.offered { offered.insert(child.location) }
            collectOffered(from: child.location, into: &offered, visited: &visited)
        }
    }

    /// Finds the top-level schemas: every value of a `schema` member (parameters, headers, media
    /// types) and every entry of `components/schemas`.
    private func collectRoots(in value: JSONValue, at location: String, into roots: inout [String]) {
        guard let members = value.objectValue else {
            for (index, item) in (value.arrayValue ?? []).enumerated() {
                collectRoots(in: item, at: location + "/\(index)", into: &roots)
            }
            return
        }
        for (name, member) in members.sorted(by: { $0.key < $1.key }) {
            let memberLocation = JSONPointer.appending(name, to: location)
            if name == "schema" {
                roots.append(memberLocation)
            } else if memberLocation == "#/components/schemas" {
                roots += (member.objectValue ?? [:]).keys.sorted().map { JSONPointer.appending($0, to: memberLocation) }
            } else {
                collectRoots(in: member, at: memberLocation, into: &roots)
            }
        }
    }
}

extension JSONValue {
    /// Every `$ref` target written anywhere inside this value.
    var referencedLocations: Set<String> {
        switch self {
        case .object(let members):
            members.reduce(into: Set(members["$ref"]?.stringValue.map { [$0] } ?? [])) { $0.formUnion($1.value.referencedLocations) }
        case .array(let items):
            items.reduce(into: Set<String>()) { $0.formUnion($1.referencedLocations) }
        default:
            []
        }
    }
}
