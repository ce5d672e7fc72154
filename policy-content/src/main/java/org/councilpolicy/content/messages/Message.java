package org.councilpolicy.content.messages;

import java.time.LocalDate;
import java.util.Objects;
import org.councilpolicy.content.draft.Platform;

/**
 * A message received on a council's social media: a public reply or comment, or a direct message.
 * {@link #toString()} never prints the text or the sender, which are personal data.
 *
 * @param text       what the person wrote
 * @param receivedAt the day it was received, or {@code null} for today by the classifier's clock
 * @param channel    public or private
 * @param platform   where
 * @param sender     who sent it (never {@code null}; {@link Sender#UNKNOWN} when nothing is known)
 * @param reference  the council's reference for it (fills {@code {reference}} in acknowledgements), or
 *                   {@code null}
 */
public record Message(String text, LocalDate receivedAt, Channel channel, Platform platform, Sender sender,
                      String reference) {

    /**
     * Validates the message.
     *
     * @param text       the text
     * @param receivedAt day received, or {@code null}
     * @param channel    public or private
     * @param platform   the platform
     * @param sender     the sender, {@code null} for unknown
     * @param reference  the council's reference, or {@code null}
     */
    public Message {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(platform, "platform");
        sender = sender == null ? Sender.UNKNOWN : sender;
    }

    /**
     * A public message on no particular platform from an unknown sender, received today.
     *
     * @param text the text
     * @return the message
     */
    public static Message of(String text) {
        return builder(text).build();
    }

    /**
     * Starts a message with the given text: PUBLIC, platform OTHER, unknown sender, received today, unless set.
     *
     * @param text the text
     * @return a builder
     */
    public static Builder builder(String text) {
        return new Builder(text);
    }

    @Override
    public String toString() {
        return "Message[" + text.length() + " chars, receivedAt=" + receivedAt + ", channel=" + channel
                + ", platform=" + platform + "]";
    }

    /** Builds a {@link Message}. Not thread-safe. */
    public static final class Builder {
        private final String text;
        private LocalDate receivedAt;
        private Channel channel = Channel.PUBLIC;
        private Platform platform = Platform.OTHER;
        private Sender sender = Sender.UNKNOWN;
        private String reference;

        Builder(String text) {
            this.text = Objects.requireNonNull(text, "text");
        }

        /**
         * @param v the day received, or {@code null} for today
         * @return this builder
         */
        public Builder receivedAt(LocalDate v) {
            this.receivedAt = v;
            return this;
        }

        /**
         * @param v public or private
         * @return this builder
         */
        public Builder channel(Channel v) {
            this.channel = Objects.requireNonNull(v, "channel");
            return this;
        }

        /**
         * @param v the platform
         * @return this builder
         */
        public Builder platform(Platform v) {
            this.platform = Objects.requireNonNull(v, "platform");
            return this;
        }

        /**
         * @param v the sender, {@code null} for unknown
         * @return this builder
         */
        public Builder sender(Sender v) {
            this.sender = v == null ? Sender.UNKNOWN : v;
            return this;
        }

        /**
         * Sets the sender from its parts, in this order. Prefer {@link #sender(Sender)} with
         * {@link Sender#named(String)} and its {@code with…} methods, which name each part.
         *
         * @param name          display name, or {@code null}
         * @param handle        handle, or {@code null}
         * @param email         email, or {@code null}
         * @param postalAddress postal address, or {@code null}
         * @return this builder
         * @deprecated four strings in a row invite mix-ups; use {@link #sender(Sender)}
         */
        @Deprecated
        public Builder sender(String name, String handle, String email, String postalAddress) {
            this.sender = new Sender(name, handle, email, postalAddress);
            return this;
        }

        /**
         * @param v the council's reference, or {@code null}
         * @return this builder
         */
        public Builder reference(String v) {
            this.reference = v;
            return this;
        }

        /** @return the message */
        public Message build() {
            return new Message(text, receivedAt, channel, platform, sender, reference);
        }
    }
}
