package org.councilpolicy.content.judgement;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Round 8: a national campaign's slogan with its slot filled by something local ("Make Our Town Great Again", "Let's
 * Get Recycling Done"): the frame of the slogan is what a reader recognises, whatever fills it, so the frames are
 * matched with a slot, not the slogans' local variants listed. Frames: "Make America Great Again" (Trump, 2016;
 * "Make Britain Great Again", Reform UK), "Get Brexit Done" (Conservative, 2019), "Brexit means Brexit" (Theresa May,
 * 2016). ("Labour isn't working" is left out: "the lift isn't working" is everyday.) Run on the normalised
 * (case-folded) text; linear, each
 * pattern bounded.
 */
final class SloganEchoes {

    /**
     * One frame: its pattern, the slogan it echoes, and a literal every match of the pattern holds (a text without
     * it is not searched: the back-reference of "X means X" tries every word of a text).
     */
    private record Frame(Pattern pattern, String slogan, String literal) {
    }

    private static final List<Frame> FRAMES = List.of(
            new Frame(Pattern.compile("\\bmake (?:[\\p{L}'\u2019]+ ){1,3}great again\\b"), "echoes \"Make America Great Again\"",
                    "great again"),
            new Frame(Pattern.compile("\\blet[\u2019']?s get ([\\p{L}]+) done\\b"), "echoes \"Get Brexit Done\"", " done"),
            new Frame(Pattern.compile("\\b([\\p{L}]{4,}) means \\1\\b"), "echoes \"Brexit means Brexit\"",
                    " means "));
    /** Fillers that make the frame an everyday phrase ("let's get it done", "the lift isn't working"). */
    private static final Set<String> EVERYDAY = Set.of("it", "this", "that", "them", "things", "work", "jobs", "lift",
            "heating", "system", "website", "phone", "app", "link", "form", "light", "lights", "boiler", "machine",
            "meter", "toilet", "road", "sign", "signal", "what", "something", "nothing", "everything", "which",
            "who", "car", "still", "just", "really", "scheme");

    private SloganEchoes() {
    }

    /**
     * The first slogan frame in a composition's text, or {@code null}.
     *
     * @param c the draft's composition
     * @return the echo, as a part labelled with the slogan it echoes
     */
    static Part in(Composition c) {
        String t = c.normalised().text();
        for (Frame f : FRAMES) {
            if (!t.contains(f.literal())) {
                continue; // " again" alone let "against" run all three patterns
            }
            Matcher m = f.pattern().matcher(t);
            while (m.find()) {
                if (m.groupCount() == 0 || !EVERYDAY.contains(m.group(1))) {
                    return new Part(Element.SLOGAN, m.start(), m.end(), f.slogan(), c.sentenceAt(m.start()));
                }
            }
        }
        return null;
    }
}
