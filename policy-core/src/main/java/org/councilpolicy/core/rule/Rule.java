package org.councilpolicy.core.rule;

import org.councilpolicy.core.profile.Profile;

/**
 * A check of one policy requirement against one kind of subject (a draft, an account set-up, a
 * comment, a photo declaration…).
 *
 * <p>Rules are found through {@link java.util.ServiceLoader} (list the class in
 * {@code META-INF/services/org.councilpolicy.core.rule.Rule}; it needs a public no-argument
 * constructor) or registered by hand on the engine builder. An engine calls {@link #prepare} once,
 * when it is built, and then calls the returned {@link Check} from many threads: do the costly work
 * (building lexicons, reading the profile) in {@code prepare}, and keep the check free of mutable
 * state.
 *
 * @param <S> the subject type it checks
 */
public interface Rule<S> {

    /** {@return what the rule is and which clauses it enforces} */
    RuleInfo info();

    /** {@return the type of subject it checks; the engine runs it on subjects of this type (or subtypes)} */
    Class<S> subjectType();

    /**
     * Prepares the rule for one profile. Called once per engine.
     *
     * @param profile  the council profile the engine was built from
     * @param settings this rule's effective settings in that profile
     * @return the check to run on each subject; immutable and thread-safe
     */
    Check<S> prepare(Profile profile, RuleSettings settings);

    /**
     * The rule's examples as inputs: at least one it fires on and one it passes, run by one test over the whole
     * registry. Empty means the {@linkplain RuleInfo#exampleFires() fires} and
     * {@linkplain RuleInfo#examplePasses() passes} texts are themselves the subject's text (a draft's or a
     * comment's), as for most content rules, run under the built-in profile a trailing "(name)" names.
     *
     * @return the typed examples, or empty when the texts are the inputs
     */
    default java.util.List<RuleExample<S>> examples() {
        return java.util.List.of();
    }
}
