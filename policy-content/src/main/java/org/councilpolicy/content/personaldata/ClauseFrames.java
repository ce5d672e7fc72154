package org.councilpolicy.content.personaldata;

import static org.councilpolicy.content.personaldata.PeopleTerms.AMBIGUOUS;

import java.util.Set;
import org.councilpolicy.core.analysis.Places;

/**
 * Clause shapes that put a full name in a private person's place with no cue word (issue 11, round 10: names in
 * natural sentences), read by {@link PersonFrame}: the name is the subject of its clause and a verb follows it
 * ("Lorna Fenwick parked…", "Nia Whitcombe in Penarth has grown…"), the name opens a list of people ("Bernadette
 * Quayle, Oluwaseun Adebayo and …"), or the name stands next to the place the person lives ("… in Penarth"). Only a
 * full name whose first name is no everyday word ("Grace", "Mark" stay out) and whose last word is none either
 * (the finder's own test) qualifies; places, venues and trading names are ruled out before. Each test reads a few
 * words after the candidate, so the finder stays linear.
 */
final class ClauseFrames {

    private ClauseFrames() {
    }

    /** Auxiliary and linking verbs that follow a clause's subject: "… has lived", "… was", "… will be". */
    private static final Set<String> AUXILIARIES = Set.of("has", "had", "have", "was", "were", "is", "will", "would",
            "did", "does", "can", "could", "may", "might", "must", "should", "kindly", "also", "always", "never",
            "still", "recently", "just", "bravely", "single-handedly");

    /** Words before the name that end a clause, so the name opens the next: "… and", "when", "after"… */
    private static final Set<String> CLAUSE_OPENERS = Set.of("and", "but", "when", "after", "before", "while",
            "because", "as", "since", "until", "so", "then", "where", "once");

    /** Shortest past-tense verb read after the name ("aided"; "Red", "Ted" are too short to be one). */
    private static final int MIN_VERB_LENGTH = 4;

    /**
     * Whether one of the clause shapes holds for the full name [first, last]: weaker evidence than a cue word, so
     * the finder reports it for review. Not in a text about office, elections, policing or court, where a name in
     * these shapes may be a candidate's, an office-holder's or a defendant's.
     */
    static boolean holds(PeopleText t, int first, int last) {
        return fullName(t, first, last) && !NameShapes.publicMatterInText(t)
                && (subjectOfVerb(t, first, last) || opensList(t, first, last) || inPlace(t, first, last)
                || relativeWho(t, last) || addressed(t, first, last));
    }

    /**
     * "Bernadette Sowerby, your bank cards are safe with us", "Summer Whitlock, I've got your parcel": a full name
     * opening its sentence, a comma, then the sentence speaks to "you": the person addressed.
     */
    static boolean addressed(PeopleText t, int first, int last) {
        return (first == 0 || t.sentence(first - 1) != t.sentence(first)) && last + 1 < t.n
                && t.gapAfter(last).strip().startsWith(",") && ReplyAddressee.youAhead(t, last + 1, t.sentence(last));
    }

    /**
     * "…, Julie-Anne Ferris, who swam 100 lengths", "Barry Stringer who runs the allotments": "who" takes up the
     * name (places and businesses take "which" or "where").
     */
    static boolean relativeWho(PeopleText t, int last) {
        int k = last + 1;
        String gap = k < t.n ? t.gapAfter(last).strip() : "x";
        return k < t.n && (gap.isEmpty() || gap.equals(",")) && t.word(k).equals("who") && !t.capitalised(k);
    }

    /** Whether the full name [first, last] is the subject of its clause, a verb right after it. */
    static boolean subjectOfVerb(PeopleText t, int first, int last) {
        if (!fullName(t, first, last) || !opensClause(t, first)) {
            return false;
        }
        int k = afterPlace(t, last);
        if (k >= t.n || t.sentence(k) != t.sentence(last) || t.capitalised(k)) {
            return false;
        }
        if (k + 3 < t.n && t.word(k).equals("from") && t.word(k + 1).equals("the")) {
            // "Barry Stringer from the allotments deserves …", "… from the tenants' group organises …": where the
            // person is from, a few lower-case words, then the verb
            for (int j = k + 3; j < t.n && j <= k + 5 && t.sentence(j) == t.sentence(last) && !t.capitalised(j - 1);
                    j++) {
                if (verb(t, j)) {
                    return true;
                }
            }
            return false;
        }
        return verb(t, k);
    }

    /** Whether word {@code k} is a verb after a subject: an auxiliary, a past tense in "-ed" or a listed present. */
    private static boolean verb(PeopleText t, int k) {
        String w = t.word(k);
        return !t.capitalised(k) && (AUXILIARIES.contains(w) || IRREGULAR_PAST.contains(w) || w.length() >= MIN_VERB_LENGTH
                && (w.endsWith("ed") && t.spaceOnlyAfter(k - 1) || PRESENT_VERBS.contains(w)));
    }

    /** Whether a verb follows word {@code last} right away, in its sentence ("Amber and Liam keep…", "… are"). */
    static boolean verbAfter(PeopleText t, int last) {
        int k = last + 1;
        return k < t.n && t.spaceOnlyAfter(last) && t.sentence(k) == t.sentence(last)
                && (verb(t, k) && !SINGULAR.contains(t.word(k)) && !PRESENT_VERBS.contains(t.word(k))
                || PLURAL_VERBS.contains(t.word(k)) && !t.capitalised(k));
    }

    /** Whether a verb a single person takes follows word {@code last} right away ("… still does", "… has"). */
    static boolean singularVerbAfter(PeopleText t, int last) {
        int k = last + 1;
        return k < t.n && t.spaceOnlyAfter(last) && t.sentence(k) == t.sentence(last) && verb(t, k)
                && !PLURAL_VERBS.contains(t.word(k)) && !t.word(k).equals("were") && !t.word(k).equals("have");
    }

    /** Singular verbs, which two people joined by "and" do not take ("Tom and Jerry is on tonight": a title). */
    private static final Set<String> SINGULAR = Set.of("is", "was", "has", "does");

    /** Verbs after two people as a subject: "… are organising", "… keep parking", "… want". */
    private static final Set<String> PLURAL_VERBS = Set.of("are", "keep", "want", "need", "run", "live", "help",
            "organise", "organize", "say", "know", "own");

    /**
     * Irregular past tenses of what people do in community news and residents' comments ("… found my wallet", "…
     * stood on that corner"): the verb after a name as its clause's subject.
     */
    private static final Set<String> IRREGULAR_PAST = Set.of("found", "took", "gave", "made", "saw", "ran", "kept",
            "brought", "built", "stood", "won", "left", "came", "went", "told", "said", "paid", "sent", "spent",
            "lost", "held", "met", "caught", "drove", "wrote", "sang", "swam", "rode", "fed", "led", "dug", "grew",
            "knew", "threw", "taught", "bought", "sold", "hung", "woke", "got", "became", "began", "rang", "flew",
            "fought", "broke", "chose", "did", "fell", "felt", "forgot", "heard", "hid", "hit", "lent", "lit", "put",
            "read", "shot", "shut", "sat", "slept", "spoke", "stole", "struck", "swept", "thought", "wore", "wove");

    /** Present-tense verbs of what private people do in community news and residents' comments ("… deserves"). */
    private static final Set<String> PRESENT_VERBS = Set.of("deserves", "runs", "lives", "organises", "organizes",
            "volunteers", "helps", "keeps", "looks", "works", "cares", "walks", "drives", "cooks", "bakes", "knits",
            "plants", "tends", "collects", "clears", "picks", "paints", "fixes", "repairs", "delivers", "coaches",
            "leads", "hosts", "visits", "says", "thinks", "knows", "wants", "needs", "parks", "blocks", "dumps",
            "leaves", "lets", "owns", "rents", "celebrates", "turns", "retires", "joins", "donates", "raises");

    /**
     * Whether the full name [first, last] opens a list of people: a comma, then another full name ("Bernadette
     * Quayle, Oluwaseun Adebayo and Hamish Drummond"). The items after it are read by {@link NameLists}.
     */
    static boolean opensList(PeopleText t, int first, int last) {
        int k = last + 1;
        if (!fullName(t, first, last) || k + 1 >= t.n || !t.gapAfter(last).strip().equals(",")
                || t.sentence(k) != t.sentence(last) || !NameFinder.startsGivenName(t, k) || t.has(k, AMBIGUOUS)) {
            return false;
        }
        int next = NameFinder.extendName(t, k + 1, false);
        return next > k && !NameShapes.looksLikePlace(t, k, next)
                && !Places.isPlace(t.original.substring(t.start(k), t.end(next)));
    }

    /** Whether the full name [first, last] is followed by "in" and a place from the gazetteer ("… in Penarth"). */
    static boolean inPlace(PeopleText t, int first, int last) {
        return fullName(t, first, last) && placeAfter(t, last, "in") > last;
    }

    /**
     * The word after "from/of/in &lt;place&gt;" when one follows the name's last word {@code last} ("Jean Marsh of
     * Hexham has…"), else the word right after the name.
     */
    private static int afterPlace(PeopleText t, int last) {
        int end = Math.max(placeAfter(t, last, "in"), Math.max(placeAfter(t, last, "from"), placeAfter(t, last, "of")));
        return end > last ? end + 1 : last + 1;
    }

    /** The last word of "&lt;preposition&gt; &lt;gazetteer place&gt;" right after {@code last} (one or two words), or -1. */
    private static int placeAfter(PeopleText t, int last, String preposition) {
        int k = last + 1;
        if (k + 1 >= t.n || !t.spaceOnlyAfter(last) || !t.spaceOnlyAfter(k) || !t.word(k).equals(preposition)
                || !t.capitalised(k + 1) || t.sentence(k + 1) != t.sentence(last)) {
            return -1;
        }
        int p = k + 1;
        if (p + 1 < t.n && t.spaceOnlyAfter(p) && t.capitalised(p + 1)
                && Places.isPlace(t.original.substring(t.start(p), t.end(p + 1)))) {
            return p + 1;
        }
        return Places.isPlace(t.original.substring(t.start(p), t.end(p))) ? p : -1;
    }

    /** A first name that is no everyday word and a last word the finder took as a surname. */
    private static boolean fullName(PeopleText t, int first, int last) {
        // a first name that is also a word ("Violet", "Heather") counts when the surname is a listed one or no
        // word at all ("Violet Ashworth"): "Grace Church", "Rose Cottage" end in a word
        return last > first && !NameFinder.everydayWord(t, last)
                && (!t.has(first, AMBIGUOUS) || !t.has(last, PeopleTerms.COMMON));
    }

    /** {@link #opensClause} for other readers: whether word {@code i} opens its clause. */
    static boolean opensClauseAt(PeopleText t, int i) {
        return opensClause(t, i) || i > 0 && (t.word(i - 1).equals("if") || t.word(i - 1).equals("that"))
                && t.spaceOnlyAfter(i - 1);
    }

    /** Whether the name at {@code first} opens its clause: the sentence's start, a comma or colon, or a conjunction. */
    private static boolean opensClause(PeopleText t, int first) {
        if (first == 0 || t.sentence(first - 1) != t.sentence(first)) {
            return true;
        }
        String gap = t.gapAfter(first - 1).strip();
        if (gap.endsWith(",") || gap.endsWith(":") || gap.endsWith("-") || gap.endsWith("\u2013")
                || gap.endsWith("\u2014")) {
            return true;
        }
        return gap.isEmpty() && CLAUSE_OPENERS.contains(t.word(first - 1)) && !t.capitalised(first - 1);
    }
}
