package org.councilpolicy.core.text;

/**
 * A module's {@link LexiconUnion}: the lexicons of its rules that read the same view of a subject's text, declared
 * in one place. The engine finds it on the class path through {@link java.util.ServiceLoader} (as it finds rules)
 * and hands it to the texts it analyses; it changes how fast those lexicons scan, never what they find.
 */
public interface SharedLexicons {

    /** {@return the union, built once (it is immutable)} */
    LexiconUnion union();
}
