package org.councilpolicy.content.offence;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.councilpolicy.core.rule.Span;
import org.councilpolicy.core.text.WordSections;

/**
 * Derogatory names for a woman ("slag", "bint", "hoe"): profanity terms that name a kind of person to demean her
 * rather than swear ({@code derogatory-names.txt}). Aimed at a person they are abuse and said of women as a group
 * hate, whatever the profile; said of no one identifiable, whether they are a ground is the profile's decision
 * (issue 12, round 12: MD-3 lists profanity, abuse, naming and hate crime, and a name said of nobody is none of them
 * in the sense of SFRS 5.3, while SHWD 3.8 removes every derogatory comment).
 */
public final class DerogatoryNames {

    private static final Set<String> NAMES = WordSections.load(DerogatoryNames.class, "derogatory-names.txt")
            .get("NAMES");
    /**
     * "you", "u", a form of "be" or "'s", then up to three articles or intensifiers ("a right", "such a", "a dirty
     * little"), then the name; never "is full of ...". Or a demonstrative pointing at one person: "that ...".
     */
    private static final Pattern SAID_OF = Pattern.compile("(?:\\b(?:you|u|ur|is|was|are|were|be|being|been)|'s|'re)"
            + "(?:\\s+(?:a|an|the|such|right|total|proper|absolute|complete|utter|real|dirty|filthy|fat|little|old|"
            + "stupid|lazy|ugly|massive|fucking|f\\*+ing|bloody|just|all|some|like|one|another|nothing|but)){0,3}\\s+$"
            + "|\\b(?:that|this|that\\s+old|this\\s+old)\\s+$");

    private DerogatoryNames() {
    }

    /**
     * Whether a profanity term, as an {@link Offence#term()} holds it, is a derogatory name rather than an expletive.
     *
     * @param term the lexicon term, normalised
     * @return whether it is one of the derogatory names
     */
    public static boolean isName(String term) {
        return NAMES.contains(term);
    }

    /**
     * Whether the name at {@code span} is said of someone: after "you" or a copula ("she's a right ...", "Kerry is a
     * total ...", "you ..."), with at most three articles or intensifiers between, or pointed at ("that ..."). Reads at most 40 characters before the name, so it is
     * constant time whatever the text.
     *
     * @param text the comment
     * @param span where the name stands
     * @return whether a person is called it
     */
    public static boolean predicated(String text, Span span) {
        int from = Math.max(0, span.start() - 40);
        String before = text.substring(from, span.start()).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        return SAID_OF.matcher(before).find();
    }

}
