package org.councilpolicy.content.judgement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.councilpolicy.core.text.WordSections;

/**
 * A small data file of named word lists ({@code [SECTION]} then one lower-case phrase a line), for the round-12
 * sentence forms; a phrase before any section fails with its file and line number.
 */
final class FormSections {

    private FormSections() {
    }

    /**
     * Reads a resource beside this class.
     *
     * @param resource the file name
     * @return its sections in file order, each an immutable list
     */
    static Map<String, List<String>> read(String resource) {
        return WordSections.orderedLines(FormSections.class, resource);
    }

    /**
     * One alternation of a section's phrases, longest first, each quoted, spaces matching any run of spaces and
     * the apostrophe either form.
     *
     * @param phrases the phrases
     * @return a regular expression group without capture
     */
    static String alternation(List<String> phrases) {
        List<String> sorted = new ArrayList<>(phrases);
        sorted.sort((a, b) -> Integer.compare(b.length(), a.length()));
        StringBuilder sb = new StringBuilder("(?:");
        for (int i = 0; i < sorted.size(); i++) {
            if (i > 0) {
                sb.append('|');
            }
            String[] words = sorted.get(i).split(" ");
            for (int w = 0; w < words.length; w++) {
                if (w > 0) {
                    sb.append("\\s+");
                }
                sb.append(Pattern.quote(words[w]).replace("'", "\\E['\u2019]\\Q"));
            }
        }
        return sb.append(')').toString();
    }

    /**
     * The longest word of each phrase, without apostrophes: a text that holds none of them as a substring holds none
     * of the phrases, so one {@code indexOf} each rules a regular expression out on most drafts (speed only).
     *
     * @param phrases the phrases
     * @return their anchors, without repeats
     */
    static String[] anchors(List<String> phrases) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        for (String p : phrases) {
            String best = "";
            for (String w : p.split("[ '’,]+")) {
                if (w.length() > best.length()) {
                    best = w;
                }
            }
            out.add(best);
        }
        return out.toArray(String[]::new);
    }

    /**
     * Whether a normalised (lower-case) text may hold one of the phrases whose anchors these are.
     *
     * @param text    the text
     * @param anchors the anchors
     * @return false when it cannot
     */
    static boolean mayHold(String text, String[] anchors) {
        for (String a : anchors) {
            if (text.contains(a)) {
                return true;
            }
        }
        return false;
    }
}
