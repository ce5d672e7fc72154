package org.councilpolicy.content.neutrality;

import java.util.Set;
import org.councilpolicy.core.text.WordSections;

/**
 * The word sets that tell an ambiguous party name from the ordinary word ("Green party" against "green
 * space"), read once from {@code party-words.txt} (its sections name the sets; its header gives the source).
 */
final class PartyWords {

    private static final WordSections SETS = WordSections.load(PartyWords.class, "party-words.txt");

    private PartyWords() {
    }

    /** The set of section {@code name}; fails at class initialisation when the data file lacks it. */
    static Set<String> get(String name) {
        return SETS.get(name);
    }
}
