package org.councilpolicy.core.rule;

import java.util.Objects;
import java.util.function.UnaryOperator;
import org.councilpolicy.core.profile.Profile;

/**
 * One of a rule's examples as an input the rule can be run on, with what it must do: the typed form of
 * {@link RuleInfo#exampleFires()} and {@link RuleInfo#examplePasses()}, which one test runs for every rule of
 * the registry.
 *
 * @param fires   whether the rule must report a finding on it
 * @param subject the subject (a draft, an account set-up…)
 * @param profile the built-in profile to run it under
 * @param tuning  what the example changes in that profile (a pre-election period, say), or the identity
 * @param <S> the rule's subject type
 */
public record RuleExample<S>(boolean fires, S subject, String profile, UnaryOperator<Profile> tuning) {

    /** The profile examples run under unless they say otherwise. */
    public static final String DEFAULT_PROFILE = "uk-council";

    /**
     * Validates the components.
     *
     * @param fires   whether the rule must report a finding on it
     * @param subject the subject
     * @param profile the built-in profile to run it under
     * @param tuning  what the example changes in that profile, or the identity
     */
    public RuleExample {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(tuning, "tuning");
    }

    /**
     * An input the rule must report a finding on, under the default profile.
     *
     * @param subject the subject
     * @param <S> the subject type
     * @return the example
     */
    public static <S> RuleExample<S> fires(S subject) {
        return new RuleExample<>(true, subject, DEFAULT_PROFILE, UnaryOperator.identity());
    }

    /**
     * An input the rule must pass, under the default profile.
     *
     * @param subject the subject
     * @param <S> the subject type
     * @return the example
     */
    public static <S> RuleExample<S> passes(S subject) {
        return new RuleExample<>(false, subject, DEFAULT_PROFILE, UnaryOperator.identity());
    }

    /**
     * The same example under another built-in profile.
     *
     * @param builtIn a built-in profile's name
     * @return the example under that profile
     */
    public RuleExample<S> under(String builtIn) {
        return new RuleExample<>(fires, subject, builtIn, tuning);
    }

    /**
     * The same example under its profile changed by {@code change}.
     *
     * @param change what the example needs of the profile, such as a pre-election period
     * @return the example under the changed profile
     */
    public RuleExample<S> tuned(UnaryOperator<Profile> change) {
        return new RuleExample<>(fires, subject, profile, change);
    }

    /** {@return whether the example uses its built-in profile unchanged} */
    public boolean untuned() {
        return tuning == UnaryOperator.<Profile>identity();
    }
}
