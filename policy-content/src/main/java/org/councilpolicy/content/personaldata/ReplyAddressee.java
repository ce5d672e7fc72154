package org.councilpolicy.content.personaldata;

import static org.councilpolicy.content.personaldata.PeopleTerms.FIRST;
import static org.councilpolicy.content.personaldata.PeopleTerms.NOT_NAME;
import static org.councilpolicy.content.personaldata.PeopleTerms.ROLE_BEFORE;
import static org.councilpolicy.content.personaldata.PeopleTerms.STOP;
import static org.councilpolicy.content.personaldata.PeopleTerms.TITLE;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.councilpolicy.core.analysis.Places;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.Finding;
import org.councilpolicy.core.rule.PersonalDataKind;
import org.councilpolicy.core.rule.RuleContext;
import org.councilpolicy.core.rule.Span;

/**
 * The person a public reply answers, named by their first name alone ("Hi Paul, …", "Thanks Morag.", "…, Tom."),
 * and whether the same reply carries that person's case details (issue 11, the lead's decision of round 7).
 *
 * <p>A first name alone in a reply's greeting is no disclosure by itself ("Hi Paul, thanks, we'll pass this on"
 * stays unreported). It is reported when the reply also carries the person's case details: their address or
 * postcode, another identifier of theirs (phone, e-mail, date of birth, vehicle…), a case or reference number, or a
 * case word tying them to an incident ("your complaint", "we've logged"). The name then links a person to a case
 * in public. Composed from the greeting cue the name finder already knows, the first-name list and the other
 * personal-data rules' findings; each test looks at a few words, so the whole stays linear.
 */
final class ReplyAddressee {

    private ReplyAddressee() {
    }

    /** Nouns of a resident's own case after "your": "your complaint", "your missed collection" is "collection". */
    static final Set<String> CASE_NOUNS = Set.of("complaint", "complaints", "report", "case", "claim", "appeal",
            "application", "referral", "repair", "repairs", "collection", "permit", "licence", "license", "pcn",
            "fine", "penalty", "assessment", "tenancy", "appointment", "reference", "ref", "refund");

    /** Words that log a case: "we've logged it", "has been escalated". */
    static final Set<String> CASE_VERBS = Set.of("logged", "escalated", "inspect", "inspected", "inspection");

    /** Words that introduce a case or reference number: "ref SL44810", "case reference HC/12345". */
    static final Set<String> REFERENCE_WORDS = Set.of("ref", "reference", "case", "pcn");

    /** Identifier kinds that, in a reply, are the addressee's own details. */
    static final Set<PersonalDataKind> DETAILS = EnumSet.of(PersonalDataKind.STREET_ADDRESS,
            PersonalDataKind.POSTCODE, PersonalDataKind.EMAIL, PersonalDataKind.PHONE, PersonalDataKind.NI_NUMBER,
            PersonalDataKind.NHS_NUMBER, PersonalDataKind.DATE_OF_BIRTH, PersonalDataKind.VEHICLE_REG,
            PersonalDataKind.DRIVING_LICENCE, PersonalDataKind.PASSPORT, PersonalDataKind.IBAN,
            PersonalDataKind.BANK_ACCOUNT, PersonalDataKind.PAYMENT_CARD);

    /** The rules whose findings are case details: the identifier and address rules, not names or requests. */
    private static final Set<String> DETAIL_RULES = Set.of("personal-data.street-address", "personal-data.postcode",
            "personal-data.email", "personal-data.phone", "personal-data.ni-number", "personal-data.nhs-number",
            "personal-data.date-of-birth", "personal-data.vehicle-reg", "personal-data.driving-licence",
            "personal-data.passport", "personal-data.iban", "personal-data.bank-account",
            "personal-data.payment-card");

    /**
     * The first names alone that address the person replied to: right after a greeting that opens its sentence
     * ("Hi Paul,", "Thanks Morag."), or after a comma closing a sentence ("…, Mark.", "Apologies again, Tom.").
     *
     * @param skip words never taken (people the profile names)
     * @return the names' spans in the original text, in order
     */
    static List<Span> find(PeopleText t, java.util.function.IntPredicate skip) {
        List<Span> out = new ArrayList<>();
        for (int i = 1; i < t.n; i++) {
            if (!firstNameAlone(t, i) || skip.test(i)) {
                continue;
            }
            if (opening(t, i) || closing(t, i)) {
                out.add(new Span(t.start(i), t.end(i)));
            }
        }
        return out;
    }

    /**
     * The first names alone that a post speaks to, opening their sentence ({@link #vocative}): "Rosa, pop in with ID
     * and we'll reunite you". Not the greeting shapes, which in a post are mostly a child or volunteer thanked again
     * after being named ("… thanks Finley!"), kept unreported with the project's corpus.
     */
    static List<Span> spokenTo(PeopleText t, java.util.function.IntPredicate skip) {
        List<Span> out = new ArrayList<>();
        for (int f = 0; f < t.firstNameCount(); f++) {
            int i = t.firstName(f);
            if (firstNameAlone(t, i) && vocative(t, i) && !skip.test(i)) {
                out.add(new Span(t.start(i), t.end(i)));
            }
        }
        return out;
    }

    private static boolean firstNameAlone(PeopleText t, int i) {
        if (!t.capitalised(i) || !t.has(i, FIRST) || t.has(i, TITLE | ROLE_BEFORE | NOT_NAME | STOP)
                || t.embedded(i) || t.possessive(i) || t.upper(i) && t.word(i).length() <= 3) {
            return false;
        }
        // "Hi Paul Hendry": a full name is the name finder's; "Hi Paul" stays a first name alone
        return !(i + 1 < t.n && t.spaceOnlyAfter(i) && t.capitalised(i + 1) && t.sentence(i + 1) == t.sentence(i));
    }

    /** "Hi Paul," "Thanks Morag." "Sorry Dave –": a greeting opening its sentence, then the name, then a stop. */
    private static boolean opening(PeopleText t, int i) {
        if (!t.cueEndsAt(i - 1, PeopleTerms.Cue.GREETING) || !t.spaceOnlyAfter(i - 1)) {
            return false;
        }
        int g = i - 1;
        while (g > 0 && t.cueCovers(g - 1, PeopleTerms.Cue.GREETING) && t.sentence(g - 1) == t.sentence(g)) {
            g--;
        }
        boolean opensSentence = g == 0 || t.sentence(g - 1) != t.sentence(g);
        return opensSentence && stopAfter(t, i);
    }

    /** "…, Mark." "Apologies again, Tom!": a comma before the name, the sentence or text ending after it. */
    private static boolean closing(PeopleText t, int i) {
        String before = t.gapAfter(i - 1);
        if (!before.strip().equals(",") || before.indexOf('\n') >= 0
                || Places.isPlace(t.original.substring(t.start(i), t.end(i)))) {
            return false;
        }
        if (i + 1 >= t.n) {
            return true;
        }
        String after = t.gapAfter(i).strip();
        // "…, Mark." "…, Gloria – we've added a note": the name closes its clause
        return !after.isEmpty() && ".!\u2013\u2014".indexOf(after.charAt(0)) >= 0;
    }

    /** The words that speak to the reader. */
    private static final Set<String> YOU = Set.of("you", "your", "yours", "yourself", "you're", "you've", "you'll",
            "you'd");

    /** How many words after a name opening its sentence "you" or "your" may stand ("Rosa, pop in … and we'll …"). */
    private static final int YOU_REACH = 10;

    /**
     * "Rosa, pop in with ID …", "Dominic (the name on the sticker), is this yours?": a first name opening its
     * sentence, set off by a comma or a bracket, the sentence then speaking to "you". Never a gazetteer place
     * ("Exeter, you were amazing!").
     */
    static boolean vocative(PeopleText t, int i) {
        if (i > 0 && t.sentence(i - 1) == t.sentence(i) || i + 1 >= t.n) {
            return false;
        }
        String after = t.gapAfter(i).strip();
        if (after.isEmpty() || after.charAt(0) != ',' && after.charAt(0) != '('
                || Places.isPlace(t.original.substring(t.start(i), t.end(i)))) {
            return false;
        }
        return youAhead(t, i + 1, t.sentence(i));
    }

    /** Whether "you", "your", "you're"… stands within a few words from {@code from}, in sentence {@code sent}. */
    static boolean youAhead(PeopleText t, int from, int sent) {
        for (int k = from; k < t.n && k < from + YOU_REACH && t.sentence(k) == sent; k++) {
            String w = t.word(k).replace('\u2019', '\'');
            if (YOU.contains(w) && !t.capitalised(k)) {
                return true;
            }
        }
        return false;
    }

    private static boolean stopAfter(PeopleText t, int i) {
        if (i + 1 >= t.n) {
            return true;
        }
        String after = t.gapAfter(i).strip();
        return !after.isEmpty() && ",.!:;\u2013\u2014-".indexOf(after.charAt(0)) >= 0;
    }

    /**
     * Why the reply carries the addressee's case details, or {@code null} when it carries none: a case word or
     * reference number in its words, or another personal-data rule's finding (an address, postcode or identifier
     * that the owner attribution left as the resident's).
     */
    static String caseDetail(PeopleText t, Object draft, RuleContext ctx) {
        String word = caseWord(t);
        if (word != null) {
            return word;
        }
        for (Finding f : ctx.checkAlso(draft, info -> info.category() == Category.PERSONAL_DATA
                && DETAIL_RULES.contains(info.id()))) {
            if (f.kind() instanceof PersonalDataKind k && DETAILS.contains(k)) {
                return "their " + k.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
            }
        }
        return null;
    }

    /** A case word tying the person to a case, or a reference number, in the reply's own words. */
    static String caseWord(PeopleText t) {
        for (int k = 0; k < t.n; k++) {
            String w = t.word(k);
            if (CASE_VERBS.contains(w)) {
                return "a case logged (\"" + w + "\")";
            }
            // "your complaint", "your missed collection", "your planning application": one word may come between
            for (int j = k + 1; w.equals("your") && j < t.n && j <= k + 2 && t.spaceOnlyAfter(j - 1); j++) {
                if (CASE_NOUNS.contains(t.word(j))) {
                    return "their case (\"your " + t.word(j) + "\")";
                }
            }
            if (REFERENCE_WORDS.contains(w) && referenceAfter(t, k)) {
                return "a case or reference number";
            }
        }
        return null;
    }

    /** "ref SL44810", "reference: 448213", "case ref NS/2291": a word with a digit within two words after. */
    private static boolean referenceAfter(PeopleText t, int k) {
        for (int j = k + 1; j < t.n && j <= k + 3 && t.sentence(j) == t.sentence(k); j++) {
            if (NameFinder.hasDigit(t.word(j))) {
                return true;
            }
            if (!(REFERENCE_WORDS.contains(t.word(j)) || t.word(j).equals("number") || t.word(j).equals("no"))) {
                return false;
            }
        }
        return false;
    }
}
