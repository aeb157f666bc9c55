import StaffroomStore

/// Work with side effects that `update` asks the runtime to do; results come back as actions.
public enum Effect: Equatable, Sendable {
    case loadForums
    case loadTopics(forumID: Int64, page: PageRequest<TopicKey>, limit: Int, TopicLoad)
    case loadPosts(topicID: Int64, page: PageRequest<Int64>, limit: Int, PostLoad)
    case markRead(topicID: Int64, upTo: Int64)
    case sync
    /// Repaint the whole terminal (Ctrl-L).
    case repaint
    case quit
}
