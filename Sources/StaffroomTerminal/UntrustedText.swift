/// Makes text from the network safe to draw: terminal escape sequences are removed, other control
/// characters become visible placeholders, bidirectional overrides are dropped, tabs become spaces
/// and line ends are normalised to `\n`. Invalid UTF-8 is replaced with U+FFFD when decoding bytes.
public enum UntrustedText {
    /// Decodes bytes as UTF-8, replacing invalid sequences, and cleans the result.
    public static func clean(bytes: some Collection<UInt8>) -> String {
        clean(String(decoding: bytes, as: UTF8.self))
    }

    /// Cleans a string for drawing; a string with nothing to clean is returned unchanged.
    public static func clean(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsCleaning) else { return text }
        var output = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        while let scalar = pending ?? scalars.next() {
            pending = nil
            switch scalar.value {
            case 0x1B:
                pending = skipEscapeSequence(&scalars)
            case 0x9B:
                pending = skipControlSequence(&scalars)
            case 0x90, 0x98, 0x9D, 0x9E, 0x9F:
                skipString(&scalars)
            case 0x0D:
                let next = scalars.next()
                output.append("\n")
                if next != "\n" { pending = next }
            case 0x09:
                output.append(contentsOf: "    ".unicodeScalars)
            case 0x0A:
                output.append(scalar)
            case 0x00..<0x20:
                output.append(Unicode.Scalar(0x2400 + scalar.value)!)
            case 0x7F:
                output.append("\u{2421}")
            case 0x80..<0xA0:
                output.append("\u{FFFD}")
            case 0x202A...0x202E, 0x2066...0x2069:
                continue
            default:
                output.append(scalar)
            }
        }
        return String(output)
    }

    private static func needsCleaning(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A: return false
        case 0x00..<0x20, 0x7F..<0xA0, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// After ESC: skips a CSI, OSC/DCS/APC/PM/SOS string, or a two-character sequence.
    /// Returns a scalar that was read but is not part of the sequence.
    private static func skipEscapeSequence(_ scalars: inout String.UnicodeScalarView.Iterator) -> Unicode.Scalar? {
        guard let introducer = scalars.next() else { return nil }
        switch introducer {
        case "[":
            return skipControlSequence(&scalars)
        case "]", "P", "X", "^", "_":
            skipString(&scalars)
            return nil
        case "(", ")", "*", "+", "#", "%":
            _ = scalars.next()
            return nil
        default:
            return introducer.value < 0x20 ? introducer : nil
        }
    }

    /// Skips CSI parameters and intermediates up to the final byte (0x40–0x7E).
    private static func skipControlSequence(_ scalars: inout String.UnicodeScalarView.Iterator) -> Unicode.Scalar? {
        while let scalar = scalars.next() {
            if (0x40...0x7E).contains(scalar.value) { return nil }
            if !(0x20...0x3F).contains(scalar.value) { return scalar }
        }
        return nil
    }

    /// Skips a control string up to BEL, ST (ESC \) or C1 ST.
    private static func skipString(_ scalars: inout String.UnicodeScalarView.Iterator) {
        while let scalar = scalars.next() {
            switch scalar.value {
            case 0x07, 0x9C: return
            case 0x1B:
                if scalars.next() == "\\" { return }
            default: continue
            }
        }
    }
}

extension UntrustedText {
    /// Cleans text meant for a single line (titles, names): line breaks become spaces.
    public static func cleanLine(_ text: String) -> String {
        let cleaned = clean(text)
        guard cleaned.contains("\n") else { return cleaned }
        return cleaned.split(separator: "\n", omittingEmptySubsequences: true).joined(separator: " ")
    }
}
