package org.councilpolicy.content.draft;

import java.util.Objects;

/**
 * The post a share comes from.
 *
 * @param account  the account it comes from, e.g. {@code @DevonCornwallPolice}
 * @param official whether that is an official council or partner channel
 */
public record SharedFrom(String account, boolean official) {
    /**
     * Validates the components.
     *
     * @param account  the account it comes from
     * @param official whether that is an official council or partner channel
     */
    public SharedFrom {
        Objects.requireNonNull(account, "account");
    }
}
