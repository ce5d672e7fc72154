package org.councilpolicy.content.personaldata;

import static org.councilpolicy.content.personaldata.PeopleTerms.ADULT_ROLE;
import static org.councilpolicy.content.personaldata.PeopleTerms.FLAT_WORD;
import static org.councilpolicy.content.personaldata.PeopleTerms.HOUSE_WORD;
import static org.councilpolicy.content.personaldata.PeopleTerms.NOT_NAME;
import static org.councilpolicy.content.personaldata.PeopleTerms.ROLE_AFTER;
import static org.councilpolicy.content.personaldata.PeopleTerms.ROLE_BEFORE;
import static org.councilpolicy.content.personaldata.PeopleTerms.STREET_TYPE;
import static org.councilpolicy.content.personaldata.PeopleTerms.TITLE;
import static org.councilpolicy.content.personaldata.PeopleTerms.VENUE_WORD;


import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.councilpolicy.content.judgement.NationalFigures;
import org.councilpolicy.core.profile.NamedPerson;
import org.councilpolicy.core.profile.Profile;
import org.councilpolicy.core.rule.Span;
import org.councilpolicy.core.text.Lexicon;
import org.councilpolicy.core.text.LexiconMatch;
import org.councilpolicy.core.text.Tokenizer;

/**
 * The people a profile names (councillors, officers, partners, public figures), who are never reported as
 * private individuals: their full names and aliases as a lexicon, and their surnames and first names for a
 * name written in part. Immutable.
 */
final class AllowedNames {

    /** Full names, aliases and partners from the profile; null when the profile names nobody. */
    private final Lexicon<Boolean> allowed;
    private final Set<String> surnames;
    private final Set<String> firstNames;

    /**
     * National politicians and office holders, whatever the profile: public figures, never private individuals
     * (their full names only, from the list the publishing judgement keeps with its source and date).
     */
    private static final List<String> NATIONAL_FIGURES = NationalFigures.fullNames().stream()
            .filter(name -> name.contains(" ")).toList();

    /** The allow-list of {@code profile}, or an empty one for {@code null}. */
    AllowedNames(Profile profile) {
        if (profile == null) {
            this.allowed = null;
            this.surnames = Set.of();
            this.firstNames = Set.of();
            return;
        }
        Lexicon.Builder<Boolean> b = Lexicon.builder();
        Set<String> surnameSet = new HashSet<>();
        Set<String> firstNameSet = new HashSet<>();
        boolean any = !NATIONAL_FIGURES.isEmpty();
        NATIONAL_FIGURES.forEach(name -> b.add(name, Boolean.TRUE));
        var people = profile.namedPeople();
        for (List<NamedPerson> group : List.of(people.councillors(), people.officers(), people.publicFigures())) {
            for (NamedPerson p : group) {
                List<String> forms = new ArrayList<>();
                forms.add(p.name());
                forms.addAll(p.aliases());
                for (String form : forms) {
                    if (form.isBlank()) {
                        continue;
                    }
                    b.add(form, Boolean.TRUE);
                    any = true;
                    var words = Tokenizer.words(PeopleTerms.key(form));
                    if (!words.isEmpty()) {
                        String last = words.get(words.size() - 1).text();
                        surnameSet.add(last.endsWith("'s") ? last.substring(0, last.length() - 2) : last);
                        firstNameSet.add(words.get(0).text());
                    }
                }
            }
        }
        for (String partner : people.partners()) {
            if (!partner.isBlank()) {
                b.add(partner, Boolean.TRUE);
                any = true;
            }
        }
        this.allowed = any ? b.build() : null;
        this.surnames = Set.copyOf(surnameSet);
        this.firstNames = Set.copyOf(firstNameSet);
    }

    /**
     * Which words are inside a mention of someone the profile names (councillors, officers, partners, public
     * figures), or null when the profile names nobody. Lexicon matches are whole words, so marking words is exact;
     * one pass over the sorted matches and words.
     */
    boolean[] words(PeopleText t) {
        if (allowed == null) {
            return null;
        }
        boolean[] marked = null;
        for (LexiconMatch<Boolean> m : allowed.findAll(t.normalised)) {
            Span a = m.original();
            int w = firstWordEndingAfter(t, a.start());
            for (; w < t.n && t.start(w) < a.end(); w++) {
                if (marked == null) {
                    marked = new boolean[t.n];
                }
                marked[w] = true;
            }
        }
        return marked;
    }

    private static int firstWordEndingAfter(PeopleText t, int offset) {
        int lo = 0;
        int hi = t.n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (t.end(mid) <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    boolean isAllowed(PeopleText t, int first, int last, boolean[] allowedSpans) {
        for (int w = first; allowedSpans != null && w <= last; w++) {
            if (allowedSpans[w]) {
                return true;
            }
        }
        if (surnames.contains(t.word(last)) && (last > first || t.has(first - 1, TITLE))) {
            return true;
        }
        // a listed person's first name alone ("thanks to Sam"), but not a title with it ("Mrs Daniel")
        return last == first && !t.has(first - 1, TITLE) && firstNames.contains(t.word(first));
    }
}
