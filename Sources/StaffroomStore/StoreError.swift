import GRDB

/// Why the local store could not do what was asked, in terms a user can act on.
public enum StoreError: Error, Equatable, Sendable {
    /// The disk (or quota) is full; nothing was half-written.
    case diskFull
    /// The database file cannot be opened or is not a Staffroom database.
    case cannotOpen(path: String, reason: String)
    /// Any other database failure.
    case failed(String)

    /// Runs `body`, turning database errors into `StoreError`s.
    static func mapping<T>(_ body: () throws -> T) throws(StoreError) -> T {
        do {
            return try body()
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError {
            switch error.resultCode {
            case .SQLITE_FULL: throw .diskFull
            default: throw .failed(error.message ?? "\(error.resultCode)")
            }
        } catch {
            throw .failed("\(error)")
        }
    }
}
