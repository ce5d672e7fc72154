package org.councilpolicy.content.draft;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.councilpolicy.core.profile.AccountType;

/**
 * A post, reply or share before it is published: the subject of the draft rules.
 *
 * <p>Only the text is required. {@link #toString()} never prints the text, which may hold personal
 * data.
 *
 * @param text        what will be published
 * @param platform    where
 * @param account     from which kind of account
 * @param kind        post, reply or share
 * @param author      who writes it, or {@code null}
 * @param replyTo     the text being replied to, or {@code null}
 * @param sharedFrom  the origin of a share, or {@code null}
 * @param scheduledAt when it is due to go out, or {@code null} for now
 * @param media       attached images and videos
 */
public record Draft(String text, Platform platform, AccountType account, PostKind kind, Author author, String replyTo,
                    SharedFrom sharedFrom, Instant scheduledAt, List<MediaRef> media) {

    /**
     * Validates the components.
     *
     * @param text        what will be published
     * @param platform    where
     * @param account     from which kind of account
     * @param kind        post, reply or share
     * @param author      who writes it, or {@code null}
     * @param replyTo     the text being replied to, or {@code null}
     * @param sharedFrom  the origin of a share, or {@code null}
     * @param scheduledAt when it is due to go out, or {@code null} for now
     * @param media       attached images and videos
     */
    public Draft {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(kind, "kind");
        media = List.copyOf(Objects.requireNonNull(media, "media"));
    }

    /**
     * A corporate post on no particular platform.
     *
     * @param text what will be published
     * @return the draft
     */
    public static Draft of(String text) {
        return builder(text).build();
    }

    /**
     * Starts a draft with the given text; everything else defaults as the contract says.
     *
     * @param text what will be published
     * @return a builder
     */
    public static Builder builder(String text) {
        return new Builder(text);
    }

    @Override
    public String toString() {
        return "Draft[" + text.length() + " chars, platform=" + platform + ", account=" + account + ", kind=" + kind
                + (scheduledAt == null ? "" : ", scheduledAt=" + scheduledAt) + "]";
    }

    /** Builds a {@link Draft}: platform OTHER, account CORPORATE and kind POST unless set. */
    public static final class Builder {
        private final String text;
        private Platform platform = Platform.OTHER;
        private AccountType account = AccountType.CORPORATE;
        private PostKind kind = PostKind.POST;
        private Author author;
        private String replyTo;
        private SharedFrom sharedFrom;
        private Instant scheduledAt;
        private final List<MediaRef> media = new ArrayList<>();

        Builder(String text) {
            this.text = Objects.requireNonNull(text, "text");
        }

        /**
         * Sets the platform (default OTHER).
         *
         * @param v the platform
         * @return this builder
         */
        public Builder platform(Platform v) { this.platform = Objects.requireNonNull(v, "platform"); return this; }
        /**
         * Sets the kind of account it is posted from (default CORPORATE).
         *
         * @param v the kind of account
         * @return this builder
         */
        public Builder account(AccountType v) { this.account = Objects.requireNonNull(v, "account"); return this; }
        /**
         * Sets whether it is a post, reply or share (default POST).
         *
         * @param v the kind
         * @return this builder
         */
        public Builder kind(PostKind v) { this.kind = Objects.requireNonNull(v, "kind"); return this; }
        /**
         * Sets who writes it.
         *
         * @param v the author, or {@code null}
         * @return this builder
         */
        public Builder author(Author v) { this.author = v; return this; }
        /**
         * Sets who writes it.
         *
         * @param role their role
         * @param name their name, or {@code null}
         * @return this builder
         */
        public Builder author(AuthorRole role, String name) { this.author = new Author(role, name); return this; }
        /**
         * Sets the text being replied to.
         *
         * @param v the text, or {@code null}
         * @return this builder
         */
        public Builder replyTo(String v) { this.replyTo = v; return this; }
        /**
         * Sets the origin of a share.
         *
         * @param v the origin, or {@code null}
         * @return this builder
         */
        public Builder sharedFrom(SharedFrom v) { this.sharedFrom = v; return this; }
        /**
         * Sets when it is due to go out.
         *
         * @param v the instant, or {@code null} for now
         * @return this builder
         */
        public Builder scheduledAt(Instant v) { this.scheduledAt = v; return this; }
        /**
         * Attaches an image or video.
         *
         * @param v the attachment
         * @return this builder
         */
        public Builder media(MediaRef v) { this.media.add(Objects.requireNonNull(v, "media")); return this; }

        /**
         * Builds the draft.
         *
         * @return the draft
         */
        public Draft build() {
            return new Draft(text, platform, account, kind, author, replyTo, sharedFrom, scheduledAt, media);
        }
    }
}
