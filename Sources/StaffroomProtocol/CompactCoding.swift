import Foundation

// Posts and topics are nearly every change a page carries, and a new reply often travels alone,
// where gzip has no earlier key to point back to. On the wire their fields therefore have one-letter
// names (protocol §5.3); in Swift and in both databases they keep their full names.

/// A post as it travels in `Change.post` and `TopicPostsPage`.
struct CompactPost: Codable {
    var post: Post

    private enum CodingKeys: String, CodingKey {
        case id = "i", topicID = "t", authorID = "a", body = "b", createdAt = "c", editedAt = "e", deletedAt = "d",
             number = "n", moderation = "m"
    }

    init(_ post: Post) { self.post = post }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        post = Post(id: try container.decode(Int64.self, forKey: .id),
                    topicID: try container.decode(Int64.self, forKey: .topicID),
                    authorID: try container.decode(Int64.self, forKey: .authorID),
                    body: try container.decode(String.self, forKey: .body),
                    createdAt: try container.decode(Date.self, forKey: .createdAt),
                    editedAt: try container.decodeIfPresent(Date.self, forKey: .editedAt),
                    deletedAt: try container.decodeIfPresent(Date.self, forKey: .deletedAt),
                    number: try container.decode(Int.self, forKey: .number),
                    moderation: try container.decodeIfPresent(PostModeration.self, forKey: .moderation))
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(post.id, forKey: .id)
        try container.encode(post.topicID, forKey: .topicID)
        try container.encode(post.authorID, forKey: .authorID)
        try container.encode(post.body, forKey: .body)
        try container.encode(post.createdAt, forKey: .createdAt)
        try container.encodeIfPresent(post.editedAt, forKey: .editedAt)
        try container.encodeIfPresent(post.deletedAt, forKey: .deletedAt)
        try container.encode(post.number, forKey: .number)
        try container.encodeIfPresent(post.moderation, forKey: .moderation)
    }
}

/// A topic as it travels in `Change.topic` and `TopicPostsPage`. `pinned` and `locked` are left
/// out when false.
struct CompactTopic: Codable {
    var topic: Topic

    private enum CodingKeys: String, CodingKey {
        case id = "i", forumID = "f", title = "t", authorID = "a", createdAt = "c", lastPostAt = "l", postCount = "n",
             lastPostID = "p", pinned = "s", locked = "k", acceptedPostID = "x"
    }

    init(_ topic: Topic) { self.topic = topic }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        topic = Topic(id: try container.decode(Int64.self, forKey: .id),
                      forumID: try container.decode(Int64.self, forKey: .forumID),
                      title: try container.decode(String.self, forKey: .title),
                      authorID: try container.decode(Int64.self, forKey: .authorID),
                      createdAt: try container.decode(Date.self, forKey: .createdAt),
                      lastPostAt: try container.decode(Date.self, forKey: .lastPostAt),
                      postCount: try container.decode(Int.self, forKey: .postCount),
                      lastPostID: try container.decode(Int64.self, forKey: .lastPostID),
                      pinned: try container.decodeIfPresent(Bool.self, forKey: .pinned) ?? false,
                      locked: try container.decodeIfPresent(Bool.self, forKey: .locked) ?? false,
                      acceptedPostID: try container.decodeIfPresent(Int64.self, forKey: .acceptedPostID))
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(topic.id, forKey: .id)
        try container.encode(topic.forumID, forKey: .forumID)
        try container.encode(topic.title, forKey: .title)
        try container.encode(topic.authorID, forKey: .authorID)
        try container.encode(topic.createdAt, forKey: .createdAt)
        try container.encode(topic.lastPostAt, forKey: .lastPostAt)
        try container.encode(topic.postCount, forKey: .postCount)
        try container.encode(topic.lastPostID, forKey: .lastPostID)
        if topic.pinned { try container.encode(true, forKey: .pinned) }
        if topic.locked { try container.encode(true, forKey: .locked) }
        try container.encodeIfPresent(topic.acceptedPostID, forKey: .acceptedPostID)
    }
}
