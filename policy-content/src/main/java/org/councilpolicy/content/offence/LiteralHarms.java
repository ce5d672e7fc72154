package org.councilpolicy.content.offence;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.councilpolicy.core.rule.Span;
import org.councilpolicy.core.text.WordSections;

/**
 * Round 10 (issue 13): in a council's own draft, a harm word aimed at no person ({@code literal-harms.txt}): its
 * object is a pest, a plant, a place, an institution or a thing ("kill the rats", "murder our high street"), or it
 * pursues offenders in a sentence about enforcement ("hunt down fly-tippers and prosecute them"). Comments from the
 * public keep the moderation grammar as it is; this applies to drafts only. Looks a few words past the harm.
 */
final class LiteralHarms {

    private static final WordSections SECTIONS = WordSections.loadLines(LiteralHarms.class, "literal-harms.txt");
    private static final Set<String> OBJECTS = SECTIONS.get("OBJECTS");
    private static final Set<String> OFFENDERS = SECTIONS.get("OFFENDERS");
    private static final Set<String> ENFORCEMENT = SECTIONS.get("ENFORCEMENT");
    /** Words that may stand between the harm and its object's head ("kill off all the", "murder our"). */
    private static final Set<String> DETERMINERS = Set.of("the", "our", "a", "an", "your", "their", "this", "that",
            "those", "these", "off", "all", "any", "every", "local", "its", "his", "her", "my", "some", "more",
            "existing", "remaining", "whole", "entire", "last");

    private LiteralHarms() {
    }

    /**
     * Whether a threat found at {@code span} of a draft's text is a harm aimed at no person.
     *
     * @param text the draft's text
     * @param span the harm's span
     * @return whether its object is a thing, or offenders pursued by enforcement
     */
    static boolean literal(String text, Span span) {
        int end = Math.min(text.length(), span.end() + 80);
        String after = text.substring(span.end(), end).toLowerCase(Locale.ROOT);
        List<String> words = words(after);
        int i = 0;
        while (i < words.size() && i < 4 && DETERMINERS.contains(words.get(i))) {
            i++;
        }
        if (i >= words.size()) {
            return false;
        }
        String one = words.get(i);
        String two = i + 1 < words.size() ? one + " " + words.get(i + 1) : one;
        if (OBJECTS.contains(two) || OBJECTS.contains(one)) {
            return true;
        }
        if (OFFENDERS.contains(two) || OFFENDERS.contains(one)) {
            String sentence = sentenceAround(text, span).toLowerCase(Locale.ROOT);
            for (String w : ENFORCEMENT) {
                if (containsWord(sentence, w)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String sentenceAround(String text, Span span) {
        int from = span.start();
        while (from > 0 && ".!?\n".indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        int to = span.end();
        while (to < text.length() && ".!?\n".indexOf(text.charAt(to)) < 0) {
            to++;
        }
        return text.substring(from, to);
    }

    private static boolean containsWord(String s, String w) {
        for (int at = s.indexOf(w); at >= 0; at = s.indexOf(w, at + 1)) {
            boolean left = at == 0 || !Character.isLetter(s.charAt(at - 1));
            boolean right = at + w.length() >= s.length() || !Character.isLetter(s.charAt(at + w.length()));
            if (left && right) {
                return true;
            }
        }
        return false;
    }

    private static List<String> words(String s) {
        List<String> out = new java.util.ArrayList<>();
        int i = 0;
        while (i < s.length() && out.size() < 8) {
            char ch = s.charAt(i);
            if (".!?;:\n".indexOf(ch) >= 0) {
                break; // the object is in the harm's own clause
            }
            if (!Character.isLetter(ch)) {
                i++;
                continue;
            }
            int from = i;
            while (i < s.length() && (Character.isLetter(s.charAt(i)) || s.charAt(i) == '-' || s.charAt(i) == '\'')) {
                i++;
            }
            out.add(s.substring(from, i));
        }
        return out;
    }
}
