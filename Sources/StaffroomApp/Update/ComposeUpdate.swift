import Foundation
import StaffroomStore
import StaffroomTerminal

/// Keys on the compose screen: typing goes to the editor; control keys send, preview, open
/// `$EDITOR`, undo, and leave (the draft stays saved). Every change saves the draft.
enum ComposeUpdate {
    static func key(_ key: Key, compose: inout ComposeState, state: AppState) -> NavigationStep {
        compose.problem = nil
        if compose.previewing { return previewKey(key, compose: &compose, state: state) }
        let width = ComposeLayout.textWidth(state.size)
        let height = ComposeLayout.bodyHeight(state, hasTitle: compose.hasTitle)
        switch key {
        case .control("s"):
            return send(&compose, state: state)
        case .control("p"):
            compose.previewing = true
            compose.previewTop = 0
            return .none
        case .control("e"):
            return NavigationStep(effects: [.editExternally(compose.body.text)])
        case .escape:
            return NavigationStep(effects: [.saveDraft(compose.draft(at: state.now))], transition: .pop,
                                  notice: compose.body.isBlank && compose.title.isBlank ? nil : .draftSaved)
        case .tab, .backTab:
            if compose.hasTitle { compose.focus = compose.focus == .title ? .body : .title }
            return .none
        case .enter where compose.focus == .title:
            compose.focus = .body
            return .none
        default:
            break
        }
        guard let edit = EditorKeys.edit(for: key) else { return .none }
        switch edit {
        case .insert(let text): insert(text, into: &compose, width: width, height: height)
        case .command(let command): perform(command, on: &compose, width: width, height: height)
        }
        return saveDraft(compose, state: state, changed: edit.changesText)
    }

    /// Text typed or pasted in one burst.
    static func typed(_ text: String, compose: inout ComposeState, state: AppState) -> NavigationStep {
        guard !compose.previewing else { return .none }
        compose.problem = nil
        insert(text, into: &compose, width: ComposeLayout.textWidth(state.size),
               height: ComposeLayout.bodyHeight(state, hasTitle: compose.hasTitle))
        return saveDraft(compose, state: state, changed: true)
    }

    /// The body after `$EDITOR` wrote it back; the change can be undone like any edit.
    static func externalEditFinished(_ text: String, compose: inout ComposeState, state: AppState) -> [Effect] {
        let width = ComposeLayout.textWidth(state.size)
        let height = ComposeLayout.bodyHeight(state, hasTitle: compose.hasTitle)
        compose.body.perform(.top, width: width, height: height)
        compose.body.replaceAll(with: text, width: width, height: height)
        compose.focus = .body
        return [.saveDraft(compose.draft(at: state.now))]
    }

    private static func insert(_ text: String, into compose: inout ComposeState, width: Int, height: Int) {
        if compose.focus == .title {
            let line = text.replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ")
            compose.title.insert(line, width: width, height: 1)
        } else {
            compose.body.insert(text, width: width, height: height)
        }
    }

    private static func perform(_ command: EditorCommand, on compose: inout ComposeState, width: Int, height: Int) {
        if compose.focus == .title {
            guard command != .newline else { return }
            compose.title.perform(command, width: width, height: 1)
        } else {
            compose.body.perform(command, width: width, height: height)
        }
    }

    private static func saveDraft(_ compose: ComposeState, state: AppState, changed: Bool) -> NavigationStep {
        changed ? NavigationStep(effects: [.saveDraft(compose.draft(at: state.now))]) : .none
    }

    private static func send(_ compose: inout ComposeState, state: AppState) -> NavigationStep {
        switch compose.mutation() {
        case .failure(let problem):
            compose.problem = .composeProblem(problem)
            return .none
        case .success(let action):
            let key = compose.draftKey
            let replaced: [Effect] = compose.replacesNotSent.map { [.discardNotSent(id: $0)] } ?? []
            return NavigationStep(effects: [.send(action, draftKind: key.kind, draftTarget: key.targetID)] + replaced + [.sync],
                                  transition: .pop, notice: .queued)
        }
    }

    private static func previewKey(_ key: Key, compose: inout ComposeState, state: AppState) -> NavigationStep {
        switch key {
        case .control("p"), .escape: compose.previewing = false
        case .down, .character("j"): compose.previewTop += 1
        case .up, .character("k"): compose.previewTop = max(0, compose.previewTop - 1)
        case .pageDown, .character(" "): compose.previewTop += max(1, state.contentRows - 3)
        case .pageUp: compose.previewTop = max(0, compose.previewTop - max(1, state.contentRows - 3))
        case .control("s"): return send(&compose, state: state)
        default: break
        }
        return .none
    }
}
