/// What a key did to the screen stack, and the effects it asks for.
struct NavigationStep {
    enum Transition {
        case stay
        case push(Screen)
        case pop
        case replaceTop(Screen)
    }

    var effects: [Effect] = []
    var transition: Transition = .stay
    /// A message for the status line, shown after the step.
    var notice: Phrase?

    static let none = NavigationStep()
}
