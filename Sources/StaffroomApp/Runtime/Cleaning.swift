import StaffroomProtocol
import StaffroomStore
import StaffroomSync
import StaffroomTerminal

// Everything that came from the server is cleaned once, when it is read from the store into the
// interface's state, so views never see escape sequences or control characters.

extension ForumSummary {
    func cleaned() -> ForumSummary {
        var copy = self
        copy.forum = forum.cleaned()
        copy.categoryTitle = UntrustedText.cleanLine(categoryTitle)
        return copy
    }
}

extension Forum {
    func cleaned() -> Forum {
        var copy = self
        copy.title = UntrustedText.cleanLine(title)
        copy.description = UntrustedText.cleanLine(description)
        return copy
    }
}

extension TopicSummary {
    func cleaned() -> TopicSummary {
        var copy = self
        copy.topic.title = UntrustedText.cleanLine(topic.title)
        copy.authorName = UntrustedText.cleanLine(authorName)
        return copy
    }
}

extension ThreadPost {
    func cleaned() -> ThreadPost {
        var copy = self
        copy.post.body = UntrustedText.clean(post.body)
        copy.post.moderation?.reason = UntrustedText.cleanLine(post.moderation?.reason ?? "")
        copy.authorName = UntrustedText.cleanLine(authorName)
        return copy
    }
}

extension Page {
    func map<Other>(_ transform: (Item) -> Other) -> Page<Other> {
        Page<Other>(items: items.map(transform), hasMoreBefore: hasMoreBefore, hasMoreAfter: hasMoreAfter)
    }
}

extension SearchHit {
    func cleaned() -> SearchHit {
        SearchHit(post: ThreadPost(post: post, authorName: authorName).cleaned().post, authorName: UntrustedText.cleanLine(authorName),
                  topic: TopicSummary(topic: topic, authorName: "").cleaned().topic, forum: forum.cleaned())
    }
}

extension FollowedItem {
    func cleaned() -> FollowedItem {
        var copy = self
        copy.title = UntrustedText.cleanLine(title)
        copy.forumTitle = forumTitle.map { UntrustedText.cleanLine($0) }
        return copy
    }
}

extension Draft {
    func cleaned() -> Draft {
        var copy = self
        copy.context = UntrustedText.cleanLine(context)
        return copy
    }
}

extension OutboxEntry {
    func cleaned() -> OutboxEntry {
        var copy = self
        copy.context = UntrustedText.cleanLine(context)
        copy.item.message = item.message.map { UntrustedText.cleanLine($0) }
        return copy
    }
}

extension SyncError {
    /// The error with any text the server sent cleaned for display.
    public func cleaned() -> SyncError {
        switch self {
        case .unreachable(.unknownHost(let host)): .unreachable(.unknownHost(UntrustedText.cleanLine(host)))
        case .unreachable(.other(let detail)): .unreachable(.other(UntrustedText.cleanLine(detail)))
        case .server(let status, let message): .server(status: status, message: UntrustedText.cleanLine(message))
        case .suspended(let message): .suspended(UntrustedText.cleanLine(message))
        case .malformed(let detail): .malformed(UntrustedText.cleanLine(detail))
        default: self
        }
    }
}

extension Participant {
    func cleaned() -> Participant {
        var copy = self
        copy.displayName = UntrustedText.cleanLine(displayName)
        copy.school = UntrustedText.cleanLine(school)
        return copy
    }
}

extension EventSummary {
    func cleaned() -> EventSummary {
        var copy = self
        copy.event.title = UntrustedText.cleanLine(event.title)
        copy.event.description = UntrustedText.clean(event.description)
        copy.event.place = UntrustedText.cleanLine(event.place)
        copy.event.link = UntrustedText.cleanLine(event.link)
        copy.event.timeZone = UntrustedText.cleanLine(event.timeZone)
        copy.event.subjects = event.subjects.map { UntrustedText.cleanLine($0) }
        copy.organizerName = UntrustedText.cleanLine(organizerName)
        copy.certificate = certificate?.cleaned()
        copy.resources = resources.map { $0.cleaned() }
        copy.bookings = bookings.map { booking in
            var clean = booking
            clean.bookerName = UntrustedText.cleanLine(booking.bookerName)
            clean.question = UntrustedText.cleanLine(booking.question)
            return clean
        }
        return copy
    }
}

extension Certificate {
    func cleaned() -> Certificate {
        var copy = self
        copy.code = UntrustedText.cleanLine(code)
        copy.holderName = UntrustedText.cleanLine(holderName)
        copy.holderSchool = UntrustedText.cleanLine(holderSchool)
        copy.eventTitle = UntrustedText.cleanLine(eventTitle)
        copy.organizerName = UntrustedText.cleanLine(organizerName)
        copy.timeZone = UntrustedText.cleanLine(timeZone)
        copy.networkName = UntrustedText.cleanLine(networkName)
        return copy
    }
}

extension Resource {
    func cleaned() -> Resource {
        var copy = self
        copy.title = UntrustedText.cleanLine(title)
        copy.description = UntrustedText.clean(description)
        copy.link = UntrustedText.cleanLine(link)
        copy.licence = UntrustedText.cleanLine(licence)
        copy.language = UntrustedText.cleanLine(language)
        copy.subjects = subjects.map { UntrustedText.cleanLine($0) }
        copy.files = files.map { file in
            var clean = file
            clean.name = UntrustedText.cleanLine(file.name)
            clean.mediaType = UntrustedText.cleanLine(file.mediaType)
            return clean
        }
        return copy
    }
}

extension ResourceSummary {
    func cleaned() -> ResourceSummary {
        var copy = self
        copy.resource = resource.cleaned()
        copy.authorName = UntrustedText.cleanLine(authorName)
        return copy
    }
}

extension FacetValue {
    /// The label cleaned for the screen; the value stays as stored, to filter by.
    func cleaned() -> FacetValue {
        var copy = self
        copy.label = UntrustedText.cleanLine(label)
        return copy
    }
}

extension Download {
    func cleaned() -> Download {
        var copy = self
        copy.name = UntrustedText.cleanLine(name)
        copy.path = path.map { UntrustedText.cleanLine($0) }
        return copy
    }
}

extension ReviewItem {
    func cleaned() -> ReviewItem {
        var copy = self
        copy.text = UntrustedText.clean(text)
        copy.appeal = appeal.map { UntrustedText.cleanLine($0) }
        copy.flags = flags.map { flag in
            var clean = flag
            clean.note = UntrustedText.cleanLine(flag.note)
            return clean
        }
        return copy
    }
}

extension ReviewContext {
    func cleaned() -> ReviewContext {
        ReviewContext(topicTitle: topicTitle.map { UntrustedText.cleanLine($0) }, around: around.map { $0.cleaned() },
                      recent: recent.map { $0.cleaned() },
                      history: history.map { entry in
                          var clean = entry
                          clean.note = UntrustedText.cleanLine(entry.note)
                          clean.details = entry.details?.cleaned()
                          return clean
                      },
                      notes: notes.map { note in
                          var clean = note
                          clean.text = UntrustedText.cleanLine(note.text)
                          return clean
                      },
                      names: names.mapValues { UntrustedText.cleanLine($0) })
    }
}

extension ModerationDetails {
    func cleaned() -> ModerationDetails {
        ModerationDetails(body: body.map { UntrustedText.clean($0) }, forumID: forumID, message: message.map { UntrustedText.cleanLine($0) },
                          days: days)
    }
}

extension MemberNotice {
    func cleaned() -> MemberNotice {
        var copy = self
        copy.text = UntrustedText.cleanLine(text)
        return copy
    }
}

extension FeedEntry {
    func cleaned() -> FeedEntry {
        var copy = self
        copy.actorName = actorName.map { UntrustedText.cleanLine($0) }
        copy.title = UntrustedText.cleanLine(title)
        copy.text = UntrustedText.cleanLine(text)
        return copy
    }
}

extension User {
    func cleaned() -> User {
        var copy = self
        copy.username = UntrustedText.cleanLine(username)
        copy.displayName = UntrustedText.cleanLine(displayName)
        copy.school = UntrustedText.cleanLine(school)
        copy.subjects = subjects.map { UntrustedText.cleanLine($0) }
        copy.bio = UntrustedText.clean(bio)
        return copy
    }
}

extension MemberProfile {
    func cleaned() -> MemberProfile {
        var copy = self
        copy.user = user.cleaned()
        copy.recentPosts = recentPosts.map { post in
            var clean = post
            clean.topicTitle = UntrustedText.cleanLine(post.topicTitle)
            clean.body = UntrustedText.clean(post.body)
            return clean
        }
        copy.recentResources = recentResources.map { $0.cleaned() }
        copy.mentorships = mentorships.map { $0.cleaned() }
        copy.consultations = consultations.map { event in
            var clean = event
            clean.title = UntrustedText.cleanLine(event.title)
            clean.description = UntrustedText.clean(event.description)
            clean.place = UntrustedText.cleanLine(event.place)
            return clean
        }
        return copy
    }
}

extension MentorshipSummary {
    func cleaned() -> MentorshipSummary {
        var copy = self
        copy.mentorship.subject = UntrustedText.cleanLine(mentorship.subject)
        copy.mentorship.note = UntrustedText.clean(mentorship.note)
        copy.menteeName = UntrustedText.cleanLine(menteeName)
        copy.mentorName = mentorName.map { UntrustedText.cleanLine($0) }
        return copy
    }
}

extension NetworkPulse {
    func cleaned() -> NetworkPulse {
        var copy = self
        copy.schools = schools.map { SchoolPulse(school: UntrustedText.cleanLine($0.school), members: $0.members, active: $0.active) }
        copy.forums = forums.map { forum in
            var clean = forum
            clean.title = UntrustedText.cleanLine(forum.title)
            return clean
        }
        copy.topResources = topResources.map { ResourcePulse(resourceID: $0.resourceID, title: UntrustedText.cleanLine($0.title), downloads: $0.downloads) }
        return copy
    }
}
