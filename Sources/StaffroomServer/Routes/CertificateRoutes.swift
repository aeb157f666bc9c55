import Foundation
import GRDB
import Hummingbird
import StaffroomProtocol

/// `GET /v1/certificates/{code}`: a certificate of participation, for anyone who holds its code
/// (an employer, an inspector), signed in or not. A revoked one is answered with `revoked` true;
/// an unknown code with 404.
struct CertificateRoutes {
    let database: ServerDatabase

    func register(on router: Router<ServerRequestContext>) {
        router.get("/v1/certificates/:code") { request, context in
            guard let typed = context.parameters.get("code"), let code = CertificateCode.normalized(typed),
                  let certificate = try database.certificate(code: code) else {
                throw APIError(.notFound, "No certificate has this code.")
            }
            return try JSONResponse.make(certificate, for: request)
        }
    }
}

extension ServerDatabase {
    /// The certificate with this code, if one was issued.
    func certificate(code: String) throws -> Certificate? {
        try writer.read { db in
            try EntityRow<Certificate>.fetchOne(db, sql: "SELECT * FROM certificate WHERE code = ?", arguments: [code])?.entity
        }
    }
}
