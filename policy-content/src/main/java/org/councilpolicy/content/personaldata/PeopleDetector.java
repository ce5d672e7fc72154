package org.councilpolicy.content.personaldata;

import static org.councilpolicy.content.personaldata.PeopleTerms.ADULT_ROLE;
import static org.councilpolicy.content.personaldata.PeopleTerms.FLAT_WORD;
import static org.councilpolicy.content.personaldata.PeopleTerms.HOUSE_WORD;
import static org.councilpolicy.content.personaldata.PeopleTerms.NOT_NAME;
import static org.councilpolicy.content.personaldata.PeopleTerms.ROLE_AFTER;
import static org.councilpolicy.content.personaldata.PeopleTerms.ROLE_BEFORE;
import static org.councilpolicy.content.personaldata.PeopleTerms.STREET_TYPE;
import static org.councilpolicy.content.personaldata.PeopleTerms.VENUE_WORD;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.councilpolicy.core.analysis.TextAnalysis;
import org.councilpolicy.core.profile.Profile;
import org.councilpolicy.core.rule.PersonalDataKind;
import org.councilpolicy.core.rule.RuleContext;
import org.councilpolicy.core.rule.SharedKey;
import org.councilpolicy.core.rule.Span;

/**
 * Finds private individuals' names, named children and home addresses in a text (clauses PD-1, PD-4, PD-7).
 *
 * <p>Prepared once per profile: the people the profile names (councillors, officers, partners, public figures)
 * are never reported, nor are names in a public role ("Cllr", "MP", "King Charles"). Names are found from a
 * title ("Mrs Patel"), from a context cue ("thanks to resident Sarah Jenkins", "Dave Smith, who lives…") or, with
 * less certainty, from a first name and a surname both in the gazetteer ({@link NameGazetteer}). Immutable and
 * thread-safe; linear in the text.
 */
public final class PeopleDetector {

    /** The results per text analysed (keyed by the text's analysis), shared between every rule that asks. */
    private static final SharedKey<Map<TextAnalysis, PeopleFindings>> FINDINGS =
            SharedKey.named("personaldata.people-findings");

    private final PeopleTerms terms;
    private final AllowedNames allowed;
    /** The detector for texts checked without a profile (comments scanned for offences): it allows nobody. */
    private static final PeopleDetector WITHOUT_PROFILE = new PeopleDetector(null);

    private PeopleDetector(Profile profile) {
        this.terms = PeopleTerms.get();
        this.allowed = new AllowedNames(profile);
    }

    /**
     * A detector that never reports the people {@code profile} names.
     *
     * @param profile the council profile (its councillors, officers, partners and public figures)
     * @return the detector, immutable and thread-safe
     */
    public static PeopleDetector forProfile(Profile profile) {
        Objects.requireNonNull(profile, "profile");
        return new PeopleDetector(profile);
    }

    /**
     * The detector that knows no council's people: for texts read without a profile, such as comments scanned
     * for offences. The same finder as {@link #forProfile}, so drafts and comments find names one way.
     *
     * @return the detector, immutable and thread-safe
     */
    public static PeopleDetector withoutProfile() {
        return WITHOUT_PROFILE;
    }

    /**
     * The people found in {@code text}, computed once per subject and shared between rules through
     * {@code context}. Every rule of one engine has the same profile, so whichever computes it first gives the
     * same answer.
     *
     * @param text    the text of the draft being checked
     * @param context the rule context of that check
     * @return the names, children and addresses found
     */
    public PeopleFindings analyse(String text, RuleContext context) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(context, "context");
        return context.shared(FINDINGS, IdentityHashMap::new)
                .computeIfAbsent(TextAnalysis.of(context, text), a -> analyse(a.get(PeopleText.KEY)));
    }

    /**
     * The people found in {@code text}, without sharing.
     *
     * @param text any text
     * @return the names, children and addresses found
     */
    public PeopleFindings analyse(String text) {
        Objects.requireNonNull(text, "text");
        return analyse(new PeopleText(TextAnalysis.of(text), terms));
    }

    /**
     * The people found in the text of {@code analysis}, reading the words it shares with every other rule of the
     * check (its one normalised view and sentences), without caching the findings themselves.
     *
     * @param analysis the analysis of the text
     * @return the names, children and addresses found
     */
    public PeopleFindings analyse(TextAnalysis analysis) {
        Objects.requireNonNull(analysis, "analysis");
        return analyse(analysis.get(PeopleText.KEY));
    }

    private PeopleFindings analyse(PeopleText t) {
        boolean[] allowedSpans = allowed.words(t);
        List<PeopleMention> worksSites = new ArrayList<>();
        List<PeopleMention> addresses = AddressFinder.find(t, worksSites);
        List<PeopleMention> children = ChildFinder.find(t, allowed, allowedSpans);
        List<PeopleMention> found = NameFinder.find(t, allowed, allowedSpans, children, addresses);
        List<PeopleMention> names = found;
        if (found.stream().anyMatch(m -> m.kind() == PersonalDataKind.CHILD)) {
            // "our son Alfie": the name finder's children join the child finder's, in position order
            names = found.stream().filter(m -> m.kind() != PersonalDataKind.CHILD).toList();
            List<PeopleMention> all = new ArrayList<>(children);
            found.stream().filter(m -> m.kind() == PersonalDataKind.CHILD).forEach(all::add);
            all.sort(Comparator.comparingInt(m -> m.span().start()));
            children = all;
        }
        // "Gwenda and Alun Parry": people named together with a person are people
        names = NameCoordination.withCoordinated(t, names, allowed, allowedSpans, children, addresses);
        names = LowerCaseNames.with(t, names, allowed, allowedSpans, children, addresses);
        names = NameCoordination.withPairs(t, names, allowed, allowedSpans, children, addresses);
        names = FirstNameSubjects.with(t, names, allowed, allowedSpans, children, addresses);
        List<List<PeopleMention>> split = ChildGroups.split(t, names, children);
        names = split.get(0);
        children = split.get(1);
        List<PeopleMention> people = LaterMentions.merged(names, children);
        List<PeopleMention> later = LaterMentions.of(t, people, LaterMentions.merged(people, addresses));
        if (!later.isEmpty()) {
            names = LaterMentions.merged(names,
                    later.stream().filter(m -> m.kind() == PersonalDataKind.PERSON_NAME).toList());
            List<PeopleMention> laterChildren = later.stream().filter(m -> m.kind() == PersonalDataKind.CHILD).toList();
            children = LaterMentions.merged(children, laterChildren);
            // "Ollie, 6, … Ollie picked up 40 cans": the later mention read as a name alone is the child's
            names = names.stream().filter(m -> !NameFinder.overlapsAny(laterChildren, m.span())).toList();
        }
        List<List<PeopleMention>> same = ChildGroups.sameAsChild(t, names, children);
        return new PeopleFindings(same.get(0), same.get(1), addresses, worksSites);
    }

    /**
     * The first names alone that address the person a reply answers ("Hi Paul,", "…, Tom."), never people the
     * profile names: reported only when the reply also carries that person's case details ({@link ReplyAddressee}).
     */
    List<Span> addressees(String text, RuleContext context) {
        PeopleText t = TextAnalysis.of(context, text).get(PeopleText.KEY);
        boolean[][] allowedSpans = {null}; // the allow-list scanned only for a first name alone (most texts have none)
        boolean[] scanned = {false};
        return ReplyAddressee.find(t, i -> {
            if (!scanned[0]) {
                allowedSpans[0] = allowed.words(t);
                scanned[0] = true;
            }
            return allowed.isAllowed(t, i, i, allowedSpans[0]);
        });
    }

    /**
     * The first names alone that a post speaks to ("Rosa, pop in with ID and we'll reunite you"), never people the
     * profile names ({@link ReplyAddressee#spokenTo}).
     */
    List<Span> spokenTo(String text, RuleContext context) {
        PeopleText t = TextAnalysis.of(context, text).get(PeopleText.KEY);
        boolean[][] allowedSpans = {null};
        return ReplyAddressee.spokenTo(t, i -> {
            if (allowedSpans[0] == null) {
                allowedSpans[0] = allowed.words(t);
            }
            return allowed.isAllowed(t, i, i, allowedSpans[0]);
        });
    }

    /** {@return the gazetteer this detector uses} */
    public static NameGazetteer gazetteer() {
        return NameGazetteer.get();
    }
}
