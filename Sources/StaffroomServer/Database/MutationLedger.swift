import Foundation
import GRDB
import StaffroomProtocol

/// Applies a device's mutations exactly once, in order. Each mutation is applied, and its outcome
/// recorded against (device, member, sequence), in one transaction; a repeated sequence number with
/// the same client id gets the recorded outcome back without being applied again.
extension ServerDatabase {
    /// Processes `mutations` from `device` for `user`, stopping at the first one out of order.
    func apply(_ mutations: [Mutation], device: String, user: User, now: Date) throws -> [MutationResult] {
        var results: [MutationResult] = []
        for mutation in mutations {
            let result = try writer.write { db in
                try Self.apply(mutation, device: device, user: user, now: now, in: db)
            }
            results.append(result)
            if result.outcome == .outOfOrder { break }
        }
        return results
    }

    private static func apply(_ mutation: Mutation, device: String, user: User, now: Date,
                              in db: Database) throws -> MutationResult {
        let last = try Int64.fetchOne(db, sql: "SELECT lastSequence FROM device WHERE id = ? AND userID = ?",
                                      arguments: [device, user.id]) ?? 0
        if mutation.sequence <= last {
            return try recordedResult(of: mutation, device: device, user: user, expected: last + 1, in: db)
        }
        guard mutation.sequence == last + 1 else {
            return MutationResult(sequence: mutation.sequence, clientID: mutation.clientID, outcome: .outOfOrder,
                                  code: .sequenceGap, message: "Expected write number \(last + 1) from this device.",
                                  expectedSequence: last + 1)
        }
        let outcome: MutationResult
        do {
            let entityID = try MutationActions(db: db, user: user, now: now).apply(mutation.action)
            outcome = MutationResult(sequence: mutation.sequence, clientID: mutation.clientID, outcome: .applied,
                                     entityID: entityID)
        } catch let refusal as MutationRefusal {
            outcome = MutationResult(sequence: mutation.sequence, clientID: mutation.clientID, outcome: .rejected,
                                     code: refusal.code, message: refusal.message)
            // The client shows its own profile as written at once: a refused one comes back as it stands.
            if case .updateProfile = mutation.action { try ChangeLog.record(.user, id: user.id, in: db) }
        }
        try db.execute(sql: """
            INSERT INTO device (id, userID, lastSequence) VALUES (?, ?, ?)
            ON CONFLICT (id, userID) DO UPDATE SET lastSequence = excluded.lastSequence
            """, arguments: [device, user.id, mutation.sequence])
        try db.execute(sql: """
            INSERT INTO appliedMutation (deviceID, userID, sequence, clientID, outcome, code, message, entityID, appliedAt)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [device, user.id, mutation.sequence, mutation.clientID, outcome.outcome.rawValue,
                             outcome.code?.rawValue, outcome.message, outcome.entityID, now])
        return outcome
    }

    /// The outcome recorded for an already-seen sequence number, or `sequenceReused` when that number
    /// was used by another write.
    private static func recordedResult(of mutation: Mutation, device: String, user: User, expected: Int64,
                                       in db: Database) throws -> MutationResult {
        let row = try Row.fetchOne(db, sql: """
            SELECT clientID, outcome, code, message, entityID FROM appliedMutation
            WHERE deviceID = ? AND userID = ? AND sequence = ?
            """, arguments: [device, user.id, mutation.sequence])
        guard let row, row["clientID"] == mutation.clientID else {
            return MutationResult(sequence: mutation.sequence, clientID: mutation.clientID, outcome: .outOfOrder,
                                  code: .sequenceReused,
                                  message: "Write number \(mutation.sequence) was used before; expected \(expected).",
                                  expectedSequence: expected)
        }
        let recorded = MutationResult.Outcome(rawValue: row["outcome"]) ?? .applied
        return MutationResult(sequence: mutation.sequence, clientID: mutation.clientID,
                              outcome: recorded == .applied ? .duplicate : recorded,
                              code: (row["code"] as String?).flatMap(RejectionCode.init(rawValue:)),
                              message: row["message"], entityID: row["entityID"])
    }
}
