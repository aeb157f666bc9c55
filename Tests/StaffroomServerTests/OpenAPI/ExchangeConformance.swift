import Foundation

/// What judging an exchange found: each way it departs from the document, and the parts of the
/// response schema its body filled.
struct ConformanceReport: Sendable {
    var problems: [String] = []
    /// Location of the schema the answer's body was validated against, if it has one.
    var bodySchema: String?
    /// As `SchemaValidation.exercised`, for the answer's body.
    var exercised: Set<String> = []
}

/// Judges exchanges with the live server against the document: a request against the operation it
/// was sent to (session, query parameters, body), an answer against the response the document gives
/// for it (status, headers, content type, body).
struct ExchangeConformance: Sendable {
    let document: OpenAPIDocument

    /// Where the request departs from the document's operation for its method and path.
    func requestProblems(_ exchange: HTTPExchange) -> [String] {
        guard let operation = document.operationLocation(method: exchange.method, path: exchange.path) else {
            return ["the document has no operation \(exchange.method) \(exchange.path)"]
        }
        var problems: [String] = []
        if document.requiresSession(operationAt: operation) {
            let authorization = exchange.requestHeader("Authorization") ?? ""
            if !authorization.lowercased().hasPrefix("bearer ") || authorization.dropFirst(7).trimmingCharacters(in: .whitespaces).isEmpty {
                problems.append("the operation needs a bearer token; Authorization is \"\(authorization)\"")
            }
        }
        problems += parameterProblems(exchange, operation: operation)
        problems += bodyProblems(exchange, operation: operation)
        return problems
    }

    /// Where the answer departs from the response the document gives for `answer`.
    func report(on exchange: HTTPExchange, as answer: DocumentedAnswer) -> ConformanceReport {
        var report = ConformanceReport()
        switch answer {
        case .operation(let method, let path, let status):
            if exchange.method != method || document.template(matching: exchange.path) != path {
                report.problems.append("the request was \(exchange.method) \(exchange.path), not \(method) \(path)")
            }
            if exchange.status != status { report.problems.append("the status is \(exchange.status), not \(status)") }
        case .unmatchedRoute:
            if document.operationLocation(method: exchange.method, path: exchange.path) != nil {
                report.problems.append("\(exchange.method) \(exchange.path) is an operation of the document")
            }
            if exchange.status != 404 { report.problems.append("the status is \(exchange.status), not 404") }
        }
        guard let response = document.responseLocation(for: answer) else {
            report.problems.append("the document gives no response for \(answer)")
            return report
        }
        report.problems += headerProblems(exchange, response: response)
        let body = bodyReport(exchange, response: response)
        report.problems += body.problems
        report.bodySchema = body.bodySchema
        report.exercised = body.exercised
        return report
    }

    private func resolved(_ location: String) -> JSONValue? {
        document.dereferenced(location).flatMap { JSONPointer.resolve($0, in: document.root) }
    }

    private func parameterProblems(_ exchange: HTTPExchange, operation: String) -> [String] {
        let parameters = (resolved(JSONPointer.appending("parameters", to: operation))?.arrayValue ?? []).indices.compactMap { index in
            document.dereferenced(JSONPointer.appending("parameters", to: operation) + "/\(index)")
        }
        var problems: [String] = []
        var documented: Set<String> = []
        for location in parameters {
            guard let parameter = JSONPointer.resolve(location, in: document.root), let name = parameter["name"]?.stringValue else {
                problems.append("\(location) does not resolve")
                continue
            }
            if parameter["in"]?.stringValue == "path" {
                problems += pathParameterProblems(exchange, name: name, schema: JSONPointer.appending("schema", to: location))
                continue
            }
            guard parameter["in"]?.stringValue == "query" else {
                problems.append("\(location) is neither a path nor a query parameter; only those are checked")
                continue
            }
            documented.insert(name)
            guard let value = exchange.queryItems.first(where: { $0.name == name })?.value else {
                if parameter["required"] == .bool(true) { problems.append("the required query parameter \(name) is missing") }
                continue
            }
            let validation = document.validator.validate(JSONValue(parameterText: value),
                                                         againstSchemaAt: JSONPointer.appending("schema", to: location))
            problems += validation.violations.map { "query parameter \(name)=\(value): \($0)" }
        }
        for item in exchange.queryItems where !documented.contains(item.name) {
            problems.append("the query parameter \(item.name) is not documented")
        }
        return problems
    }

    /// The value of path parameter `name`, taken from where the template has `{name}`, against its schema.
    private func pathParameterProblems(_ exchange: HTTPExchange, name: String, schema: String) -> [String] {
        guard let template = document.template(matching: exchange.path) else { return ["no path of the document matches"] }
        let parts = template.split(separator: "/", omittingEmptySubsequences: false)
        let segments = exchange.path.split(separator: "/", omittingEmptySubsequences: false)
        guard let index = parts.firstIndex(of: "{\(name)}"), segments.indices.contains(index) else {
            return ["the path parameter \(name) is not in \(template)"]
        }
        let value = String(segments[index])
        return document.validator.validate(JSONValue(parameterText: value), againstSchemaAt: schema).violations
            .map { "path parameter \(name)=\(value): \($0)" }
    }

    private func bodyProblems(_ exchange: HTTPExchange, operation: String) -> [String] {
        let requestBody = JSONPointer.appending("requestBody", to: operation)
        let hasBody = exchange.requestBody != nil || exchange.requestBytes != nil
        guard let location = document.dereferenced(requestBody), let description = JSONPointer.resolve(location, in: document.root) else {
            return hasBody ? ["the operation takes no body, and one was sent"] : []
        }
        guard hasBody else {
            return description["required"] == .bool(true) ? ["the operation needs a body, and none was sent"] : []
        }
        let mediaType = Self.essence(of: exchange.requestHeader("Content-Type") ?? "")
        guard description["content"]?[mediaType] != nil else {
            return ["the request's Content-Type \"\(mediaType)\" is not one the operation takes"]
        }
        // A body that is not JSON (a file's bytes) is only checked for its media type.
        guard mediaType == "application/json", let body = exchange.requestBody else { return [] }
        guard let value = try? JSONValue(parsing: Data(body.utf8)) else { return ["the request body is not JSON"] }
        let schema = JSONPointer.appending("schema", to: JSONPointer.appending(mediaType, to: JSONPointer.appending("content", to: location)))
        return document.validator.validate(value, againstSchemaAt: schema).violations.map { "request body: \($0)" }
    }

    private func headerProblems(_ exchange: HTTPExchange, response: String) -> [String] {
        let headers = JSONPointer.appending("headers", to: response)
        var problems: [String] = []
        for name in (JSONPointer.resolve(headers, in: document.root)?.objectValue ?? [:]).keys.sorted() {
            guard let location = document.dereferenced(JSONPointer.appending(name, to: headers)),
                  let header = JSONPointer.resolve(location, in: document.root) else {
                problems.append("the header \(name) of \(response) does not resolve")
                continue
            }
            guard let value = exchange.responseHeaders.first(name: name) else {
                if header["required"] == .bool(true) { problems.append("the required header \(name) is missing") }
                continue
            }
            let validation = document.validator.validate(JSONValue(parameterText: value),
                                                         againstSchemaAt: JSONPointer.appending("schema", to: location))
            problems += validation.violations.map { "header \(name): \(value): \($0)" }
        }
        return problems
    }

    private func bodyReport(_ exchange: HTTPExchange, response: String) -> ConformanceReport {
        let contentType = exchange.responseHeaders.first(name: "Content-Type")
        guard let content = JSONPointer.resolve(response, in: document.root)?["content"]?.objectValue else {
            var report = ConformanceReport()
            if !exchange.encodedBody.isEmpty {
                report.problems.append("the response has no content, yet a body of \(exchange.encodedBody.count) bytes came")
            }
            if let contentType { report.problems.append("the response has no content, yet Content-Type is \(contentType)") }
            return report
        }
        let sentType = Self.essence(of: contentType ?? "")
        // `*/*` stands for any type the response's own rules allow (a file's media type).
        let mediaType = content[sentType] == nil && content["*/*"] != nil && !sentType.isEmpty ? "*/*" : sentType
        guard content[mediaType] != nil else {
            return ConformanceReport(problems: ["Content-Type \"\(contentType ?? "")\" is none of \(content.keys.sorted())"])
        }
        if let charset = Self.charset(of: contentType ?? ""), charset != "utf-8" {
            return ConformanceReport(problems: ["the body is sent as \(charset), not utf-8"])
        }
        let value: JSONValue
        if mediaType == "application/json" {
            do {
                value = try JSONValue(parsing: Data(try exchange.decodedBody()))
            } catch {
                return ConformanceReport(problems: ["the body is not JSON: \(error)"])
            }
        } else {
            guard let text = try? String(decoding: Data(exchange.decodedBody()), as: UTF8.self) else {
                return ConformanceReport(problems: ["the body cannot be read"])
            }
            value = .string(text)
        }
        let schema = JSONPointer.appending("schema", to: JSONPointer.appending(mediaType, to: JSONPointer.appending("content", to: response)))
        let validation = document.validator.validate(value, againstSchemaAt: schema)
        return ConformanceReport(problems: validation.violations.map { "body: \($0)" }, bodySchema: schema, exercised: validation.exercised)
    }

    /// A media type without its parameters, in lower case: `application/json`.
    private static func essence(of contentType: String) -> String {
        (contentType.split(separator: ";").first.map(String.init) ?? "").trimmingCharacters(in: .whitespaces).lowercased()
    }

    /// The `charset` parameter of a content type, in lower case, if it has one.
    private static func charset(of contentType: String) -> String? {
        contentType.split(separator: ";").dropFirst()
            .map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            .first { $0.hasPrefix("charset=") }
            .map { String($0.dropFirst("charset=".count)).trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }
    }
}
