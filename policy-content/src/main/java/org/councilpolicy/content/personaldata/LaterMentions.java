package org.councilpolicy.content.personaldata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.councilpolicy.core.rule.PersonalDataKind;
import org.councilpolicy.core.rule.Span;

/**
 * Later mentions of someone already named (issue 11): "Congratulations to Terry Wainwright! Terry's hanging
 * baskets …". Once a text names a private person in full, the same first name standing alone later in that text
 * is the same person, and is reported too. A first name followed by another name word ("Terry Jones") is someone
 * else. A child named with an age, school or class is identified by their first name alone after that ("Meet
 * Finley, aged 9, … thanks Finley!"): the later mention is the child's too. One pass over the words after the first mention, so the finder stays linear.
 */
final class LaterMentions {

    private LaterMentions() {
    }

    /**
     * The later bare mentions of the first names that {@code found} introduces.
     *
     * @param t     the text's words
     * @param found names and children found so far, in position order
     * @param taken every mention found so far (names, children, addresses), in position order
     * @return the extra mentions, in position order (empty when none)
     */
    static List<PeopleMention> of(PeopleText t, List<PeopleMention> found, List<PeopleMention> taken) {
        if (found.isEmpty()) {
            return List.of();
        }
        Map<String, PeopleMention> introduced = new HashMap<>();
        int from = Integer.MAX_VALUE;
        int w = 0;
        for (PeopleMention m : found) {
            while (w < t.n && t.start(w) < m.span().start()) {
                w++;
            }
            if (m.kind() == PersonalDataKind.CHILD) {
                // "Year 4 pupil Zayn Malik-Hussain …", "Finley, aged 9, …": the child's first name inside the span
                // (a child named with an age, school or class is identified whether or not a surname is given)
                for (int c = w; c < t.n && t.start(c) < m.span().end(); c++) {
                    if (t.capitalised(c) && NameFinder.startsGivenName(t, c) && !t.has(c, PeopleTerms.AMBIGUOUS)) {
                        introduced.putIfAbsent(t.word(c), m);
                        from = Math.min(from, c + 1);
                        break;
                    }
                }
                continue;
            }
            if (w >= t.n || t.start(w) != m.span().start() || !NameFinder.startsGivenName(t, w)
                    || t.has(w, PeopleTerms.AMBIGUOUS)) {
                continue;
            }
            boolean full = w + 1 < t.n && t.start(w + 1) < m.span().end();
            if (full && m.kind() == PersonalDataKind.PERSON_NAME) {
                introduced.putIfAbsent(t.word(w), m);
                from = Math.min(from, w + 1);
            }
        }
        if (introduced.isEmpty()) {
            return List.of();
        }
        List<PeopleMention> out = new ArrayList<>();
        for (int i = from; i < t.n; i++) {
            PeopleMention first = introduced.get(t.word(i));
            if (first == null || !t.capitalised(i) || t.start(i) < first.span().end()
                    || i + 1 < t.n && NameShapes.joinedAfter(t, i) && !t.possessive(i)
                    && NameFinder.isNameWord(t, i + 1) && !NameFinder.everydayWord(t, i + 1)) {
                continue;
            }
            if (first.kind() == PersonalDataKind.CHILD && i > 0 && t.gapAfter(i - 1).strip().equals(",")
                    && (i + 1 >= t.n || t.sentence(i + 1) != t.sentence(i))) {
                continue; // "They're fixed now, Harry!": the child addressed at the end, as the project's corpus leaves it
            }
            int end = t.possessive(i) ? t.end(i) - 2 : t.end(i);
            Span span = new Span(t.start(i), end);
            // a child's later mention may have been read as a name alone ("Ollie picked up …"): the child's wins
            List<PeopleMention> blocking = first.kind() == PersonalDataKind.CHILD ? notNames(taken) : taken;
            if (!NameFinder.overlapsAny(blocking, span)) {
                out.add(new PeopleMention(first.kind(), span, first.sure(),
                        first.kind() == PersonalDataKind.CHILD
                        ? "a later mention of a child identified earlier in the text"
                        : "a later mention of a person named in full earlier in the text"));
            }
        }
        return out;
    }

    private static List<PeopleMention> notNames(List<PeopleMention> taken) {
        return taken.stream().filter(m -> m.kind() != PersonalDataKind.PERSON_NAME).toList();
    }

    /** Whether a span is already a name, a child or an address found (each list in position order). */
    static boolean taken(Span span, List<PeopleMention> names, List<PeopleMention> children,
            List<PeopleMention> addresses) {
        return NameFinder.overlapsAny(names, span) || NameFinder.overlapsAny(children, span)
                || NameFinder.overlapsAny(addresses, span);
    }

    /** {@code a} and {@code b} merged in position order. */
    static List<PeopleMention> merged(List<PeopleMention> a, List<PeopleMention> b) {
        if (b.isEmpty()) {
            return a;
        }
        List<PeopleMention> all = new ArrayList<>(a);
        all.addAll(b);
        all.sort(Comparator.comparingInt(m -> m.span().start()));
        return all;
    }
}
