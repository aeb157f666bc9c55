import ArgumentParser
import Foundation
import StaffroomApp
import StaffroomProtocol
import StaffroomStore
import StaffroomTerminal

/// `staffroom events certificates`: the member's certificates of participation, one per line.
struct Certificates: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List your certificates of participation (sync first to receive new ones).")

    @OptionGroup var options: InterfaceOptions

    func run() async throws {
        let context = try ClientContext(options: options)
        let store = try context.openStore()
        guard try store.account() != nil else { throw CommandFailure(Phrase.notLoggedIn.text(context.language)) }
        let dates = DateText(language: context.language, timeZone: .current)
        for certificate in try store.certificates() {
            let state = certificate.revoked ? (context.language == .russian ? "  (отозван)" : "  (revoked)") : ""
            print("\(certificate.code)  \(dates.day(certificate.startsAt))  \(UntrustedText.cleanLine(certificate.eventTitle))\(state)")
        }
    }
}

/// `staffroom events certificate CODE > file.txt`: one certificate as a plain-text document.
struct CertificateDocument: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "certificate",
        abstract: "Print one of your certificates of participation as a plain-text document.",
        discussion: "The document gives its verification code and the address where anyone can check it.")

    @OptionGroup var options: InterfaceOptions
    @Argument(help: "The certificate's code, as `staffroom events certificates` lists it (SR-XXXX-XXXX-XXXX).")
    var code: String

    func run() async throws {
        let context = try ClientContext(options: options)
        let store = try context.openStore()
        guard let account = try store.account() else { throw CommandFailure(Phrase.notLoggedIn.text(context.language)) }
        guard let normalized = CertificateCode.normalized(code), let certificate = try store.certificate(code: normalized) else {
            throw CommandFailure(context.language == .russian ? "у вас нет сертификата с кодом \(code)" : "you have no certificate with code \(code)")
        }
        print(CertificateText.document(certificate, language: context.language,
                                       checkURL: CertificateText.checkURL(server: account.serverURL, code: certificate.code)),
              terminator: "")
    }
}
