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

    /**
     * Validates that nothing is null.
     *
     * @param text     the comment as posted
     * @param platform where it was posted
     * @param onPost   the council post it answers (text or an id), if known
     * @param proposed what a moderator proposes to do with it, if anything
     */
    public Comment {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(onPost, "onPost");
        Objects.requireNonNull(proposed, "proposed");
    }

    /**
     * A comment with only its text: platform {@link Platform#OTHER}, no post, nothing proposed.
     *
     * @param text the comment as posted
     * @return the comment
     */
    public static Comment of(String text) {
        return new Comment(text, Platform.OTHER, Optional.empty(), Optional.empty());
    }

    /**
     * This comment with a proposed action, which the moderator will refuse if it has no ground.
     *
     * @param action what a moderator proposes to do with it
     * @return a copy of this comment with that proposal
     */
    public Comment withProposed(ProposedAction action) {
        return new Comment(text, platform, onPost, Optional.of(Objects.requireNonNull(action, "action")));
    }

    /**
     * This comment on another platform.
     *
     * @param value where it was posted
     * @return a copy of this comment on that platform
     */
    public Comment withPlatform(Platform value) {
        return new Comment(text, Objects.requireNonNull(value, "platform"), onPost, proposed);
    }

    /**
     * This comment answering a given post.
     *
     * @param post the council post it answers (text or an id)
     * @return a copy of this comment on that post
     */
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
