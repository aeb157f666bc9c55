import ArgumentParser
import StaffroomServer

/// `staffroomd forum`: who may see a forum.
struct ForumCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forum", abstract: "Make forums members-only, manage their members, hold new members' posts.",
        subcommands: [MembersOnly.self, OpenToAll.self, AddForumMember.self, RemoveForumMember.self, HoldFirstPosts.self,
                      ReleaseFirstPosts.self])
}

/// Options naming one forum.
struct ForumOptions: ParsableArguments {
    @OptionGroup var database: DatabaseOptions
    @Option(help: "The forum's id.") var forum: Int64

    /// Runs `change` on the opened database, turning a refusal into a clear message.
    func change(_ change: (ServerDatabase) throws -> Void) throws {
        let store = try database.open()
        do {
            try change(store)
        } catch let error as ServerDatabaseError {
            throw ValidationError(error.description)
        }
    }
}

/// `staffroomd forum members-only`: only members, moderators and admins see the forum from now on;
/// everyone else's client removes it at the next sync.
struct MembersOnly: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "members-only", abstract: "Show a forum to its members only.")
    @OptionGroup var options: ForumOptions

    func run() async throws {
        try options.change { try $0.setForumMembersOnly(forumID: options.forum, true) }
        print("Forum \(options.forum) is now members-only.")
    }
}

/// `staffroomd forum open`: everyone sees the forum again.
struct OpenToAll: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "open", abstract: "Show a forum to every member.")
    @OptionGroup var options: ForumOptions

    func run() async throws {
        try options.change { try $0.setForumMembersOnly(forumID: options.forum, false) }
        print("Forum \(options.forum) is open to every member.")
    }
}

/// `staffroomd forum add-member`.
struct AddForumMember: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add-member", abstract: "Let a member see a members-only forum.")
    @OptionGroup var options: ForumOptions
    @Option(help: "The member's login name.") var username: String

    func run() async throws {
        try options.change { try $0.addForumMember(forumID: options.forum, username: username) }
        print("\(username) is a member of forum \(options.forum).")
    }
}

/// `staffroomd forum remove-member`: their client removes the forum at the next sync.
struct RemoveForumMember: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "remove-member", abstract: "Take a member out of a forum.")
    @OptionGroup var options: ForumOptions
    @Option(help: "The member's login name.") var username: String

    func run() async throws {
        try options.change { try $0.removeForumMember(forumID: options.forum, username: username) }
        print("\(username) is no longer a member of forum \(options.forum).")
    }
}

/// `staffroomd forum hold-first-posts`: a new member's posts in the forum wait for a moderator's
/// approval until one of theirs is approved.
struct HoldFirstPosts: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "hold-first-posts",
                                                    abstract: "Hold new members' posts in a forum for a moderator's approval.")
    @OptionGroup var options: ForumOptions

    func run() async throws {
        try options.change { try $0.setForumHoldsFirstPosts(forumID: options.forum, true) }
        print("New members' posts in forum \(options.forum) now wait for a moderator's approval.")
    }
}

/// `staffroomd forum release-first-posts`: new members' posts appear at once again.
struct ReleaseFirstPosts: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "release-first-posts",
                                                    abstract: "Stop holding new members' posts in a forum.")
    @OptionGroup var options: ForumOptions

    func run() async throws {
        try options.change { try $0.setForumHoldsFirstPosts(forumID: options.forum, false) }
        print("New members' posts in forum \(options.forum) appear at once (posts held already still wait).")
    }
}
