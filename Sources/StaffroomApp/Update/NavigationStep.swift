/// What a key did to the screen stack, and the effects it asks for.
struct NavigationStep {
    enum Transition {
        case stay
        case push(Screen)
        case pop
    }

    var effects: [Effect] = []
    var transition: Transition = .stay

    static let none = NavigationStep()
}
