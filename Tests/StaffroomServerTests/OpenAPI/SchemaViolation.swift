/// One way a JSON value breaks a schema: where in the value, which schema rule, and how.
struct SchemaViolation: Equatable, Sendable, CustomStringConvertible {
    /// JSON pointer into the value (`/changes/3/data/editedAt`); empty for the whole value.
    let instancePath: String
    /// JSON pointer into the document of the schema that was broken (`#/components/schemas/Post`).
    let schemaPath: String
    let message: String

    var description: String { "\(instancePath.isEmpty ? "/" : instancePath): \(message) (\(schemaPath))" }
}

/// What validating a value found: the violations, and which parts of the schema the value filled.
struct SchemaValidation: Sendable {
    var violations: [SchemaViolation] = []
    /// Locations of the schema's properties that the value carried, and of the `oneOf` branches it
    /// matched, as JSON pointers into the document (see `SchemaTree.offeredLocations`).
    var exercised: Set<String> = []

    var isValid: Bool { violations.isEmpty }

    /// Adds what validating another part of the value found.
    mutating func merge(_ other: SchemaValidation) {
        violations += other.violations
        exercised.formUnion(other.exercised)
    }
}
