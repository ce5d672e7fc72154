package org.councilpolicy.content.incident;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilpolicy.core.rule.Span;

/**
 * Round 12, FR-1 (SFRS 2.5, "incident details linked to an individual or exact location"): three shapes that link
 * an incident to a person or a home and that the street, flat, postcode and titled-name patterns of
 * {@link FireIncidentDetailRule} do not see.
 * <ul>
 *   <li>a house number before a street with no street-type word ("3 The Glebe, Little Ashby"), followed by a
 *   comma (the town or village after it), as many English streets and closes are named;</li>
 *   <li>a household named by its surname ("the Patel family's newsagents", "the Hughes family");</li>
 *   <li>a vehicle's registration in the current format (DVLA: two letters, two digits, three letters) beside a word
 *   that introduces it ("reg", "registration", "number plate"): the keeper is one look-up away.</li>
 * </ul>
 * Each pattern runs only when a cheap test of the text shows its anchor, and each is bounded, so the cost is linear.
 */
final class LinkedDetails {

    private static final Pattern UNTYPED_STREET = Pattern.compile(
            "\\b\\d{1,4}[a-zA-Z]? The [A-Z][a-z'’]{2,20}(?: [A-Z][a-z'’]{2,20})?(?=,)");
    private static final Pattern FAMILY = Pattern.compile("\\b[Tt]he [A-Z][a-z'’-]{1,20} family\\b");
    /** Surname-shaped words that are not a household: "the Royal family", "the Fire family", "the Council family". */
    private static final java.util.Set<String> NOT_SURNAMES = java.util.Set.of("Royal", "Fire", "Council", "Service",
            "Station", "School", "Church", "Parish", "Borough", "County", "Community", "Football", "Rugby", "Cricket");
    private static final Pattern REGISTRATION = Pattern.compile(
            "\\b(?:[Rr]eg(?:istration)?(?: number| no\\.?| mark)?|[Nn]umber plate|[Pp]late)[:\\s]{1,3}"
                    + "([A-Z]{2}\\d{2} ?[A-Z]{3})\\b");

    private LinkedDetails() {
    }

    /**
     * The earliest of the three shapes in the draft's text, or {@code null}.
     *
     * @param text the draft's text as written
     * @return where it is, or {@code null}
     */
    static Span find(String text) {
        Span best = null;
        if (text.contains(" The ")) {
            best = earlier(best, first(UNTYPED_STREET, text, 0));
        }
        if (text.contains(" family")) {
            Matcher m = FAMILY.matcher(text);
            while (m.find()) {
                String name = text.substring(m.start() + 4, text.indexOf(' ', m.start() + 4));
                if (!NOT_SURNAMES.contains(name)) {
                    best = earlier(best, new Span(m.start(), m.end()));
                    break;
                }
            }
        }
        if (text.contains("eg") || text.contains("late")) {
            best = earlier(best, first(REGISTRATION, text, 1));
        }
        return best;
    }

    private static Span first(Pattern p, String text, int group) {
        Matcher m = p.matcher(text);
        return m.find() ? new Span(m.start(group), m.end(group)) : null;
    }

    private static Span earlier(Span a, Span b) {
        return a == null || b != null && b.start() < a.start() ? b : a;
    }
}
