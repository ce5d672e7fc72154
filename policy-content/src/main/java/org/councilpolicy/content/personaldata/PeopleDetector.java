package org.councilpolicy.content.personaldata;

import static org.councilpolicy.content.personaldata.PeopleTerms.ADULT_ROLE;
import static org.councilpolicy.content.personaldata.PeopleTerms.AMBIGUOUS;
import static org.councilpolicy.content.personaldata.PeopleTerms.FIRST;
import static org.councilpolicy.content.personaldata.PeopleTerms.FLAT_WORD;
import static org.councilpolicy.content.personaldata.PeopleTerms.HOUSE_WORD;
import static org.councilpolicy.content.personaldata.PeopleTerms.NOT_NAME;
import static org.councilpolicy.content.personaldata.PeopleTerms.ROLE_AFTER;
import static org.councilpolicy.content.personaldata.PeopleTerms.ROLE_BEFORE;
import static org.councilpolicy.content.personaldata.PeopleTerms.SCHOOL;
import static org.councilpolicy.content.personaldata.PeopleTerms.STOP;
import static org.councilpolicy.content.personaldata.PeopleTerms.STREET_TYPE;
import static org.councilpolicy.content.personaldata.PeopleTerms.SURNAME;
import static org.councilpolicy.content.personaldata.PeopleTerms.TITLE;
import static org.councilpolicy.content.personaldata.PeopleTerms.VENUE_WORD;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.councilpolicy.core.analysis.TextAnalysis;
import org.councilpolicy.core.analysis.Places;
import org.councilpolicy.core.profile.NamedPerson;
import org.councilpolicy.core.profile.Profile;
import org.councilpolicy.core.rule.PersonalDataKind;
import org.councilpolicy.core.rule.RuleContext;
import org.councilpolicy.core.rule.SharedKey;
import org.councilpolicy.core.rule.Span;
import org.councilpolicy.core.text.Lexicon;
import org.councilpolicy.core.text.LexiconMatch;
import org.councilpolicy.core.text.NormalisedText;
import org.councilpolicy.core.text.Tokenizer;

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

    /** Per-draft results, shared between every rule that asks. */
    private static final SharedKey<PeopleFindings> FINDINGS = SharedKey.named("personaldata.people-findings");
    private static final SharedKey<PeopleText> TEXT = SharedKey.named("personaldata.people-text");

    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17));

    /** Words that start a place name, never a person's: "West Bridgford", "Little Stanley", "Long Melford". */
    private static final Set<String> PLACE_PREFIXES = Set.of("west", "east", "north", "south", "upper", "lower",
            "great", "little", "nether", "old", "new", "long", "high", "market", "much", "kings", "bishops",
            "church", "castle");
    /** Words right before a name that make it a place: "in", "near", "around", "the"... */
    private static final Set<String> PLACE_BEFORE = Set.of("in", "near", "around", "across", "throughout",
            "towards", "via", "the");

    private final PeopleTerms terms;
    /** Full names, aliases and partners from the profile; may be null when the profile names nobody. */
    private final Lexicon<Boolean> allowed;
    private final Set<String> allowedSurnames;
    private final Set<String> allowedFirstNames;
    /** The detector for texts checked without a profile (comments scanned for offences): it allows nobody. */
    private static final PeopleDetector WITHOUT_PROFILE = new PeopleDetector(null);

    private PeopleDetector(Profile profile) {
        this.terms = PeopleTerms.get();
        if (profile == null) {
            this.allowed = null;
            this.allowedSurnames = Set.of();
            this.allowedFirstNames = Set.of();
            return;
        }
        Lexicon.Builder<Boolean> b = Lexicon.builder();
        Set<String> surnames = new HashSet<>();
        Set<String> firstNames = new HashSet<>();
        boolean any = false;
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
                        surnames.add(last.endsWith("'s") ? last.substring(0, last.length() - 2) : last);
                        firstNames.add(words.get(0).text());
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
        this.allowedSurnames = Set.copyOf(surnames);
        this.allowedFirstNames = Set.copyOf(firstNames);
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
        return context.shared(FINDINGS, () -> analyse(text(text, context)));
    }

    /**
     * The people found in {@code text}, without sharing.
     *
     * @param text any text
     * @return the names, children and addresses found
     */
    public PeopleFindings analyse(String text) {
        Objects.requireNonNull(text, "text");
        return analyse(new PeopleText(NormalisedText.of(text), terms));
    }

    /**
     * The text's lexical view ({@link TextAnalysis#normalised()}), shared through {@code context} by every rule
     * that reads the same text, so a text is normalised once.
     *
     * @param text    the text of the draft being checked
     * @param context the rule context of that check
     * @return the normalised text
     */
    public static NormalisedText normalised(String text, RuleContext context) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(context, "context");
        return TextAnalysis.of(context, text).normalised();
    }

    static PeopleText text(String text, RuleContext context) {
        return context.shared(TEXT, () -> new PeopleText(normalised(text, context), PeopleTerms.get()));
    }

    private PeopleFindings analyse(PeopleText t) {
        boolean[] allowedSpans = allowedWords(t);
        List<PeopleMention> addresses = findAddresses(t);
        List<PeopleMention> children = findChildren(t, allowedSpans);
        List<PeopleMention> names = findNames(t, allowedSpans, children, addresses);
        return new PeopleFindings(names, children, addresses);
    }

    /**
     * Which words are inside a mention of someone the profile names (councillors, officers, partners, public
     * figures), or null when the profile names nobody. Lexicon matches are whole words, so marking words is exact;
     * one pass over the sorted matches and words.
     */
    private boolean[] allowedWords(PeopleText t) {
        if (allowed == null) {
            return null;
        }
        boolean[] marked = null;
        for (LexiconMatch<Boolean> m : allowed.findAll(t.normalised)) {
            Span a = m.original();
            int w = firstWordEndingAfter(t, a.start());
            for (; w < t.n && t.start[w] < a.end(); w++) {
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
            if (t.end[mid] <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    // ---------------------------------------------------------------- names

    private List<PeopleMention> findNames(PeopleText t, boolean[] allowedSpans, List<PeopleMention> children,
                                          List<PeopleMention> addresses) {
        List<PeopleMention> out = new ArrayList<>();
        int i = 0;
        while (i < t.n) {
            int next = i + 1;
            if (isTitle(t, i)) {
                int last = extendName(t, i + 1, true);
                if (last > i) {
                    next = last + 1;
                    if (!precededByRole(t, i) && !isAllowed(t, i + 1, last, allowedSpans)
                            && !isPlaceAfterNumber(t, i, last)) {
                        add(out, t, i, last, true, "a title followed by a name", children, addresses);
                    }
                }
            } else if (startsGivenName(t, i)) {
                int last = extendName(t, i + 1, false);
                if (last < i) {
                    last = i;
                }
                next = last + 1;
                if (!precededByRole(t, i) && !followedByRole(t, last) && !publicRoleBefore(t, i)
                        && !isAllowed(t, i, last, allowedSpans) && !isPlaceAfterNumber(t, i, last)
                        && !looksLikePlace(t, i, last)) {
                    boolean context = personContext(t, i, last);
                    boolean ambiguous = t.has(i, AMBIGUOUS);
                    if (last > i) {
                        if (context) {
                            add(out, t, i, last, true, "a name with a context cue", children, addresses);
                        } else if (!ambiguous && t.has(last, SURNAME) && !t.has(last, NOT_NAME)
                                && !Places.isPlace(t.original.substring(t.start[i], t.end[last]))) {
                            // Without a cue, "Ashley Green" or "Stanley Common" is the village, not a person.
                            add(out, t, i, last, false, "a first name and a surname from the gazetteer, with no "
                                    + "title or context to confirm it is a private person", children, addresses);
                        }
                    } else if (context && !ambiguous) {
                        add(out, t, i, last, false, "a first name with a context cue; a first name alone may not "
                                + "identify someone", children, addresses);
                    }
                }
            }
            i = next;
        }
        return out;
    }

    private static void add(List<PeopleMention> out, PeopleText t, int first, int last, boolean sure, String reason,
                            List<PeopleMention> children, List<PeopleMention> addresses) {
        // "Mrs Smith's housing case": the name without its possessive ending
        int end = t.possessive[last] && t.end[last] - t.start[last] > 2 ? t.end[last] - 2 : t.end[last];
        Span span = new Span(t.start[first], end);
        if (overlapsAny(children, span) || overlapsAny(addresses, span)) {
            return;
        }
        out.add(new PeopleMention(PersonalDataKind.PERSON_NAME, span, sure, reason));
    }

    /**
     * Whether a mention of {@code sorted} (by start, not overlapping each other) overlaps {@code span}: only the
     * last mention starting before the span's end can; found by binary search, so checking every name stays
     * linear overall.
     */
    private static boolean overlapsAny(List<PeopleMention> sorted, Span span) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid).span().start() < span.end()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo > 0 && sorted.get(lo - 1).overlaps(span);
    }

    private static boolean isTitle(PeopleText t, int i) {
        if (!t.has(i, TITLE) || !t.capitalised[i] || i + 1 >= t.n) {
            return false;
        }
        String gap = t.gapAfter(i);
        if (gap.isEmpty() || gap.length() > 3 || !gap.strip().replace(".", "").isEmpty() || gap.indexOf('\n') >= 0) {
            return false;
        }
        if (t.word[i].equals("dr") && i > 0 && t.capitalised[i - 1] && t.spaceOnlyAfter(i - 1)) {
            return false; // "Elm Dr": Drive
        }
        return true;
    }

    private static boolean startsGivenName(PeopleText t, int i) {
        return t.capitalised[i] && t.has(i, FIRST) && !t.has(i, ROLE_BEFORE) && isNameWord(t, i)
                && !(i > 0 && t.has(i - 1, TITLE) && t.capitalised[i - 1]);
    }

    /** A capitalised word that could be part of a name: not a place, venue, street type or common word. */
    private static boolean isNameWord(PeopleText t, int i) {
        if (i >= t.n || !t.capitalised[i] || t.has(i, NOT_NAME | STOP | ROLE_AFTER | SCHOOL | VENUE_WORD)
                || t.cueCovers(i, PeopleTerms.Cue.NOT_NAME)) {
            return false;
        }
        String w = t.word[i];
        if (!Character.isLetter(w.charAt(0)) || t.upper[i] && w.length() <= 3) {
            return false; // "RIP", "NHS", "BT": acronyms, not names
        }
        if (t.embedded[i] || hasDigit(w)) {
            return false; // part of an e-mail or web address, a handle, a registration mark or a code
        }
        if (t.has(i, STREET_TYPE) && !t.has(i, SURNAME)) {
            return false;
        }
        return true;
    }

    private static boolean hasDigit(String w) {
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /**
     * The last word of a name whose next word is {@code from}: up to three capitalised name words, joined by
     * spaces only (after a title, a full stop may follow the title). Returns {@code from - 1} when none.
     */
    private static int extendName(PeopleText t, int from, boolean afterTitle) {
        int last = from - 1;
        int limit = afterTitle ? 3 : 2;
        for (int k = from; k < t.n && k - from < limit; k++) {
            boolean joined = (k == from && afterTitle) || t.spaceOnlyAfter(k - 1);
            if (!joined || t.possessive[k - 1] && k > from) {
                break;
            }
            if (!isNameWord(t, k)) {
                break;
            }
            last = k;
            if (t.possessive[k]) {
                break;
            }
        }
        return last;
    }

    private static boolean precededByRole(PeopleText t, int i) {
        if (i == 0) {
            return false;
        }
        int p = i - 1;
        if (!t.has(p, ROLE_BEFORE) && !(t.has(p, TITLE) && p > 0 && t.has(p - 1, ROLE_BEFORE))) {
            return false;
        }
        String gap = t.gapAfter(p);
        return gap.strip().replace(".", "").isEmpty() && gap.indexOf('\n') < 0;
    }

    private static boolean followedByRole(PeopleText t, int last) {
        int k = last + 1;
        if (k >= t.n || !t.has(k, ROLE_AFTER)) {
            return false;
        }
        String gap = t.gapAfter(last);
        return gap.strip().replace(",", "").isEmpty() && gap.indexOf('\n') < 0;
    }

    private static boolean publicRoleBefore(PeopleText t, int i) {
        for (int k = Math.max(0, i - 4); k < i; k++) {
            if (t.cueCovers(k, PeopleTerms.Cue.PUBLIC_ROLE) && t.sentence[k] == t.sentence[i]) {
                return true;
            }
        }
        return false;
    }

    /** "12 Jackson Close": a number before capitalised words means a street, not a person. */
    private static boolean isPlaceAfterNumber(PeopleText t, int first, int last) {
        return first > 0 && t.isHouseNumber(first - 1) && t.spaceOnlyAfter(first - 1)
                || last + 1 < t.n && t.has(last + 1, STREET_TYPE) && t.capitalised[last + 1] && t.spaceOnlyAfter(last);
    }

    /**
     * An untitled "first name + word" that reads as a place, as so many UK place names do ("West Bridgford",
     * "Little Stanley", "Mill Hill"): a compass or size word in front ("West", "North", "Little", "Long"...),
     * a preposition of place or "the" just before ("centre in West Bridgford", "the Sutton Bonington in Bloom
     * team"), or a venue word or "in Bloom" just after ("Mill Hill Library"). A possessive name is a person's
     * ("in Sarah Jones's garden").
     */
    private static boolean looksLikePlace(PeopleText t, int first, int last) {
        if (last > first && PLACE_PREFIXES.contains(t.word[first])) {
            return true;
        }
        if (t.possessive[last]) {
            return false;
        }
        if (first > 0 && PLACE_BEFORE.contains(t.word[first - 1]) && t.spaceOnlyAfter(first - 1)) {
            return true;
        }
        int k = last + 1;
        if (k < t.n && t.spaceOnlyAfter(last)) {
            if (t.capitalised[k] && t.has(k, VENUE_WORD | NOT_NAME)) {
                return true;
            }
            return t.word[k].equals("in") && k + 1 < t.n && t.word[k + 1].equals("bloom") && t.capitalised[k + 1];
        }
        return false;
    }

    private boolean isAllowed(PeopleText t, int first, int last, boolean[] allowedSpans) {
        for (int w = first; allowedSpans != null && w <= last; w++) {
            if (allowedSpans[w]) {
                return true;
            }
        }
        if (allowedSurnames.contains(t.word[last]) && (last > first || t.has(first - 1, TITLE))) {
            return true;
        }
        // a listed person's first name alone ("thanks to Sam"), but not a title with it ("Mrs Daniel")
        return last == first && !t.has(first - 1, TITLE) && allowedFirstNames.contains(t.word[first]);
    }

    private static boolean personContext(PeopleText t, int first, int last) {
        int sent = t.sentence[first];
        for (int k = Math.max(0, first - 4); k < first; k++) {
            if (t.cueEndsAt(k, PeopleTerms.Cue.PERSON_BEFORE) && t.sentence[k] == sent) {
                return true;
            }
        }
        for (int k = last + 1; k < t.n && k <= last + 3; k++) {
            if (t.cueStartsAt(k, PeopleTerms.Cue.PERSON_AFTER) && t.sentence[k] == sent) {
                return true;
            }
        }
        // "Sarah Jenkins, 34, of …": an adult's age right after the name
        int age = ageAfter(t, last);
        return age >= 18 && age < 120;
    }

    /** An age written right after a name ("Amelia, 7", "Jack (aged 9)", "Ann, aged 80"), or -1. */
    private static int ageAfter(PeopleText t, int last) {
        int k = last + 1;
        if (k >= t.n || t.sentence[k] != t.sentence[last]) {
            return -1;
        }
        String gap = t.gapAfter(last).strip();
        if (!(gap.equals(",") || gap.equals("(") || gap.equals(", (") || gap.equals("-") || gap.equals("\u2013"))) {
            return -1;
        }
        if ((t.word[k].equals("aged") || t.word[k].equals("age")) && k + 1 < t.n) {
            int v = t.smallNumber(k + 1);
            if (v < 0) {
                v = NUMBER_WORDS.getOrDefault(t.word[k + 1], -1);
            }
            return v;
        }
        int v = t.smallNumber(k);
        if (v < 0) {
            return -1;
        }
        // "Amelia, 7" but not "on 7 March" or "at 7:30"
        if (k + 1 < t.n) {
            String after = t.gapAfter(k);
            if (after.startsWith(":") || after.startsWith(".") && k + 2 < t.n && Character.isDigit(t.word[k + 1].charAt(0))) {
                return -1;
            }
            if (t.spaceOnlyAfter(k) && isMonthOrUnit(t.word[k + 1])) {
                return -1;
            }
        }
        return v;
    }

    private static boolean isMonthOrUnit(String w) {
        return switch (w) {
            case "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                 "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
                 "dec", "am", "pm", "minutes", "hours", "days", "weeks", "months", "percent", "miles", "points" -> true;
            default -> false;
        };
    }

    // ---------------------------------------------------------------- children

    private List<PeopleMention> findChildren(PeopleText t, boolean[] allowedSpans) {
        List<PeopleMention> out = new ArrayList<>();
        int i = 0;
        while (i < t.n) {
            if (!(t.capitalised[i] && t.has(i, FIRST) && isNameWord(t, i)) || precededByRole(t, i)
                    || i > 0 && t.has(i - 1, TITLE) && t.capitalised[i - 1]) {
                i++;
                continue;
            }
            int last = Math.max(i, extendName(t, i + 1, false));
            if (surnameLikeStreetWithAge(t, last)) {
                last++; // "Poppy Lane, 8": a street has no age
            }
            if (isAllowed(t, i, last, allowedSpans) || followedByRole(t, last)) {
                i = last + 1;
                continue;
            }
            int from = t.start[i];
            int to = -1;
            String reason = null;
            int age = ageAfter(t, last);
            if (age >= 0 && age < 18) {
                int k = last + 1;
                int ageWord = t.word[k].startsWith("age") && !Character.isDigit(t.word[k].charAt(0)) ? k + 1 : k;
                to = t.end[ageWord];
                if (ageWord + 1 < t.n && t.original.charAt(t.end[ageWord]) == ')') {
                    to = t.end[ageWord] + 1;
                }
                reason = "a child's name with their age";
            }
            int yearsOld = yearsOldBefore(t, i);
            if (to < 0 && yearsOld >= 0) {
                from = t.start[yearsOld];
                to = t.end[last];
                reason = "a child's name with their age";
            }
            if (to < 0) {
                int after = schoolAfter(t, last);
                int before = schoolBefore(t, i);
                if (after >= 0 || before >= 0) {
                    from = before >= 0 ? t.start[before] : t.start[i];
                    to = after >= 0 ? t.end[after] : t.end[last];
                    reason = "a child's name with their school, class or year group";
                }
            }
            i = last + 1;
            if (to > 0) {
                out.add(new PeopleMention(PersonalDataKind.CHILD, new Span(from, to), true, reason));
                while (i < t.n && t.start[i] < to) {
                    i++; // children do not overlap: the next starts after this one's school or age
                }
            }
        }
        return out;
    }

    /**
     * Whether the word after a first name is a capitalised street word ("Lane", "Hill") that is a surname
     * here, because a child's age follows it ("Poppy Lane, 8,", "Tom Hill (9)").
     */
    private static boolean surnameLikeStreetWithAge(PeopleText t, int last) {
        int k = last + 1;
        if (k >= t.n || !t.capitalised[k] || !t.has(k, STREET_TYPE) || !t.spaceOnlyAfter(last)
                || t.has(last + 1, STOP) || ageAfter(t, last) >= 0) {
            return false;
        }
        int age = ageAfter(t, k);
        if (age < 0 || age >= 18) {
            return false;
        }
        // The age stands alone: "Poppy Lane, 8," or "... 8!", not "Mill Lane, 8 houses".
        int a = t.word[k + 1].startsWith("age") ? k + 2 : k + 1;
        return a + 1 >= t.n || !t.spaceOnlyAfter(a);
    }

    /** "7-year-old Jack": the index of the "N-year-old" word just before {@code i}, or -1. */
    private static int yearsOldBefore(PeopleText t, int i) {
        int k = i - 1;
        if (k < 0 || !t.spaceOnlyAfter(k)) {
            return -1;
        }
        String w = t.word[k];
        int dash = w.indexOf("-year-old");
        if (dash <= 0 || dash + "-year-old".length() != w.length()) {
            return -1;
        }
        String n = w.substring(0, dash);
        int v = NUMBER_WORDS.getOrDefault(n, -1);
        if (v < 0 && n.length() <= 2 && n.chars().allMatch(Character::isDigit)) {
            v = Integer.parseInt(n);
        }
        return v >= 0 && v < 18 ? k : -1;
    }

    /** The school, class or year-group word after a name in the same sentence, or -1. */
    private static int schoolAfter(PeopleText t, int last) {
        int sent = t.sentence[last];
        for (int k = last + 1; k < t.n && k <= last + 8 && t.sentence[k] == sent; k++) {
            if (t.has(k, ADULT_ROLE)) {
                return -1;
            }
            if (!isSchoolWord(t, k) && !(t.capitalised[k] || t.smallNumber(k) >= 0 || isLinkWord(t.word[k]))) {
                return -1;
            }
            if (isSchoolWord(t, k)) {
                int end = k;
                if (t.word[k].equals("year") || t.word[k].equals("class") && k + 1 < t.n && t.smallNumber(k + 1) >= 0) {
                    end = k + 1; // "Year 4", "Class 3"
                }
                while (end + 1 < t.n && t.sentence[end + 1] == sent && t.capitalised[end + 1] && t.spaceOnlyAfter(end)
                        && t.has(end + 1, SCHOOL)) {
                    end++;
                }
                if (end + 1 < t.n && t.has(end + 1, ADULT_ROLE) && t.spaceOnlyAfter(end)) {
                    return -1; // "Class teacher"
                }
                // "Year 4 at St Mary's Primary": run on to the school's name
                for (int q = end + 1; q < t.n && q <= end + 6 && t.sentence[q] == sent; q++) {
                    if (t.has(q, SCHOOL) && t.capitalised[q] && !t.word[q].equals("year")) {
                        end = q;
                        break;
                    }
                    if (!(t.capitalised[q] || t.word[q].equals("at") || t.word[q].equals("in"))) {
                        break;
                    }
                }
                return end;
            }
        }
        return -1;
    }

    private static boolean isLinkWord(String w) {
        return switch (w) {
            case "in", "at", "from", "of", "the", "a", "who", "goes", "to", "attends", "pupil", "aged" -> true;
            default -> false;
        };
    }

    private static int schoolBefore(PeopleText t, int first) {
        int sent = t.sentence[first];
        for (int k = first - 1; k >= 0 && k >= first - 3 && t.sentence[k] == sent; k--) {
            if (t.has(k, ADULT_ROLE)) {
                return -1;
            }
            String w = t.word[k];
            if (w.equals("pupil") || w.equals("schoolboy") || w.equals("schoolgirl") || w.equals("classmate")) {
                int start = k;
                if (k >= 2 && t.word[k - 2].equals("year") && t.smallNumber(k - 1) >= 0) {
                    start = k - 2;
                }
                return start;
            }
        }
        return -1;
    }

    private static boolean isSchoolWord(PeopleText t, int k) {
        if (!t.has(k, SCHOOL)) {
            return false;
        }
        return switch (t.word[k]) {
            case "year" -> {
                int v = k + 1 < t.n ? t.smallNumber(k + 1) : -1;
                yield t.capitalised[k] && v >= 1 && v <= 13;
            }
            case "reception" -> t.capitalised[k]; // the class, not the council's front desk
            default -> true;
        };
    }

    // ---------------------------------------------------------------- addresses

    private List<PeopleMention> findAddresses(PeopleText t) {
        List<PeopleMention> out = new ArrayList<>();
        int coveredTo = -1;
        for (int k = 0; k < t.n; k++) {
            if (k <= coveredTo) {
                continue;
            }
            int start = -1;
            int end = -1;
            if (t.has(k, STREET_TYPE) && t.capitalised[k]) {
                int nameStart = k;
                while (nameStart - 1 >= 0 && k - nameStart < 3 && t.spaceOnlyAfter(nameStart - 1)
                        && t.capitalised[nameStart - 1] && !t.isHouseNumber(nameStart - 1)
                        && (!t.has(nameStart - 1, STOP) || t.word[nameStart - 1].equals("the")
                        && nameStart - 2 >= 0 && t.isHouseNumber(nameStart - 2))) {
                    nameStart--;
                }
                if (nameStart == k) {
                    continue;
                }
                start = addressStart(t, nameStart);
                end = k;
            } else if ((t.word[k].equals("number") || t.word[k].equals("no")) && k + 1 < t.n
                    && t.isHouseNumber(k + 1) && residentialBefore(t, k) && !publicPlaceNear(t, k, k + 1)) {
                start = k;
                end = k + 1;
            } else if (t.isHouseNumber(k) && !t.has(k + 1, STREET_TYPE)) {
                end = streetWithPostcode(t, k);
                start = end > 0 ? k : -1;
            }
            if (start < 0) {
                continue;
            }
            coveredTo = end;
            Span span = new Span(t.start[start], t.end[end]);
            if (!out.isEmpty() && out.get(out.size() - 1).overlaps(span)) {
                out.remove(out.size() - 1); // "outside number 12" then "number 12 on Elm Road": keep the longer
            }
            boolean residential = residentialNear(t, start, end) || personBefore(t, start);
            if (residential) {
                out.add(new PeopleMention(PersonalDataKind.STREET_ADDRESS, span, true,
                        "an address in a residential context"));
            } else if (!publicPlaceNear(t, start, end)) {
                out.add(new PeopleMention(PersonalDataKind.STREET_ADDRESS, span, false,
                        "a house number or house name with a street; it may be a business or venue"));
            }
        }
        return out;
    }

    /**
     * "27 Ridgeway, Plymouth PL7 4HJ": a house number, one or two capitalised words without a street type, an
     * optional town and a postcode. Returns the index of the street name's last word, or -1.
     */
    private static int streetWithPostcode(PeopleText t, int number) {
        int k = number + 1;
        if (k >= t.n || !t.spaceOnlyAfter(number) || t.sentence[k] != t.sentence[number]) {
            return -1;
        }
        int last = -1;
        while (k < t.n && k - number <= 2 && t.capitalised[k] && !t.has(k, STOP) && !t.upper[k]
                && Character.isLetter(t.word[k].charAt(0)) && (k == number + 1 || t.spaceOnlyAfter(k - 1))) {
            if (t.has(k, STREET_TYPE)) {
                return -1; // "8 Station Road": a street with its type, found by the street-type branch
            }
            last = k++;
        }
        if (last < 0) {
            return -1;
        }
        // then the postcode, after at most two words of a town
        for (int j = last + 1; j < t.n && j <= last + 3 && t.sentence[j] == t.sentence[number]; j++) {
            String gap = t.gapAfter(j - 1).strip();
            if (!(gap.isEmpty() || gap.equals(","))) {
                return -1;
            }
            if (PostcodeRule.postcodeAt(t.original, t.start[j]) > 0) {
                return last;
            }
            if (!t.capitalised[j] || t.has(j, STOP)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "Mr Derek Lowe of 16 Castle Road", "keeper Mr Paul Hendry, 18 Beech Road": a titled name just before the
     * address says whose home it is.
     */
    private static boolean personBefore(PeopleText t, int start) {
        int k = start - 1;
        if (k < 0 || t.sentence[k] != t.sentence[start]) {
            return false;
        }
        if (t.word[k].equals("of") && t.spaceOnlyAfter(k)) {
            k--;
        } else if (!t.gapAfter(k).strip().equals(",")) {
            return false;
        }
        int words = 0;
        while (k >= 0 && words < 3 && t.capitalised[k] && !t.has(k, TITLE) && !t.has(k, STOP)
                && t.sentence[k] == t.sentence[start]) {
            k--;
            words++;
        }
        return words > 0 && k >= 0 && t.has(k, TITLE) && t.capitalised[k] && t.sentence[k] == t.sentence[start];
    }

    /** Where the address begins, given the first word of a street name, or -1 when there is no house. */
    private static int addressStart(PeopleText t, int nameStart) {
        int p = nameStart - 1;
        if (p < 0) {
            return -1;
        }
        String gap = t.gapAfter(p).strip();
        if (t.isHouseNumber(p) && (gap.isEmpty() || gap.equals(","))) {
            int start = p;
            // "Flat 3, 45 High Street"
            if (p >= 2 && t.isHouseNumber(p - 1) && t.has(p - 2, FLAT_WORD)) {
                start = p - 2;
            }
            return start;
        }
        // "number 12 on Elm Road"
        if (p >= 2 && (t.word[p].equals("on") || t.word[p].equals("in")) && t.isHouseNumber(p - 1)
                && (t.word[p - 2].equals("number") || t.word[p - 2].equals("no"))) {
            return p - 2;
        }
        // "Rose Cottage, Mill Lane"
        if (t.has(p, HOUSE_WORD) && t.capitalised[p] && gap.equals(",")) {
            int s = p;
            while (s - 1 >= 0 && p - s < 2 && t.capitalised[s - 1] && t.spaceOnlyAfter(s - 1)
                    && !t.has(s - 1, STOP)) {
                s--;
            }
            if (s < p) {
                return s;
            }
        }
        return -1;
    }

    private static boolean residentialBefore(PeopleText t, int k) {
        return t.cueCovers(k, PeopleTerms.Cue.RESIDENTIAL) || k > 0 && t.cueEndsAt(k - 1, PeopleTerms.Cue.RESIDENTIAL);
    }

    private static boolean residentialNear(PeopleText t, int start, int end) {
        int sent = t.sentence[start];
        for (int k = Math.max(0, start - 10); k <= Math.min(t.n - 1, end + 12); k++) {
            if (t.sentence[k] == sent && t.cueCovers(k, PeopleTerms.Cue.RESIDENTIAL)) {
                return true;
            }
        }
        return false;
    }

    private static boolean publicPlaceNear(PeopleText t, int start, int end) {
        int sent = t.sentence[start];
        // "the Mansion, 5 Fore Street": a named building before the number is a venue
        if (start > 0 && t.isHouseNumber(start) && t.capitalised[start - 1] && !t.has(start - 1, FLAT_WORD)
                && t.gapAfter(start - 1).strip().equals(",") && t.sentence[start - 1] == sent) {
            return true;
        }
        for (int k = Math.max(0, start - 12); k <= Math.min(t.n - 1, end + 8); k++) {
            if (t.sentence[k] != sent) {
                continue;
            }
            if (t.cueCovers(k, PeopleTerms.Cue.PUBLIC_PLACE)) {
                return true;
            }
            if ((k < start || k > end) && t.has(k, VENUE_WORD) && t.capitalised[k]) {
                return true;
            }
            if (k >= start && k <= end && t.has(k, VENUE_WORD) && t.capitalised[k] && t.has(k, HOUSE_WORD)) {
                return true; // "Follaton House, Plymouth Road"
            }
        }
        return false;
    }

    /** {@return the gazetteer this detector uses} */
    public static NameGazetteer gazetteer() {
        return NameGazetteer.get();
    }
}
