package org.councilpolicy.content.offence;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.councilpolicy.content.offence.OffenceLexicons.Group;
import org.councilpolicy.content.offence.OffenceLexicons.Tagged;
import org.councilpolicy.content.offence.OffenceLexicons.WordKey;
import org.councilpolicy.content.offence.WordView.WordMatch;

/**
 * References to a protected group, split from {@link HateComposer}: a group word used of people ("X people", "the
 * X", "people who are X"), and the pronouns and "their kind" that point back to it within two sentences. Finding
 * who is spoken of is a separate question from what is said of them ({@link HatePredicates}).
 */
final class GroupReferences {

    static final Set<String> PRONOUNS = HateComposer.FRAMES.get("PRONOUNS");
    private static final Set<String> DETERMINERS = HateComposer.FRAMES.get("DETERMINERS");
    private static final Set<String> PERSON_ROLES = HateComposer.FRAMES.get("PERSON_ROLES");
    private static final Set<String> ADJ_FOLLOWERS = HateComposer.FRAMES.get("ADJ_FOLLOWERS");
    private static final Set<String> PERIPHRASIS_HEADS = HateComposer.FRAMES.get("PERIPHRASIS_HEADS");
    private static final Set<String> PERIPHRASIS_LINKS = HateComposer.FRAMES.get("PERIPHRASIS_LINKS");
    private static final Set<String> KIND_WORDS = HateComposer.FRAMES.get("KIND_WORDS");
    private static final Set<String> KIND_OWNERS = HateComposer.FRAMES.get("KIND_OWNERS");
    private static final Set<String> LIKE_REFS = HateComposer.FRAMES.get("LIKE_REFS");
    /** Things a group word may qualify ("the X festival", "X food"): then it names no people. */
    private static final Set<String> MODIFIED = HateComposer.FRAMES.get("MODIFIED");
    private static final Set<String> GROUP_PLACES = HateComposer.FRAMES.get("GROUP_PLACES");
    static final Set<String> SECOND_PERSON = HateComposer.FRAMES.get("SECOND_PERSON");
    private static final Set<String> ADDRESS = HateComposer.FRAMES.get("ADDRESS");
    private static final Set<String> SINGULAR_DETERMINERS = HateComposer.FRAMES.get("SINGULAR_DETERMINERS");
    private static final Set<String> NOUN_FOLLOWERS = HateComposer.FRAMES.get("NOUN_FOLLOWERS");
    private static final Set<String> ADJ_ONLY = HateComposer.FRAMES.get("ADJ_ONLY");
    private static final Set<String> COLOURS = HateComposer.FRAMES.get("COLOURS");
    private static final Set<String> FAITH_PLACES = HateComposer.FRAMES.get("FAITH_PLACES");
    /** "The houses where the Xs live": a place ({@code DWELLINGS}) and the verb that makes it the group's. */
    private static final Set<String> DWELLINGS = HateComposer.FRAMES.get("DWELLINGS");
    private static final Set<String> DWELLING_VERBS = HateComposer.FRAMES.get("DWELLING_VERBS");
    /** Before a sex or age word for one person, words that make it an individual ("that Moira woman"). */
    private static final Set<String> INDIVIDUAL_DETERMINERS = HateComposer.FRAMES.get("INDIVIDUAL_DETERMINERS");
    /** Before "men"/"women", a trade that makes them workers ("the bin men"), not people of a sex. */
    private static final Set<String> TRADE_MODIFIERS = HateComposer.FRAMES.get("TRADE_MODIFIERS");
    /** After "the" and a sex or age word for one person, words that place it: "the old fella at number 9". */
    private static final Set<String> LOCATING = HateComposer.FRAMES.get("LOCATING");
    /** Heads of a sex or age reference that name many, though they do not end in "s". */
    private static final Set<String> PLURAL_HEADS = Set.of("men", "women", "people", "folk", "children", "elderly",
            "young", "old", "aged", "female", "male");

    private final OffenceLexicons lex;

    GroupReferences(OffenceLexicons lex) {
        this.lex = lex;
    }

    /** After a group adjective, a person noun or a role ({@code [PERSON_ROLES]}): "Polish builders", "Nigerian carers". */
    private boolean person(String after) {
        return lex.personNouns.contains(after) || PERSON_ROLES.contains(after);
    }

    /** A reference to a protected group: repaired words {@code [from, to)}. */
    record Ref(int from, int to, Group group) {
    }

    static boolean insideRef(boolean[] inRef, int from, int to) {
        for (int i = from; i < to; i++) {
            if (inRef[i]) {
                return true;
            }
        }
        return false;
    }

    /** Group words that name people: nouns, adjectives before a person noun, after "the", or before a verb. */
    List<Ref> groups(RepairedWords rw, List<WordMatch<Tagged>> all) {
        List<Ref> out = new ArrayList<>();
        boolean[] insults = null; // built only when a group adjective stands before a word that is no person noun
        for (WordMatch<Tagged> m : all) {
            if (m.payload().key() != WordKey.GROUP) {
                continue;
            }
            Group g = (Group) m.payload().payload();
            int next = m.to();
            boolean sameClause = next < rw.size() && rw.clause(next) == rw.clause(m.from());
            String after = sameClause ? strip(rw.words[next]) : "";
            int start = periphrasisStart(rw, m.from());
            if (MODIFIED.contains(after)) {
                continue; // "the X festival", "X food": the group word qualifies a thing, not its people
            }
            if (individual(rw, m, g, after)) {
                continue; // "that Moira woman", "the old fella at number 9", "the bin men": no group
            }
            if (start >= 0) {
                boolean noun = !after.isEmpty() && person(after);
                out.add(new Ref(start, noun ? next + 1 : m.to(), g)); // "people who are deaf", "members of the X community"
            } else if (g.noun() && !after.isEmpty() && person(after)) {
                out.add(new Ref(m.from(), next + 1, g)); // "Roma families", "refugee kids"
            } else if (g.noun()) {
                out.add(new Ref(m.from(), m.to(), g));
            } else if (!after.isEmpty() && person(after)) {
                out.add(new Ref(m.from(), next + 1, g));
            } else if (!after.isEmpty() && insultable(rw, m, g) && ((insults = insults != null ? insults
                    : insults(rw, all))[next] || lex.vocabulary.contains(after + "s"))) { // "any Filipino freak"
                out.add(new Ref(m.from(), m.to(), g)); // "any non-binary freak": the noun is said of the group's member
            } else if (after.isEmpty() || ADJ_FOLLOWERS.contains(after)) {
                boolean determined = m.from() > 0 && DETERMINERS.contains(rw.words[m.from() - 1]);
                if (determined || after.equals("are") || after.equals("should") || after.equals("make")
                        || singular(rw, m, g)) {
                    out.add(new Ref(m.from(), m.to(), g));
                }
            } else if ((NOUN_FOLLOWERS.contains(after) || lex.vocabulary.contains(after)) && singular(rw, m, g)) {
                // "every Malawian in ...", and a word of what is said of a group: "why does every Malawian stink?"
                out.add(new Ref(m.from(), m.to(), g)); // "every Malawian in this town", "the next Somali I see"
            }
        }
        return out;
    }

    /**
     * Round 11: a sex or age word that names one person ("that Moira woman", "the old fella at number 9": a singular
     * head after a demonstrative or possessive, one word such as a name or an adjective between, or after "the" with
     * a place after it) or workers by their trade ("the bin men"). Hate needs a group; what is said of one person is
     * another ground's question.
     */
    private boolean individual(RepairedWords rw, WordMatch<Tagged> m, Group g, String after) {
        if (g.characteristic() != ProtectedCharacteristic.SEX && g.characteristic() != ProtectedCharacteristic.AGE) {
            return false;
        }
        int before = m.from() - 1;
        if (before < 0 || rw.sentence(before) != rw.sentence(m.from())) {
            return false;
        }
        boolean nounAfter = !g.noun() && !after.isEmpty() && person(after); // "old fella": the head follows
        String head = nounAfter ? after : rw.words[m.to() - 1];
        if (TRADE_MODIFIERS.contains(rw.words[before])) {
            return head.equals("men") || head.equals("women");
        }
        if (head.endsWith("s") || PLURAL_HEADS.contains(head)) {
            return false;
        }
        int gap = before > 0 && rw.sentence(before - 1) == rw.sentence(m.from()) ? before - 1 : before;
        if (INDIVIDUAL_DETERMINERS.contains(rw.words[before]) || INDIVIDUAL_DETERMINERS.contains(rw.words[gap])) {
            return true; // "that woman", "that Moira woman", "my old man"
        }
        // "the woman" may be generic ("the woman of today"); with a place after it, it is one person
        int headEnd = nounAfter ? m.to() + 1 : m.to();
        return (rw.words[before].equals("the") || rw.words[gap].equals("the")) && headEnd < rw.size()
                && rw.sentence(headEnd) == rw.sentence(m.from()) && LOCATING.contains(rw.words[headEnd]);
    }

    /**
     * Whether an insult noun after this group adjective names a member of the group ("Filipino freak", "white trash"):
     * not for an age or a sex ("old hag" insults a person, not the old) nor an adjective mostly used of other things
     * ({@code ADJ_ONLY}: "blind idiots", "foreign idiots"), skin colours aside.
     */
    private static boolean insultable(RepairedWords rw, WordMatch<Tagged> m, Group g) {
        String w = rw.words[m.from()];
        return g.characteristic() != ProtectedCharacteristic.AGE && g.characteristic() != ProtectedCharacteristic.SEX
                && m.to() - m.from() == 1 && (!ADJ_ONLY.contains(w) || COLOURS.contains(w));
    }

    /**
     * Per word, whether a one-word NEG or DEHUM predicate ("freak", "vermin") stands there: after a group adjective it
     * names a member of the group, insulted. One pass over {@code all}.
     */
    private static boolean[] insults(RepairedWords rw, List<WordMatch<Tagged>> all) {
        boolean[] out = new boolean[rw.size()];
        for (WordMatch<Tagged> m : all) {
            if (m.payload().key() == WordKey.PREDICATE && m.to() == m.from() + 1
                    && (m.payload().payload() == OffenceLexicons.Predicate.NEG
                            || m.payload().payload() == OffenceLexicons.Predicate.DEHUM)) {
                out[m.from()] = true;
            }
        }
        return out;
    }

    /**
     * A nationality, faith, orientation or gender-identity adjective used as a noun for one person: after "every", "any",
     * "a", "the next" ("the next Somali", "any bisexual who ..."); never a colour or a disability ("a wheelchair is ...").
     */
    private static boolean singular(RepairedWords rw, WordMatch<Tagged> m, Group g) {
        int before = m.from() - 1;
        if (before > 0 && (rw.words[before].equals("single") || rw.words[before].equals("last")
                || ValenceAttributes.STANDARD.trait(rw.words[before]))) {
            before--; // "every single Malawian", "every last one", "(never met) an honest Malawian"
        }
        return before >= 0 && rw.sentence(before) == rw.sentence(m.from()) && m.to() - m.from() == 1
                && SINGULAR_DETERMINERS.contains(rw.words[before]) && !ADJ_ONLY.contains(rw.words[m.from()])
                && (g.characteristic() == ProtectedCharacteristic.RACE
                        || g.characteristic() == ProtectedCharacteristic.RELIGION_OR_BELIEF
                        || g.characteristic() == ProtectedCharacteristic.SEXUAL_ORIENTATION
                        || g.characteristic() == ProtectedCharacteristic.GENDER_REASSIGNMENT);
    }

    /**
     * A group's place: a group word before a {@code GROUP_PLACES} noun ("the Traveller site", "a Sikh temple"). Harm
     * aimed at it is harm aimed at the group; nothing else said of a place is said of its people.
     */
    List<Ref> places(RepairedWords rw, List<WordMatch<Tagged>> all) {
        List<Ref> out = new ArrayList<>();
        for (WordMatch<Tagged> m : all) {
            if (m.payload().key() == WordKey.GROUP && m.to() < rw.size() && rw.clause(m.to()) == rw.clause(m.from())
                    && GROUP_PLACES.contains(rw.words[m.to()])) {
                out.add(new Ref(m.from(), m.to() + 1, (Group) m.payload().payload()));
            }
        }
        for (WordMatch<Tagged> m : all) { // "set fire to the houses where the Xs live": the place is theirs
            int w = m.from() - (m.from() > 0 && rw.words[m.from() - 1].equals("the") ? 2 : 1);
            if (m.payload().key() == WordKey.GROUP && w >= 1 && rw.words[w].equals("where")
                    && DWELLINGS.contains(rw.words[w - 1]) && rw.sentence(w - 1) == rw.sentence(m.from())
                    && m.to() < rw.size() && DWELLING_VERBS.contains(rw.words[m.to()])) {
                out.add(new Ref(w - 1, m.to(), (Group) m.payload().payload()));
            }
        }
        for (int i = 0; i < rw.size(); i++) {
            if (FAITH_PLACES.contains(rw.words[i])) { // "burn every mosque": a faith's own place names its group
                out.add(new Ref(i, i + 1, new Group(rw.words[i], ProtectedCharacteristic.RELIGION_OR_BELIEF, true)));
            }
        }
        return out;
    }

    /**
     * Where "people who are X", "people with X", "those who are X", "anyone who is X", "members of the X" begins, for
     * the group word at {@code at}; -1 when it is not introduced so.
     */
    private static int periphrasisStart(RepairedWords rw, int at) {
        int i = at - 1;
        if (i >= 0 && rw.words[i].equals("the")) {
            i--;
        }
        if (i < 1 || rw.sentence(i) != rw.sentence(at) || !PERIPHRASIS_LINKS.contains(rw.words[i])) {
            return -1;
        }
        if (PERIPHRASIS_HEADS.contains(rw.words[i - 1])) {
            return i - 1;
        }
        if (i >= 2 && rw.words[i - 1].equals("who") && PERIPHRASIS_HEADS.contains(rw.words[i - 2])) {
            return i - 2;
        }
        return -1;
    }

    /**
     * A group addressed: "Xs, ..." opening a sentence (its clause ends after the group), or "you Xs". Then "you" and
     * "your" in that sentence and the two after stand for the group.
     */
    private static boolean vocative(RepairedWords rw, Ref r) {
        int before = r.from() - 1;
        if (before >= 0 && rw.sentence(before) == rw.sentence(r.from()) && rw.words[before].equals("you")) {
            return true;
        }
        boolean opens = before < 0 || rw.sentence(before) != rw.sentence(r.from())
                || ADDRESS.contains(rw.words[before]) && (before == 0 || rw.sentence(before - 1) != rw.sentence(before));
        return opens && r.to() < rw.size() && rw.sentence(r.to()) == rw.sentence(r.from())
                && rw.clause(r.to()) != rw.clause(r.from());
    }

    private static String strip(String w) {
        return w.endsWith("'s") ? w.substring(0, w.length() - 2) : w;
    }

    /**
     * Pronouns ("they", "them") after a group in the same sentence or within the two sentences before; "you" and
     * "your" after a group addressed ("Xs, ...", "you Xs").
     */
    static List<Ref> withPronouns(RepairedWords rw, List<Ref> refs) {
        List<Ref> out = new ArrayList<>(refs);
        int r = 0;
        Ref last = null;
        Ref vocative = null;
        for (int i = 0; i < rw.size(); i++) {
            while (r < refs.size() && refs.get(r).to() <= i) {
                last = refs.get(r++);
            }
            if (last == null || rw.sentence(i) - rw.sentence(last.from()) > 2
                    || rw.quoted(last.from()) && !rw.quoted(i)) {
                continue; // "Leaflets saying 'Xs are ...' were posted. They're vile.": "they" is not the quoted Xs
            }
            String w = rw.words[i];
            if (vocative == null && vocative(rw, last)) {
                vocative = last;
            }
            if (PRONOUNS.contains(w)) {
                out.add(new Ref(i, i + 1, last.group()));
            } else if (SECOND_PERSON.contains(w) && vocative != null && i >= vocative.to()
                    && rw.sentence(i) - rw.sentence(vocative.from()) <= 2) {
                out.add(new Ref(i, i + 1, vocative.group())); // "Xs, I'll watch your temple burn"
            } else if (i > 0 && i > last.to() && KIND_WORDS.contains(w) && KIND_OWNERS.contains(rw.words[i - 1])) {
                out.add(new Ref(i - 1, i + 1, last.group())); // "his sort are a burden", "their kind"
            } else if (i > 1 && i > last.to() + 1 && LIKE_REFS.contains(w) && rw.words[i - 1].equals("like")
                    && rw.words[i - 2].equals("people")) {
                out.add(new Ref(i - 2, i + 1, last.group())); // "people like that should be ..."
            }
        }
        return out;
    }
}
