import Foundation
import StaffroomProtocol
import StaffroomStore

/// The event form saved as a draft while it is filled in, so a dropped session loses nothing:
/// every field as typed, encoded in the draft's body.
struct EventFormSnapshot: Codable, Equatable {
    var purpose: EventFormState.Purpose
    var proposing: Bool
    var texts: [String: String]
    var kind: EventKind
    var frequency: Recurrence.Frequency?
    var topicID: Int64?
    var topicTitle: String?
    var resourceIDs: [Int64]?
    var resourceTitles: [String]?
}

extension EventFormState {
    /// The draft to save for what is on screen now; nil for a moved occurrence (three fields, not kept).
    public func draft(at date: Date) -> Draft? {
        guard let target = draftTarget else { return nil }
        let snapshot = EventFormSnapshot(purpose: purpose, proposing: proposing,
                                         texts: Dictionary(uniqueKeysWithValues: texts.map { ($0.key.rawValue, $0.value.text) }),
                                         kind: kind, frequency: frequency, topicID: topicID, topicTitle: topicTitle,
                                         resourceIDs: resourceIDs, resourceTitles: resourceTitles)
        guard let data = try? JSONEncoder().encode(snapshot) else { return nil }
        let context = if case .edit(_, let title) = purpose { title } else { topicTitle ?? "" }
        return Draft(kind: .event, targetID: target, context: context, title: text(.title), body: String(decoding: data, as: UTF8.self),
                     updatedAt: date)
    }

    /// The form a saved draft holds; nil when the draft is not an event form's or cannot be read.
    public init?(restoring draft: Draft) {
        guard draft.kind == .event,
              let snapshot = try? JSONDecoder().decode(EventFormSnapshot.self, from: Data(draft.body.utf8)) else { return nil }
        purpose = snapshot.purpose
        proposing = snapshot.proposing
        kind = snapshot.kind
        frequency = snapshot.frequency
        topicID = snapshot.topicID
        topicTitle = snapshot.topicTitle
        resourceIDs = snapshot.resourceIDs ?? []
        resourceTitles = snapshot.resourceTitles ?? []
        focus = .title
        texts = [:]
        for field in EventFormField.allCases where !field.isChoice && !field.isPicked {
            texts[field] = TextEditor(text: snapshot.texts[field.rawValue] ?? "")
        }
    }
}
