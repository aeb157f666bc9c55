import GRDB
import StaffroomProtocol

// The wire entities are stored as they arrive: one table each, columns named like their fields.

extension Community: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "community"
}

extension User: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "user"
}

extension StaffroomProtocol.Category: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "category"
}

extension Forum: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "forum"
}

extension Topic: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "topic"
}

extension Post: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "post"
}

extension Event: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "event"
}

extension Rsvp: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "rsvp"
}

extension Resource: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "resource"
}

extension Booking: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "booking"
}

extension Certificate: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "certificate"
}

extension UsefulMark: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "usefulMark"
}

extension StaffNote: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "staffNote"
}

extension NotificationSetting: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "notificationSetting"
}

extension Mentorship: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "mentorship"
}
