extension Array where Element: Equatable {
    /// The element `step` places after `current` (before it, when negative), going round the ends;
    /// counted from the first when `current` is not here. The array must not be empty.
    func cycled(from current: Element, by step: Int) -> Element {
        let index = firstIndex(of: current) ?? 0
        return self[((index + step) % count + count) % count]
    }
}
