package org.councilpolicy.content.personaldata;

import java.util.ArrayList;
import java.util.List;
import org.councilpolicy.core.analysis.Places;
import org.councilpolicy.core.rule.PersonalDataKind;
import org.councilpolicy.core.rule.Span;

/**
 * A first name alone as the subject of its clause (issue 11, round 11: "if Kwame still does the gardening round",
 * "Precious has run the toddler group for years"): a listed first name that is no everyday word, no first name that
 * is also a word and no gazetteer place, standing alone (no capitalised name word beside it), opening a clause
 * inside its sentence (a capital at a sentence's start is no evidence: "Ive read enough"), with a singular verb of what
 * people do right after it ("Marks and Spencer are" is a firm). Not in a text about office, elections, policing or court, not a
 * member of staff ("… from the council said"), and not a name the profile allows. Reported for review: a first
 * name alone may not identify someone. One flag look-up per word, so the pass stays linear.
 */
final class FirstNameSubjects {

    private FirstNameSubjects() {
    }

    /** "Marks and Spencer are …": joined by "and" to a capitalised word before it, one name of a pair or a firm. */
    private static boolean coordinatedWithWord(PeopleText t, int i) {
        return i >= 2 && (t.word(i - 1).equals("and") || t.word(i - 1).equals("&")) && t.capitalised(i - 2);
    }

    /** {@code names} with the first names alone that are a clause's subject added, in position order. */
    static List<PeopleMention> with(PeopleText t, List<PeopleMention> names, AllowedNames allowed,
            boolean[] allowedSpans, List<PeopleMention> children, List<PeopleMention> addresses) {
        List<PeopleMention> added = null;
        for (int f = 0; f < t.firstNameCount(); f++) {
            int i = t.firstName(f);
            if (i + 1 >= t.n || !t.capitalised(i) || !ClauseFrames.singularVerbAfter(t, i)
                    || t.has(i, PeopleTerms.AMBIGUOUS)
                    || !NameFinder.isNameWord(t, i) || NameFinder.everydayWord(t, i) || t.possessive(i)
                    || i == 0 || t.sentence(i - 1) != t.sentence(i) || !ClauseFrames.opensClauseAt(t, i)
                    || coordinatedWithWord(t, i)
                    || i > 0 && NameFinder.isNameWord(t, i - 1) && t.spaceOnlyAfter(i - 1)
                    && t.sentence(i - 1) == t.sentence(i)
                    || NameFinder.precededByRole(t, i) || NameFinder.publicRoleBefore(t, i)
                    || PersonFrame.staffAfter(t, i) || allowed.isAllowed(t, i, i, allowedSpans)
                    || Places.isPlace(t.original.substring(t.start(i), t.end(i)))
                    || NameShapes.publicMatterInText(t)) {
                continue;
            }
            Span span = new Span(t.start(i), t.end(i));
            if (LaterMentions.taken(span, names, children, addresses)) {
                continue;
            }
            if (added == null) {
                added = new ArrayList<>();
            }
            added.add(new PeopleMention(PersonalDataKind.PERSON_NAME, span, false,
                    "a first name alone as the subject of its clause"));
        }
        return added == null ? names : LaterMentions.merged(names, added);
    }
}
