import Crypto
import Foundation
import HummingbirdBcrypt
import StaffroomProtocol

/// Passwords and sessions: bcrypt for passwords; random bearer tokens stored only as SHA-256 hashes.
public struct Accounts: Sendable {
    let database: ServerDatabase
    /// bcrypt cost for new passwords (each step doubles the work).
    let bcryptCost: UInt8

    public init(database: ServerDatabase, bcryptCost: UInt8 = 11) {
        self.database = database
        self.bcryptCost = bcryptCost
    }

    /// The bcrypt hash of `password` at this server's cost.
    public func hashPassword(_ password: String) -> String {
        Bcrypt.hash(password, cost: bcryptCost)
    }

    /// Creates a member with a password (the admin's `staffroomd user add`).
    @discardableResult
    public func addMember(username: String, displayName: String, role: Role, school: String, password: String) throws -> User {
        try database.addMember(username: username, displayName: displayName, role: role, school: school,
                               passwordHash: hashPassword(password))
    }

    /// Checks a username and password; on success opens a session and returns its token.
    /// A wrong password and an unknown username are indistinguishable to the caller.
    func login(username: String, password: String, now: Date) throws -> LoginResponse? {
        guard let member = try database.member(username: username) else {
            _ = Bcrypt.verify(password, hash: Self.decoyHash)
            return nil
        }
        guard Bcrypt.verify(password, hash: member.passwordHash) else { return nil }
        if let suspension = try database.suspension(userID: member.user.id, now: now) { throw APIError(.suspended, suspension) }
        let token = Self.newToken()
        try database.addSession(tokenHash: Self.hash(token: token), userID: member.user.id, at: now)
        return LoginResponse(token: token, user: member.user)
    }

    /// Why the member may not use the network now, if a moderator suspended them.
    func suspension(of userID: Int64) throws -> String? {
        try database.suspension(userID: userID, now: Date())
    }

    /// The member a bearer token belongs to, if the token is valid.
    func user(token: String) throws -> User? {
        try database.user(sessionTokenHash: Self.hash(token: token))
    }

    /// 32 random bytes from the system's secure generator, as URL-safe base64.
    static func newToken() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
        return Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    static func hash(token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }

    /// A hash to spend time on for unknown usernames, so timing does not reveal who is a member.
    private static let decoyHash = Bcrypt.hash("staffroom decoy password", cost: 11)
}
