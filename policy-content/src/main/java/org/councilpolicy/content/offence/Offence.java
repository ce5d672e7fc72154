package org.councilpolicy.content.offence;

import java.util.Objects;
import java.util.Optional;
import org.councilpolicy.core.rule.Span;

/**
 * One offending passage of a text.
 *
 * @param kind           what kind of offence
 * @param span           where, as UTF-16 offsets into the original text (end exclusive)
 * @param strength       how strong the language is (for profanity and slurs; {@link Strength#STRONG} otherwise)
 * @param characteristic the protected characteristic targeted, for slurs and hate
 * @param term           the lexicon term or cue that matched, in normalised form (never personal data)
 * @param reason         a short explanation of why the passage counts, for people
 * @param unsure         whether the detector is unsure (e.g. a masked word or a defamation signal)
 */
public record Offence(OffenceKind kind, Span span, Strength strength, Optional<ProtectedCharacteristic> characteristic,
                      String term, String reason, boolean unsure) {

    /**
     * Validates that nothing is null.
     *
     * @param kind           what kind of offence
     * @param span           where, as UTF-16 offsets into the original text (end exclusive)
     * @param strength       how strong the language is
     * @param characteristic the protected characteristic targeted, for slurs and hate
     * @param term           the lexicon term or cue that matched, in normalised form
     * @param reason         a short explanation of why the passage counts, for people
     * @param unsure         whether the detector is unsure
     */
    public Offence {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(strength, "strength");
        Objects.requireNonNull(characteristic, "characteristic");
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(reason, "reason");
    }
}
