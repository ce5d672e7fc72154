package org.councilpolicy.content.moderation;

import java.util.Objects;
import java.util.Optional;
import org.councilpolicy.content.draft.Platform;

/**
 * A third-party comment on one of the council's posts.
 *
 * @param text     the comment as posted
 * @param platform where it was posted
 * @param onPost   the council post it answers (text or an id), if known
 * @param proposed what a moderator proposes to do with it, if anything
 */
public record Comment(String text, Platform platform, Optional<String> onPost, Optional<ProposedAction> proposed) {

    /** Validates that nothing is null. */
    public Comment {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(onPost, "onPost");
        Objects.requireNonNull(proposed, "proposed");
    }

    /** A comment with only its text (platform OTHER). */
    public static Comment of(String text) {
        return new Comment(text, Platform.OTHER, Optional.empty(), Optional.empty());
    }

    /** This comment with a proposed action. */
    public Comment withProposed(ProposedAction action) {
        return new Comment(text, platform, onPost, Optional.of(Objects.requireNonNull(action, "action")));
    }

    /** This comment on another platform. */
    public Comment withPlatform(Platform value) {
        return new Comment(text, Objects.requireNonNull(value, "platform"), onPost, proposed);
    }

    /** This comment answering a given post. */
    public Comment withOnPost(String post) {
        return new Comment(text, platform, Optional.of(Objects.requireNonNull(post, "post")), proposed);
    }

    @Override
    public String toString() {
        // Comments from the public may hold personal data: never the text in logs.
        return "Comment[length=" + text.length() + ", platform=" + platform + ", proposed="
                + proposed.map(Enum::name).orElse("-") + "]";
    }
}
