package org.councilpolicy.content.offence;

/**
 * The strongly negative attributes of the VADER sentiment lexicon ({@code negative-attributes.tsv}, Apache 2.0), for
 * other packages that compose them with whom they are said of: a word may be such an attribute ("incompetent",
 * "pathetic", "liar"), never a past participle or a word for a plight or a feeling ("abandoned", "scared").
 */
public final class NegativeAttributes {

    private NegativeAttributes() {
    }

    /**
     * Whether a lower-case word may be a strongly negative attribute of a person.
     *
     * @param word a lower-case word
     * @return whether it is one (or the superlative of one)
     */
    public static boolean attribute(String word) {
        return ValenceAttributes.STANDARD.attribute(word);
    }
}
