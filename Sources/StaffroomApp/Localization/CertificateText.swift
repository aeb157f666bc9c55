import Foundation
import StaffroomProtocol
import StaffroomTerminal

/// A certificate of participation as a plain-text document, to print or attach to a portfolio:
/// who took part, in what, when (in the organizer's zone), and how anyone can check it.
public enum CertificateText {
    /// The document in `language`; `checkURL` is where the code can be checked (the server's
    /// certificate address), when known.
    public static func document(_ certificate: Certificate, language: Language, checkURL: String?) -> String {
        let ru = language == .russian
        let zone = TimeZone(identifier: certificate.timeZone) ?? .gmt
        let dates = DateText(language: language, timeZone: zone)
        let clean = { (text: String) in UntrustedText.cleanLine(text) }
        let school = certificate.holderSchool.isEmpty ? "" : " (\(clean(certificate.holderSchool)))"
        let kind = EventPhrase.kind(certificate.kind).text(language)
        let when = "\(dates.day(certificate.startsAt)), \(dates.time(certificate.startsAt))–\(dates.time(certificate.endsAt)) (\(certificate.timeZone))"
        var lines = [
            ru ? "СЕРТИФИКАТ УЧАСТНИКА" : "CERTIFICATE OF PARTICIPATION",
            clean(certificate.networkName),
            "",
            ru ? "Подтверждается участие" : "This certifies the participation of",
            "    \(clean(certificate.holderName))\(school)",
            ru ? "в мероприятии" : "in",
            "    «\(clean(certificate.eventTitle))» — \(kind)",
            "    \(when)",
            "    " + (ru ? "Ведущий: " : "Led by ") + clean(certificate.organizerName),
            "",
            (ru ? "Код проверки: " : "Verification code: ") + certificate.code,
        ]
        if let checkURL { lines.append((ru ? "Проверить: " : "Check it at ") + checkURL) }
        lines.append((ru ? "Выдан " : "Issued ") + dates.day(certificate.issuedAt))
        if certificate.revoked {
            lines += ["", ru ? "ОТОЗВАН: организатор снял отметку об участии." : "REVOKED: the organizer took the attendance back."]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Where the server answers for a code: the account's server address and the certificate path.
    public static func checkURL(server: String, code: String) -> String {
        (server.hasSuffix("/") ? String(server.dropLast()) : server) + WireFormat.certificatePath(code)
    }
}
