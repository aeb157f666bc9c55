import StaffroomProtocol

/// Picking the library resources an event links: the library's newest resources, those chosen
/// marked; `Enter` hands the choice back to the event form below.
public struct ResourcePickerState: Equatable, Sendable {
    /// The library's resources, once read; nil while reading.
    public var resources: [Resource]?
    /// The ids chosen, in the order they were chosen.
    public var chosen: [Int64]
    public var cursor = ListCursor()

    /// Resources read for the picker at once.
    static let pageSize = 500

    public init(chosen: [Int64]) { self.chosen = chosen }
}
