import Foundation

/// File names made safe from a name a member gave (untrusted): its last path component only, no
/// control or direction-changing characters, none of the characters file systems reserve, no
/// leading dot (no hidden files, no `..`), and at most 200 bytes with its extension kept.
public enum SafeFileName {
    /// The safe form of `name`; "file" when nothing usable is left.
    public static func make(from name: String) -> String {
        let lastComponent = name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let reserved = Set<Character>(":*?\"<>|")
        var cleaned = String(lastComponent.unicodeScalars.compactMap { scalar -> Character? in
            if scalar.properties.generalCategory == .control || scalar.properties.generalCategory == .format { return nil }
            return Character(scalar)
        }.map { reserved.contains($0) ? "_" : $0 })
        cleaned = cleaned.trimmingCharacters(in: .whitespaces)
        while cleaned.hasPrefix(".") { cleaned.removeFirst() }
        cleaned = cleaned.trimmingCharacters(in: .whitespaces)
        if cleaned.isEmpty { return "file" }
        return shortened(cleaned, toBytes: 200)
    }

    /// `name` with ` (n)` before its extension: the next try when a different file has the name.
    public static func numbered(_ name: String, _ number: Int) -> String {
        let (stem, fileExtension) = split(name)
        return stem + " (\(number))" + fileExtension
    }

    private static func split(_ name: String) -> (stem: String, fileExtension: String) {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex, name.distance(from: dot, to: name.endIndex) <= 12 else {
            return (name, "")
        }
        return (String(name[..<dot]), String(name[dot...]))
    }

    private static func shortened(_ name: String, toBytes limit: Int) -> String {
        guard name.utf8.count > limit else { return name }
        let (stem, fileExtension) = split(name)
        var shortStem = stem
        while shortStem.utf8.count + fileExtension.utf8.count > limit, !shortStem.isEmpty { shortStem.removeLast() }
        return shortStem + fileExtension
    }
}
