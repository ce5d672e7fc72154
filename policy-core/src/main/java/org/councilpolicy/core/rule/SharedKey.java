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
    private final boolean ofTextsOnly;

    private SharedKey(String name, boolean ofTextsOnly) {
        this.name = Objects.requireNonNull(name, "name");
        this.ofTextsOnly = ofTextsOnly;
    }

    /**
     * A new key; {@code name} is for debugging only.
     *
     * @param <T> the analysis' type
     * @param name a name for debugging
     * @return a new key; {@code name} is for debugging only
     */
    public static <T> SharedKey<T> named(String name) {
        return new SharedKey<>(name, false);
    }

    /**
     * A new key for a value that depends only on texts, never on the subject they came from (analyses keyed by
     * their text): it is shared with the subjects derived from the one being checked ({@link
     * RuleContext#checkAlso}), so a comment read as a draft is not analysed a second time.
     *
     * @param <T> the analysis' type
     * @param name a name for debugging
     * @return a new key shared with derived subjects
     */
    public static <T> SharedKey<T> ofTexts(String name) {
        return new SharedKey<>(name, true);
    }

    /** {@return whether the value depends only on texts and is shared with derived subjects} */
    public boolean ofTextsOnly() {
        return ofTextsOnly;
    }

    @Override
    public String toString() {
        return "SharedKey[" + name + "]";
    }
}
