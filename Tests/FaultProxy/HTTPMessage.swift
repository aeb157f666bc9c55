import Foundation

/// One HTTP/1.1 message as it crossed the proxy: its head, its body (chunked bodies decoded) and
/// the bytes exactly as they arrived.
struct HTTPMessage: Sendable {
    /// The request line or status line, without CRLF.
    var startLine: String
    var headers: [(name: String, value: String)]
    var body: [UInt8]
    var raw: [UInt8]

    /// The first value of a header, by case-insensitive name.
    func header(_ name: String) -> String? {
        headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }

    /// The request's method and path (for a request).
    var method: String { String(startLine.split(separator: " ").first ?? "") }
    var path: String { startLine.split(separator: " ").dropFirst().first.map(String.init) ?? "" }
    /// The response's status code (for a response).
    var status: Int { Int(startLine.split(separator: " ").dropFirst().first ?? "") ?? 0 }

    /// The message again, with `body` in place of the old one and a Content-Length to match.
    func serialized(body newBody: [UInt8]) -> [UInt8] {
        var text = startLine + "\r\n"
        for (name, value) in headers where !["content-length", "transfer-encoding"].contains(name.lowercased()) {
            text += "\(name): \(value)\r\n"
        }
        text += "Content-Length: \(newBody.count)\r\n\r\n"
        return Array(text.utf8) + newBody
    }

    /// A response made up by the proxy.
    static func response(status: Int, reason: String, headers: [(String, String)], body: String) -> [UInt8] {
        var text = "HTTP/1.1 \(status) \(reason)\r\n"
        for (name, value) in headers { text += "\(name): \(value)\r\n" }
        text += "Content-Length: \(body.utf8.count)\r\n\r\n"
        return Array(text.utf8) + Array(body.utf8)
    }

    /// Reads one message; nil when the stream ends before a whole one arrived. Responses with
    /// status 1xx, 204 or 304 have no body; a response with neither length nor chunks ends at close.
    static func read(from socket: Socket, isResponse: Bool) -> HTTPMessage? {
        guard let headBytes = socket.readHead() else { return nil }
        let lines = String(decoding: headBytes, as: UTF8.self).components(separatedBy: "\r\n").filter { !$0.isEmpty }
        guard let startLine = lines.first else { return nil }
        let headers = lines.dropFirst().compactMap { line -> (name: String, value: String)? in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return (String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
        var message = HTTPMessage(startLine: startLine, headers: headers, body: [], raw: headBytes)
        if isResponse, [204, 304].contains(message.status) || (100..<200).contains(message.status) { return message }
        if message.header("Transfer-Encoding")?.lowercased().contains("chunked") == true {
            while true {
                guard let sizeLine = socket.readLine() else { return nil }
                message.raw += sizeLine
                let sizeText = String(decoding: sizeLine, as: UTF8.self).split(separator: ";").first ?? ""
                guard let size = Int(sizeText.trimmingCharacters(in: .whitespacesAndNewlines), radix: 16) else { return nil }
                if size == 0 {
                    while let trailer = socket.readLine() {
                        message.raw += trailer
                        if trailer == [0x0D, 0x0A] { return message }
                    }
                    return nil
                }
                guard let chunk = socket.read(exactly: size + 2) else { return nil }
                message.raw += chunk
                message.body += chunk.dropLast(2)
            }
        }
        if let length = message.header("Content-Length").flatMap({ Int($0) }) {
            guard let body = socket.read(exactly: length) else { return nil }
            message.body = body
            message.raw += body
        } else if isResponse {
            message.body = socket.readToEnd()
            message.raw += message.body
        }
        return message
    }
}
