package org.councilpolicy.core.engine;

import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import org.councilpolicy.core.rule.Rule;

/**
 * An optional second stage after the rules that may only <em>escalate</em>: it adds REVIEW (or ADVICE) findings
 * and may mark a message as possibly a request, so that a person looks. It never deletes, blocks, reports or
 * clears anything, and it never removes or lowers a rule's finding.
 *
 * <p>The engine enforces this: a stage rule whose effective severity is BLOCK fails the engine's build, and a
 * BLOCK finding reported by a stage rule is an error ({@link Engine.Builder#secondOpinion}). Implementations are
 * found with {@link #discover()} ({@code META-INF/services/org.councilpolicy.core.engine.SecondOpinion}); the
 * {@code policy-semantic} module provides one. Implementations are immutable and thread-safe.
 */
public interface SecondOpinion {

    /** {@return a short name for output, such as {@code semantic}} */
    String name();

    /**
     * The escalation-only rules this stage runs after the profile's rules, on the same subjects.
     *
     * @return the rules; their findings are REVIEW or ADVICE
     */
    List<Rule<?>> rules();

    /**
     * Whether an inbound message that the rules did not read as a request for information reads like one.
     *
     * @param text the message's text
     * @return an opinion when it reads like a request (the caller then asks the sender), else empty
     */
    default Optional<Opinion> requestOpinion(String text) {
        return Optional.empty();
    }

    /**
     * The first second opinion on the class path, if any.
     *
     * @return the stage, built now (this may load a model)
     */
    static Optional<SecondOpinion> discover() {
        return ServiceLoader.load(SecondOpinion.class, SecondOpinion.class.getClassLoader()).findFirst();
    }

    /**
     * Why a second opinion escalates: which head, its score against its threshold, and the training exemplars
     * the text reads most like.
     *
     * @param head      the head's name, such as {@code hate}
     * @param score     the head's probability for the text, 0 to 1
     * @param threshold the score at or above which the head escalates
     * @param nearest   ids of the nearest positive training exemplars, nearest first
     */
    record Opinion(String head, double score, double threshold, List<String> nearest) {

        /**
         * Validates the parts.
         *
         * @param head      the head's name
         * @param score     the head's probability
         * @param threshold its threshold
         * @param nearest   nearest exemplar ids
         */
        public Opinion {
            java.util.Objects.requireNonNull(head, "head");
            nearest = List.copyOf(nearest);
            if (!(score >= 0 && score <= 1) || !(threshold >= 0 && threshold <= 1)) {
                throw new IllegalArgumentException("score and threshold must be within 0..1");
            }
        }

        /** {@return one line for a reviewer, such as "semantic head hate: score 0.91 ≥ threshold 0.80; reads like: hate-p-0123, …"} */
        public String explanation() {
            return String.format(java.util.Locale.ROOT, "semantic head %s: score %.2f >= threshold %.2f; reads like: %s",
                    head, score, threshold, nearest.isEmpty() ? "(none)" : String.join(", ", nearest));
        }
    }
}
