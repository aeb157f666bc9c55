import Foundation
import StaffroomSync

/// What `staffroom sync` prints about a run in progress: a bar redrawn in place on a terminal, or
/// plain lines for logs. Both say pages, bytes, rate and what is left.
public struct SyncReport: Sendable {
    public let language: Language

    public init(language: Language) {
        self.language = language
    }

    /// One terminal line: `[######------] 45%  12 pages · 1.2 MB · 34 KB/s · 5,300 left`, cut to `width`.
    public func bar(_ progress: SyncProgress, elapsed: TimeInterval, width: Int) -> String {
        let facts = facts(progress, elapsed: elapsed).joined(separator: " · ")
        guard let percent = progress.percent else { return String(facts.prefix(width)) }
        let barWidth = max(10, min(30, width - facts.count - 9))
        let filled = barWidth * percent / 100
        let line = "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: barWidth - filled) + "] "
            + "\(percent)%".padding(toLength: 4, withPad: " ", startingAt: 0) + " " + facts
        return String(line.prefix(width))
    }

    /// One log line, such as `sync: 12 pages · 1.2 MB · 34 KB/s · 5,300 left`.
    public func line(_ progress: SyncProgress, elapsed: TimeInterval) -> String {
        let prefix = language == .russian ? "синхронизация" : "sync"
        let percent = progress.percent.map { " \($0)%" } ?? ""
        return "\(prefix)\(percent): " + facts(progress, elapsed: elapsed).joined(separator: " · ")
    }

    private func facts(_ progress: SyncProgress, elapsed: TimeInterval) -> [String] {
        var facts = [CountedNoun.page.counted(progress.pages, in: language), ByteCount(progress.bytes).text(language)]
        if elapsed >= 1 {
            facts.append(ByteCount(Int(Double(progress.bytes) / elapsed)).text(language) + (language == .russian ? "/с" : "/s"))
        }
        if let left = progress.left, progress.more {
            let count = ByteCount.grouped(left, in: language)
            facts.append(language == .russian ? "осталось \(count)" : "\(count) left")
        }
        return facts
    }
}

/// A number of bytes for people: 850 B, 12.3 KB, 1.2 MB (powers of 1024).
struct ByteCount {
    let bytes: Int

    init(_ bytes: Int) {
        self.bytes = bytes
    }

    func text(_ language: Language) -> String {
        let ru = language == .russian
        let units = ru ? ["Б", "КБ", "МБ", "ГБ"] : ["B", "KB", "MB", "GB"]
        var value = Double(bytes)
        var unit = 0
        while value >= 1024 && unit < units.count - 1 {
            value /= 1024
            unit += 1
        }
        guard unit > 0 else { return "\(bytes) \(units[0])" }
        let digits = value < 10 ? String(format: "%.1f", value) : String(format: "%.0f", value)
        return (ru ? digits.replacingOccurrences(of: ".", with: ",") : digits) + " " + units[unit]
    }

    /// A whole number with thousands grouped: 5,300 in English, 5 300 in Russian.
    static func grouped(_ number: Int, in language: Language) -> String {
        let digits = Array(String(number))
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result += language == .russian ? "\u{00A0}" : "," }
            result.append(digit)
        }
        return result
    }
}
