import Foundation

/// Validates JSON values against the schemas of one OpenAPI 3.1 document, for the subset of JSON
/// Schema 2020-12 the document uses (`supportedKeywords`). A schema with any other keyword is a
/// violation, so the document cannot lean on a rule these tests do not check.
struct JSONSchemaValidator: Sendable {
    /// Keywords that constrain values, all checked here.
    static let assertionKeywords: Set<String> = [
        "$ref", "type", "enum", "const", "minimum", "maximum", "minLength", "maxLength", "format",
        "properties", "required", "additionalProperties", "items", "maxItems", "oneOf", "allOf",
    ]
    /// Keywords that only document (ignored by validation).
    static let annotationKeywords: Set<String> = ["title", "description"]
    static var supportedKeywords: Set<String> { assertionKeywords.union(annotationKeywords) }
    /// The values of `format` checked here: `int64` (a whole number that fits in 64 bits) and
    /// `unixtime` (a number of seconds between 1970 and the end of year 9999).
    static let supportedFormats: Set<String> = ["int64", "unixtime"]

    /// The whole document, against which `$ref`s resolve.
    let document: JSONValue

    /// Validates `value` against the schema at `schemaPath` in the document.
    func validate(_ value: JSONValue, againstSchemaAt schemaPath: String) -> SchemaValidation {
        guard let schema = JSONPointer.resolve(schemaPath, in: document) else {
            return failure("", schemaPath, "no schema at this location")
        }
        return validate(value, at: "", against: schema, schemaPath: schemaPath)
    }

    private func validate(_ value: JSONValue, at path: String, against schema: JSONValue, schemaPath: String) -> SchemaValidation {
        guard let keywords = schema.objectValue else { return failure(path, schemaPath, "the schema is not an object") }
        var result = SchemaValidation()
        for (keyword, argument) in keywords.sorted(by: { $0.key < $1.key }) {
            let here = JSONPointer.appending(keyword, to: schemaPath)
            switch keyword {
            case "$ref":
                guard let target = argument.stringValue, let resolved = JSONPointer.resolve(target, in: document) else {
                    result.merge(failure(path, here, "unresolvable $ref \(argument)"))
                    continue
                }
                result.merge(validate(value, at: path, against: resolved, schemaPath: target))
            case "type":
                let allowed = argument.arrayValue?.compactMap(\.stringValue) ?? argument.stringValue.map { [$0] } ?? []
                if !allowed.contains(where: { Self.value(value, isOfType: $0) }) {
                    result.merge(failure(path, here, "\(value) is not of type \(allowed.joined(separator: " or "))"))
                }
            case "enum":
                if !(argument.arrayValue ?? []).contains(value) {
                    result.merge(failure(path, here, "\(value) is not one of \(argument)"))
                }
            case "const":
                if value != argument { result.merge(failure(path, here, "\(value) is not \(argument)")) }
            case "minimum":
                if let number = value.numberValue, let bound = argument.numberValue, number < bound {
                    result.merge(failure(path, here, "\(value) is below \(argument)"))
                }
            case "maximum":
                if let number = value.numberValue, let bound = argument.numberValue, number > bound {
                    result.merge(failure(path, here, "\(value) is above \(argument)"))
                }
            case "minLength":
                if let text = value.stringValue, let bound = argument.numberValue, Double(text.unicodeScalars.count) < bound {
                    result.merge(failure(path, here, "\(value) is shorter than \(argument) characters"))
                }
            case "maxLength":
                if let text = value.stringValue, let bound = argument.numberValue, Double(text.unicodeScalars.count) > bound {
                    result.merge(failure(path, here, "\(value) is longer than \(argument) characters"))
                }
            case "maxItems":
                if let items = value.arrayValue, let bound = argument.numberValue, Double(items.count) > bound {
                    result.merge(failure(path, here, "\(items.count) items, more than \(argument)"))
                }
            case "format":
                if let problem = Self.formatProblem(value, format: argument.stringValue ?? "") {
                    result.merge(failure(path, here, problem))
                }
            case "properties":
                guard let members = value.objectValue else { continue }
                for (name, propertySchema) in argument.objectValue ?? [:] {
                    guard let member = members[name] else { continue }
                    let propertyPath = JSONPointer.appending(name, to: here)
                    result.exercised.insert(propertyPath)
                    result.merge(validate(member, at: JSONPointer.appending(name, to: path),
                                          against: propertySchema, schemaPath: propertyPath))
                }
            case "required":
                guard let members = value.objectValue else { continue }
                for name in argument.arrayValue?.compactMap(\.stringValue) ?? [] where members[name] == nil {
                    result.merge(failure(path, here, "the required member \"\(name)\" is missing"))
                }
            case "additionalProperties":
                guard argument == .bool(false) else {
                    result.merge(failure(path, here, "only additionalProperties: false is supported"))
                    continue
                }
                guard let members = value.objectValue else { continue }
                let declared = Set(keywords["properties"]?.objectValue?.keys.map { $0 } ?? [])
                for name in members.keys.sorted() where !declared.contains(name) {
                    result.merge(failure(path, here, "the member \"\(name)\" is not allowed"))
                }
            case "items":
                guard let items = value.arrayValue else { continue }
                for (index, item) in items.enumerated() {
                    result.merge(validate(item, at: path + "/\(index)", against: argument, schemaPath: here))
                }
            case "oneOf":
                result.merge(validateOneOf(value, at: path, branches: argument.arrayValue ?? [], schemaPath: here))
            case "allOf":
                for (index, branch) in (argument.arrayValue ?? []).enumerated() {
                    result.merge(validate(value, at: path, against: branch, schemaPath: here + "/\(index)"))
                }
            case _ where Self.annotationKeywords.contains(keyword):
                continue
            default:
                result.merge(failure(path, here, "the keyword \(keyword) is not supported by this validator"))
            }
        }
        return result
    }

    /// `oneOf`: exactly one branch must match. When none does, the violations of the closest
    /// branch (the one with the fewest) are reported, so a bad field of a `post` change reads as such.
    private func validateOneOf(_ value: JSONValue, at path: String, branches: [JSONValue], schemaPath: String) -> SchemaValidation {
        let outcomes = branches.enumerated().map { index, branch in
            (index, validate(value, at: path, against: branch, schemaPath: schemaPath + "/\(index)"))
        }
        let matching = outcomes.filter { $0.1.isValid }
        if matching.count == 1, let (index, validation) = matching.first {
            var result = validation
            result.exercised.insert(schemaPath + "/\(index)")
            return result
        }
        if matching.count > 1 {
            return failure(path, schemaPath, "\(value) matches \(matching.count) branches of oneOf: \(matching.map(\.0))")
        }
        var result = failure(path, schemaPath, "matches none of the \(branches.count) branches of oneOf")
        if let closest = outcomes.min(by: { $0.1.violations.count < $1.1.violations.count }) {
            result.violations += closest.1.violations
        }
        return result
    }

    private func failure(_ path: String, _ schemaPath: String, _ message: String) -> SchemaValidation {
        SchemaValidation(violations: [SchemaViolation(instancePath: path, schemaPath: schemaPath, message: message)])
    }

    /// Whether `value` is of the JSON Schema type `type`; a whole number counts as an integer.
    static func value(_ value: JSONValue, isOfType type: String) -> Bool {
        switch (type, value) {
        case ("null", .null), ("boolean", .bool), ("string", .string), ("array", .array), ("object", .object),
             ("integer", .integer), ("number", .integer), ("number", .number):
            true
        case ("integer", .number(let number)):
            number.rounded(.towardZero) == number
        default:
            false
        }
    }

    /// What is wrong with `value` for `format`, or nil; formats apply to numbers only.
    static func formatProblem(_ value: JSONValue, format: String) -> String? {
        guard supportedFormats.contains(format) else { return "the format \"\(format)\" is not supported by this validator" }
        guard let number = value.numberValue else { return nil }
        switch format {
        case "int64":
            if case .integer = value { return nil }
            return "\(value) is not a 64-bit whole number"
        default:
            let endOfYear9999 = 253_402_300_799.0
            return (0...endOfYear9999).contains(number) ? nil : "\(value) is not a time in seconds from 1970 to 9999"
        }
    }
}
