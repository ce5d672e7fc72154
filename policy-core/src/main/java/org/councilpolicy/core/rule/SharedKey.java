package org.councilpolicy.core.rule;

import java.util.Objects;

/**
 * Names an analysis shared by several rules on one subject (see {@link RuleContext#shared}).
 * Compared by identity: declare each key once, as a constant.
 *
 * @param <T> the analysis' type
 */
public final class SharedKey<T> {
    private final String name;

    private SharedKey(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    /**
     * A new key; {@code name} is for debugging only.
     *
     * @param <T> the analysis' type
     * @param name a name for debugging
     * @return a new key; {@code name} is for debugging only
     */
    public static <T> SharedKey<T> named(String name) {
        return new SharedKey<>(name);
    }

    @Override
    public String toString() {
        return "SharedKey[" + name + "]";
    }
}
