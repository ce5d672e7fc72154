package org.councilpolicy.content.personaldata;

import java.util.ArrayList;
import java.util.List;
import org.councilpolicy.core.rule.PersonalDataKind;
import org.councilpolicy.core.rule.Span;

/**
 * Names written in lower case, as residents often write comments (issue 11, round 11: "shout out to shannon and her
 * dad", "fair play to andrzej from next door"): right after a person cue that says a person follows (thanks,
 * praise, a neighbour), a listed first name that is no everyday word, no first name that is also a word ("mark",
 * "will", "grace") and no stop word is a name, reported for review. Without the cue a lower-case word is never read
 * as a name. One flag look-up per cue, so the pass stays linear.
 */
final class LowerCaseNames {

    private LowerCaseNames() {
    }

    /** Shortest lower-case first name read ("al", "jo" are too easily something else). */
    private static final int MIN_LENGTH = 3;

    /** {@code names} with the lower-case names after a person cue added, in position order. */
    static List<PeopleMention> with(PeopleText t, List<PeopleMention> names, AllowedNames allowed,
            boolean[] allowedSpans, List<PeopleMention> children, List<PeopleMention> addresses) {
        List<PeopleMention> added = null;
        for (int f = 0; f < t.firstNameCount(); f++) {
            int i = t.firstName(f);
            if (i < 1 || t.capitalised(i) || !t.cueEndsAt(i - 1, PeopleTerms.Cue.PERSON_BEFORE) || !t.spaceOnlyAfter(i - 1)
                    || t.word(i).length() < MIN_LENGTH || !t.has(i, PeopleTerms.FIRST)
                    || t.has(i, PeopleTerms.AMBIGUOUS | PeopleTerms.COMMON | PeopleTerms.STOP | PeopleTerms.NOT_NAME
                            | PeopleTerms.ROLE_BEFORE | PeopleTerms.TITLE)
                    || t.embedded(i) || allowed.isAllowed(t, i, i, allowedSpans)) {
                continue;
            }
            Span span = new Span(t.start(i), t.end(i) - (t.possessive(i) ? 2 : 0));
            if (LaterMentions.taken(span, names, children, addresses)) {
                continue;
            }
            if (added == null) {
                added = new ArrayList<>();
            }
            added.add(new PeopleMention(PersonalDataKind.PERSON_NAME, span, false,
                    "a first name written in lower case right after a person cue (thanks, praise, a neighbour)"));
        }
        return added == null ? names : LaterMentions.merged(names, added);
    }
}
