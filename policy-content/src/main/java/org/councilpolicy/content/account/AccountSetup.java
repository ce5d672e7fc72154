package org.councilpolicy.content.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.councilpolicy.content.draft.Platform;
import org.councilpolicy.core.profile.AccountType;

/**
 * An account being set up or reviewed: the subject of the account rules (RC-7 to RC-10, RC-12, SC-6). Check it
 * with {@code engine.check(setup)}; findings' spans point into {@link #bio()}.
 *
 * @param platform    where the account is
 * @param account     what kind of account it is
 * @param displayName the name shown on the profile (empty when none)
 * @param handle      the {@code @handle} or page address name (empty when none)
 * @param bio         the profile's description (empty when none)
 * @param links       the profile's website links
 * @param twoFactor   whether two-factor authentication is on, or {@code null} when not known
 */
public record AccountSetup(Platform platform, AccountType account, String displayName, String handle, String bio,
                           List<String> links, Boolean twoFactor) {

    /**
     * Validates the required parts, turns missing texts into empty ones and copies the links.
     *
     * @param platform    where the account is
     * @param account     what kind of account it is
     * @param displayName the name shown on the profile; {@code null} is taken as empty
     * @param handle      the {@code @handle} or page address name; {@code null} is taken as empty
     * @param bio         the profile's description; {@code null} is taken as empty
     * @param links       the profile's website links
     * @param twoFactor   whether two-factor authentication is on, or {@code null} when not known
     */
    public AccountSetup {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(account, "account");
        displayName = displayName == null ? "" : displayName;
        handle = handle == null ? "" : handle;
        bio = bio == null ? "" : bio;
        links = List.copyOf(Objects.requireNonNull(links, "links"));
    }

    /**
     * Starts an account set-up: platform OTHER, account CORPORATE, everything else empty or unknown.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String toString() {
        return "AccountSetup[platform=" + platform + ", account=" + account + ", bio " + bio.length() + " chars, "
                + links.size() + " links, twoFactor=" + twoFactor + "]";
    }

    /** Builds an {@link AccountSetup}. */
    public static final class Builder {
        private Platform platform = Platform.OTHER;
        private AccountType account = AccountType.CORPORATE;
        private String displayName = "";
        private String handle = "";
        private String bio = "";
        private final List<String> links = new ArrayList<>();
        private Boolean twoFactor;

        Builder() {
        }

        /**
         * The platform (default OTHER).
         *
         * @param v the value
         * @return this builder
         */
        public Builder platform(Platform v) {
            this.platform = Objects.requireNonNull(v, "platform");
            return this;
        }

        /**
         * The kind of account (default CORPORATE).
         *
         * @param v the value
         * @return this builder
         */
        public Builder account(AccountType v) {
            this.account = Objects.requireNonNull(v, "account");
            return this;
        }

        /**
         * The name shown on the profile.
         *
         * @param v the value
         * @return this builder
         */
        public Builder displayName(String v) {
            this.displayName = v;
            return this;
        }

        /**
         * The handle, with or without {@code @}.
         *
         * @param v the value
         * @return this builder
         */
        public Builder handle(String v) {
            this.handle = v;
            return this;
        }

        /**
         * The profile's description.
         *
         * @param v the value
         * @return this builder
         */
        public Builder bio(String v) {
            this.bio = v;
            return this;
        }

        /**
         * Adds a website link.
         *
         * @param v the value
         * @return this builder
         */
        public Builder link(String v) {
            this.links.add(Objects.requireNonNull(v, "link"));
            return this;
        }

        /**
         * Adds website links.
         *
         * @param v the value
         * @return this builder
         */
        public Builder links(List<String> v) {
            Objects.requireNonNull(v, "links").forEach(this::link);
            return this;
        }

        /**
         * Whether two-factor authentication is on; {@code null} when not known.
         *
         * @param v the value
         * @return this builder
         */
        public Builder twoFactor(Boolean v) {
            this.twoFactor = v;
            return this;
        }

        /**
         * The set-up.
         *
         * @return the set-up
         */
        public AccountSetup build() {
            return new AccountSetup(platform, account, displayName, handle, bio, links, twoFactor);
        }
    }
}
