package org.councilpolicy.content.personaldata;

import static org.councilpolicy.content.personaldata.PeopleTerms.AMBIGUOUS;
import static org.councilpolicy.content.personaldata.PeopleTerms.NOT_NAME;

import org.councilpolicy.core.analysis.Places;

/**
 * The sentence shapes that put a first name in a person's place without a cue word (issue 11: names in natural
 * sentences): two people named together ("Ted and Mavis Cartwright", "Priya &amp; Tomasz"), a name next to
 * where the person is from ("Keith Ashworth from Little Hadham"), a name addressed at the start of a reply
 * ("Paul Hendry, thanks for…") and a possessive before an ordinary noun ("Margaret's garden"). Each test looks at a
 * few words around the candidate only, so the finder stays linear.
 */
final class PersonFrame {

    private PersonFrame() {
    }

    /** Whether the words around the candidate name [first, last] make it a person's name. */
    static boolean holds(PeopleText t, int first, int last) {
        return coordinated(t, first, last) || fromPlace(t, last) || addressed(t, first, last)
                || possessiveOfThing(t, first, last) || pronounAfter(t, first, last) || contactAfter(t, last)
                || ChildFrames.findsName(t, first, last) || creditedOf(t, first, last) || agentBy(t, first, last);
    }

    /** Irregular past participles a doer follows with "by": "run by", "led by", "won by", "drawn by". */
    private static final java.util.Set<String> PARTICIPLES = java.util.Set.of("run", "led", "made", "done", "written",
            "drawn", "taken", "given", "won", "chosen", "built", "sung", "sewn", "knit", "grown", "shown", "sent",
            "held", "kept", "found", "spotted", "set", "read", "told", "begun", "brought", "caught", "thrown");

    /**
     * "judged by Norma Pettifer", "the mural, painted by Colm Ardagh": the doer of a passive verb, a full name (an
     * unambiguous first name or a last word that is no everyday word, never a place) right after "by", the
     * participle right before it. Not in a text about office, elections, policing or court ("elected by", "sentenced
     * by"), where the doer may be a public figure.
     */
    static boolean agentBy(PeopleText t, int first, int last) {
        int by = first - 1;
        if (first == last || by < 1 || !t.word(by).equals("by") || !t.spaceOnlyAfter(by) || !t.spaceOnlyAfter(by - 1)
                || NameFinder.everydayWord(t, last) && t.has(first, AMBIGUOUS)
                || Places.isPlace(t.original.substring(t.start(first), t.end(last)))) {
            return false;
        }
        String v = t.word(by - 1);
        boolean participle = v.length() > 4 && v.endsWith("ed") || PARTICIPLES.contains(v);
        return participle && !t.capitalised(by - 1) && !NameShapes.publicMatterInText(t);
    }

    /** How many words before the "of" a thanks cue may end ("thanks to the quick thinking of …"). */
    private static final int CREDIT_REACH = 7;

    /**
     * "Thanks to the quick thinking of Brenda Stallworthy, …", "a big thank you to the kindness of …": a full name
     * (a last word that is no everyday word and no place) right after "of", in a sentence that a thanks or credit
     * cue opened a few words before. What a post thanks someone for is theirs; a firm or a place is thanked by
     * name, not "the … of" it.
     */
    static boolean creditedOf(PeopleText t, int first, int last) {
        int of = first - 1;
        if (first == last || of < 1 || !t.word(of).equals("of") || !t.spaceOnlyAfter(of)
                || NameFinder.everydayWord(t, last)
                || Places.isPlace(t.original.substring(t.start(first), t.end(last)))) {
            return false;
        }
        int sent = t.sentence(first);
        for (int k = of - 1; k >= 0 && k >= of - CREDIT_REACH && t.sentence(k) == sent; k--) {
            if (t.capitalised(k) && k > 0 && t.sentence(k - 1) == sent) {
                return false; // "the Friends of …", "the University of …": a capitalised body owns the "of"
            }
            if (t.cueEndsAt(k, PeopleTerms.Cue.PERSON_BEFORE) && t.word(k).equals("to")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "it's mine, Stuart Beck, 07700 900706", "Lynn 01632 960845": a name given with a phone number right after it
     * (a space or a comma between), as people sign their details. The number's owner is the phone rule's business;
     * the name beside it is a person's.
     */
    static boolean contactAfter(PeopleText t, int last) {
        int k = last + 1;
        if (k >= t.n || t.sentence(k) != t.sentence(last) || !t.gapAfter(last).strip().replace(",", "").isEmpty()) {
            return false;
        }
        String w = t.word(k);
        if (w.length() < 4 || !(w.charAt(0) == '0' || w.charAt(0) == '+')) {
            return false;
        }
        for (int c = 1; c < w.length(); c++) {
            if (!Character.isDigit(w.charAt(c))) {
                return false;
            }
        }
        return true;
    }

    private static final java.util.Set<String> PRONOUNS = java.util.Set.of("he", "she", "him", "her", "his",
            "hers", "himself", "herself");
    private static final int PRONOUN_REACH = 8;

    /**
     * "Ring Bev Foulkes, she has the key", "When Sandeep Virk noticed smoke …, he called 999": a full name (an
     * unambiguous first name and a word that is no everyday word) that a personal pronoun takes up within a few
     * words of the same sentence, with no other first name between. Places, venues and businesses are never "he"
     * or "she". Not in a text about elections, office, policing or court (a candidate, an office-holder, a defendant).
     */
    static boolean pronounAfter(PeopleText t, int first, int last) {
        if (first == last || t.has(first, AMBIGUOUS) || NameFinder.everydayWord(t, last)
                || NameShapes.publicMatterInText(t)) {
            return false;
        }
        int sent = t.sentence(last);
        for (int k = last + 1; k < t.n && k <= last + PRONOUN_REACH && t.sentence(k) == sent; k++) {
            if (PRONOUNS.contains(t.word(k))) {
                return true;
            }
            if (NameFinder.startsGivenName(t, k) || t.has(k, PeopleTerms.TITLE)) {
                return false; // "Sarah Kent and Mr Cole … his": the pronoun may be the other person's
            }
        }
        return false;
    }

    /** "Ted and Mavis …", "… Derek and Sandra": another first name joined by "and" or "&amp;". */
    static boolean coordinated(PeopleText t, int first, int last) {
        int k = last + 1;
        if (k < t.n && t.word(k).equals("and") && t.spaceOnlyAfter(last) && t.spaceOnlyAfter(k)
                && (partner(t, k + 1) || partnerWithSurname(t, k + 1))) {
            return true;
        }
        if (k < t.n && ampersandAfter(t, last) && (partner(t, k) || partnerWithSurname(t, k))) {
            return true;
        }
        int p = first - 1;
        if (p >= 1 && t.word(p).equals("and") && t.spaceOnlyAfter(p) && t.spaceOnlyAfter(p - 1)
                && partnerBefore(t, p - 1)) {
            return true;
        }
        return first >= 1 && ampersandAfter(t, first - 1) && partnerBefore(t, first - 1);
    }

    private static boolean ampersandAfter(PeopleText t, int i) {
        return t.gapAfter(i).strip().equals("&") && t.gapAfter(i).indexOf('\n') < 0;
    }

    /** A capitalised, unambiguous first name that is no place, venue or common word. */
    private static boolean partner(PeopleText t, int i) {
        return i >= 0 && i < t.n && NameFinder.startsGivenName(t, i) && !t.has(i, AMBIGUOUS);
    }

    /**
     * "Bob and Carol Dixon": the name ending at {@code last} is joined by "and" or "&amp;" to a first name with a
     * listed surname, the couple's shared surname; that settles that a word-like first name ("Bob") is a name.
     */
    static boolean coupleWithSurname(PeopleText t, int last) {
        int k = last + 1;
        if (k < t.n && t.word(k).equals("and") && t.spaceOnlyAfter(last) && t.spaceOnlyAfter(k)) {
            return partnerWithSurname(t, k + 1);
        }
        return k < t.n && ampersandAfter(t, last) && partnerWithSurname(t, k);
    }

    /**
     * "Bob and Carol Dixon": a first name, even one that is also a word, with a listed surname right after it; the
     * couple's shared surname settles that both are names.
     */
    private static boolean partnerWithSurname(PeopleText t, int i) {
        return i >= 0 && i + 1 < t.n && NameFinder.startsGivenName(t, i) && t.spaceOnlyAfter(i)
                && t.has(i + 1, PeopleTerms.SURNAME) && NameFinder.isNameWord(t, i + 1)
                && !t.has(i + 1, PeopleTerms.COMMON);
    }

    /** The last word of a name before "and": a first name or a surname ("Gwen Pritchard and Alun Jones"). */
    private static boolean partnerBefore(PeopleText t, int i) {
        if (partner(t, i)) {
            return true;
        }
        return i >= 1 && t.has(i, PeopleTerms.SURNAME) && NameFinder.isNameWord(t, i) && t.spaceOnlyAfter(i - 1)
                && partner(t, i - 1);
    }

    private static final java.util.Set<String> TEAM_WORDS = java.util.Set.of("team", "teams", "service",
            "services", "department", "council", "office", "crew", "crews", "staff", "unit", "desk", "centre",
            "section", "hub", "rangers", "wardens");

    /**
     * "Sophie and Daniel from the Waste team", "Kev from our recycling crew": staff named in their role, who are
     * not reported (issue 11: council staff named in their role are not personal data).
     */
    static boolean staffAfter(PeopleText t, int last) {
        int k = last + 1;
        if (k + 1 < t.n && t.word(k).equals("and") && NameFinder.startsGivenName(t, k + 1)) {
            k = Math.max(k + 1, NameFinder.extendName(t, k + 2, false)) + 1;
        }
        if (k + 1 >= t.n || !(t.word(k).equals("from") || t.word(k).equals("at") || t.word(k).equals("in"))
                || !(t.word(k + 1).equals("the") || t.word(k + 1).equals("our"))) {
            return false;
        }
        int sent = t.sentence(last);
        for (int q = k + 2; q < t.n && q <= k + 5 && t.sentence(q) == sent; q++) {
            if (TEAM_WORDS.contains(t.word(q))) {
                return true;
            }
        }
        return false;
    }

    /** "… from Totnes", "… of Little Hadham": a place from the gazetteer right after the name. */
    static boolean fromPlace(PeopleText t, int last) {
        int k = last + 1;
        if (k + 1 >= t.n || !t.spaceOnlyAfter(last) || !t.spaceOnlyAfter(k)
                || !(t.word(k).equals("from") || t.word(k).equals("of")) || !t.capitalised(k + 1)) {
            return false;
        }
        int p = k + 1;
        if (t.has(p, NOT_NAME) || Places.isPlace(t.original.substring(t.start(p), t.end(p)))) {
            return true;
        }
        return p + 1 < t.n && t.spaceOnlyAfter(p) && t.capitalised(p + 1)
                && Places.isPlace(t.original.substring(t.start(p), t.end(p + 1)));
    }

    /**
     * "Paul Hendry, thanks for …": a full name opening the text, followed by a comma (a first name alone answers
     * the person who wrote, and is not reported).
     */
    static boolean addressed(PeopleText t, int first, int last) {
        if (first != 0 || first == last) {
            return false;
        }
        String gap = t.gapAfter(last);
        return gap.startsWith(",") && gap.indexOf('\n') < 0;
    }

    /** "Margaret's garden", "Priya Nowak's dog": a possessive before a lower-case word ("Barbara's on …" is not). */
    static boolean possessiveOfThing(PeopleText t, int first, int last) {
        if (!t.possessive(last) || first == last && t.has(first, AMBIGUOUS)) {
            return false;
        }
        int k = last + 1;
        return k < t.n && t.spaceOnlyAfter(last) && !t.capitalised(k) && !t.has(k, PeopleTerms.STOP)
                && Character.isLetter(t.word(k).charAt(0));
    }

    /** Job titles that name a member of staff by apposition: "Our Licensing Manager, Owen Blake, answers …". */
    private static final java.util.Set<String> JOB_TITLES = java.util.Set.of("manager", "officer", "director",
            "headteacher", "inspector", "sergeant", "commissioner", "secretary", "coordinator", "co-ordinator",
            "supervisor", "adviser", "advisor", "pcso", "warden", "ranger", "clerk", "executive", "head", "worker",
            "librarian", "assistant", "engineer", "planner", "surveyor", "technician", "apprentice", "therapist",
            "nurse", "practitioner");

    /**
     * "Our Licensing Manager, Owen Blake, answers …", "the site's warden, Jo Peel, said": a job title, a comma,
     * then the name, which a comma or the sentence's end closes (staff in their role are not reported).
     */
    static boolean jobTitleBefore(PeopleText t, int first, int last) {
        int p = first - 1;
        if (p < 0 || !t.gapAfter(p).strip().equals(",") || !jobTitleEndingAt(t, p)
                || t.sentence(p) != t.sentence(first) && t.gapAfter(p).indexOf('\n') >= 0) {
            return false;
        }
        String after = last + 1 < t.n ? t.gapAfter(last).strip() : "";
        return after.isEmpty() && last + 1 >= t.n || after.startsWith(",") || after.startsWith(".");
    }

    /** How many words a job title's qualifier may take after it ("Director of Public Health", "Head of Parks"). */
    private static final int QUALIFIER = 4;

    /**
     * Whether a job title ends at word {@code p}, or stands a few words before it with only its capitalised
     * qualifier between ("Our Director of Public Health, …", "Head of Waste and Recycling, …").
     */
    private static boolean jobTitleEndingAt(PeopleText t, int p) {
        for (int k = p; k >= 0 && k >= p - QUALIFIER; k--) {
            if (JOB_TITLES.contains(t.word(k))) {
                return true;
            }
            if (k < p && !t.spaceOnlyAfter(k) || !(t.capitalised(k) || t.word(k).equals("of")
                    || t.word(k).equals("and") || t.word(k).equals("for"))) {
                return false;
            }
        }
        return false;
    }

    /** Words of an election notice or result, a few words either side of a candidate's name. */
    private static final java.util.Set<String> ELECTION_WORDS = java.util.Set.of("election", "by-election",
            "elections", "elected", "declaration", "nominated", "nomination", "nominations", "candidate", "candidates",
            "votes", "poll", "turnout", "ballot", "result", "results");
    /** How many words either side of a name an election word may stand. */
    private static final int ELECTION_REACH = 20;

    /**
     * "Jo Okafor (Green Party) 1,102; Sam Kerr (Conservative) 987 …", "Jo Okafor is duly elected": a candidate in an
     * election notice or result, named with the description in brackets that the ballot paper gives, or said to be
     * elected, with a word of the election a few words away. Candidates' names are published by law (the statement
     * of persons nominated, the declaration of result); they are no private persons. Looks at a bounded window only.
     */
    static boolean candidate(PeopleText t, int first, int last) {
        boolean described = false;
        if (last + 1 < t.n && t.gapAfter(last).strip().equals("(")) {
            for (int q = last + 1; q < t.n && q <= last + 4 && t.capitalised(q); q++) {
                if (t.gapAfter(q).strip().startsWith(")")) {
                    described = true;
                    break;
                }
                if (!t.spaceOnlyAfter(q)) {
                    break;
                }
            }
        }
        boolean elected = false;
        for (int q = last + 1; !described && q < t.n && q <= last + 3; q++) {
            if (t.word(q).equals("elected")) {
                elected = true;
                break;
            }
        }
        if (!described && !elected) {
            return false;
        }
        for (int q = Math.max(0, first - ELECTION_REACH); q < t.n && q <= last + ELECTION_REACH; q++) {
            if ((q < first || q > last) && ELECTION_WORDS.contains(t.word(q))
                    && !(elected && q > last && q <= last + 3 && t.word(q).equals("elected"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Priya, our Senior Social Worker, has won …", "Dan, our new parks apprentice, …": a name, a comma, then "our"
     * and a job title within a few words of the same appositive: the council's staff named in their role.
     */
    static boolean jobTitleAfterOur(PeopleText t, int last) {
        int k = last + 1;
        if (k + 1 >= t.n || !t.gapAfter(last).strip().equals(",") || !t.word(k).equals("our")) {
            return false;
        }
        for (int q = k + 1; q < t.n && q <= k + QUALIFIER + 1 && t.sentence(q) == t.sentence(last); q++) {
            if (JOB_TITLES.contains(t.word(q))) {
                return true;
            }
            if (!t.spaceOnlyAfter(q)) {
                return false; // the appositive ends before any job title
            }
        }
        return false;
    }

    /**
     * "… as our new Director of Public Health", "… joins as the Head of Parks": a name followed by "as" and a job
     * title within a few words, staff named in their role.
     */
    static boolean jobTitleAfterAs(PeopleText t, int last) {
        int k = last + 1;
        if (k + 1 >= t.n || !t.word(k).equals("as") || !t.spaceOnlyAfter(last)) {
            return false;
        }
        for (int q = k + 1; q < t.n && q <= k + QUALIFIER + 1 && t.sentence(q) == t.sentence(last); q++) {
            if (JOB_TITLES.contains(t.word(q))) {
                return true;
            }
        }
        return false;
    }
}
