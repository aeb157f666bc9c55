import Foundation
import StaffroomProtocol

/// The network's pulse as CSV (RFC 4180) for a spreadsheet: one figure per row, in long form —
/// `figure,kind,name,period,value` — so every table of the pulse pivots from the same columns.
/// Periods are weeks (their Monday), months (`YYYY-MM`) or spans (`from/to`), dates in UTC.
public enum NetworkPulseCSV {
    public static func text(_ pulse: NetworkPulse) -> String {
        let day = dayFormatter()
        let now = day.string(from: pulse.generatedAt)
        let activeSpan = day.string(from: pulse.generatedAt.addingTimeInterval(-Double(NetworkPulse.activeDays) * 86_400)) + "/" + now
        let weeksSpan = (pulse.weeks.first.map(day.string) ?? now) + "/" + now
        let weeks = pulse.weeks.map(day.string)
        var rows: [[String]] = [["figure", "kind", "name", "period", "value"],
                                ["members", "network", "", now, "\(pulse.members)"],
                                ["active_members", "network", "", activeSpan, "\(pulse.activeMembers)"]]
        for school in pulse.schools {
            rows.append(["members", "school", school.school, now, "\(school.members)"])
            rows.append(["active_members", "school", school.school, activeSpan, "\(school.active)"])
        }
        for forum in pulse.forums {
            for (index, week) in weeks.enumerated() {
                rows.append(["topics", forum.forumID == nil ? "mentoring" : "forum", forum.title, week, "\(forum.topicsPerWeek[index])"])
                rows.append(["posts", forum.forumID == nil ? "mentoring" : "forum", forum.title, week, "\(forum.postsPerWeek[index])"])
            }
        }
        let questions = pulse.questions
        rows += [["questions_asked", "network", "", weeksSpan, "\(questions.asked)"],
                 ["questions_answered", "network", "", weeksSpan, "\(questions.answered)"],
                 ["questions_accepted", "network", "", weeksSpan, "\(questions.accepted)"],
                 ["median_seconds_to_answer", "network", "", weeksSpan, questions.medianSecondsToAnswer.map(String.init) ?? ""]]
        for month in pulse.events {
            rows += [["events_planned", "network", "", month.month, "\(month.planned)"],
                     ["events_begun", "network", "", month.month, "\(month.due)"],
                     ["events_held", "network", "", month.month, "\(month.held)"]]
        }
        for (index, week) in weeks.enumerated() {
            rows.append(["downloads", "network", "", week, "\(pulse.downloadsPerWeek[index])"])
        }
        for resource in pulse.topResources {
            rows.append(["downloads", "resource", resource.title, weeksSpan, "\(resource.downloads)"])
        }
        return rows.map { $0.map(field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    /// A field as CSV writes it: quoted when it holds a comma, a quote or a line break; a text a
    /// spreadsheet would take for a formula starts with an apostrophe.
    private static func field(_ value: String) -> String {
        var text = value
        if let first = text.first, "=+-@\t\r".contains(first), Int(text) == nil { text = "'" + text }
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private static func dayFormatter() -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter
    }
}
