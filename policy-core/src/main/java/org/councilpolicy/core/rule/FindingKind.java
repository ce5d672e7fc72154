package org.councilpolicy.core.rule;

/**
 * The finer kind of a {@link Finding}: what exactly a rule found (an e-mail address, a missing sign-off, a
 * threat…). Each rule family declares its kinds as an enum implementing this interface, so code that acts on
 * findings (the moderator mapping findings to grounds, the comment rule keeping identifying data) tests the
 * type, never a string.
 *
 * <p>{@link #name()} is the stable identifier written to output ({@code "kind":"EMAIL"}); enums give it for
 * free.
 */
public interface FindingKind {

    /** {@return the stable upper-case identifier written to output, such as {@code EMAIL}} */
    String name();
}
