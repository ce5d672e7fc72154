package org.councilpolicy.content.offence;

import java.util.Set;
import org.councilpolicy.core.rule.Span;

/**
 * Who an insult noun is aimed at when the short frames of {@link PhraseDetectors} do not reach it: the insult as the
 * head of a long predicate noun phrase ("you're a horrible jealous little cretin", "you people in planning are a
 * pack of spineless parasites", "the receptionist, Carol, is a rude, lazy, smug idiot"), and the insult followed by
 * the person it names ("absolute moron whoever approved this", "... cretin Maureen"). The subject must be a person:
 * the reader, "whoever", a person or worker noun ("the call handlers are pigs": insults at staff are abuse), a name, or
 * any group said to be "a bunch of" insults; a body ("the council are a bunch of clowns") is criticism (MD-1) and is
 * never reached. Each call looks a bounded number of words around the insult.
 */
final class PredicativeInsults {

    /** Words that may follow the copula and open the predicate noun phrase. */
    private static final Set<String> OPENERS = Set.of("a", "an", "the", "such", "one", "nothing", "just", "total",
            "absolute", "complete", "utter", "proper", "right", "real", "bunch", "pack", "load", "set", "most",
            "biggest", "worst");
    private static final Set<String> COPULAS = Set.of("is", "are", "was", "were", "'s", "am", "r", "you're", "youre",
            "ur", "he's", "she's", "hes", "shes");
    private static final Set<String> SECOND_PERSON = Set.of("you", "you're", "youre", "ur", "u", "ya", "yous", "youse");
    /** Singular persons; "they" as subject is usually the council, criticised. */
    private static final Set<String> PERSONS = Set.of("whoever", "man", "woman", "bloke", "lady", "chap", "guy", "lad",
            "lass", "girl", "fella", "person", "he", "she", "he's", "she's", "hes", "shes", "officer", "manager",
            "director", "executive");
    /** Openers that make the predicate a group of people: "a bunch of", "a pack of". */
    private static final Set<String> COLLECTIVES = Set.of("bunch", "pack", "load", "set", "gang", "shower");
    /** Bodies and pronouns that are no group of workers as subject: insulting the council is criticism. */
    private static final Set<String> BODIES = Set.of("council", "councils", "council's", "authority", "government",
            "cabinet", "party", "tories", "labour", "committee", "department", "management", "administration",
            "leadership", "they", "it", "this", "that", "these", "those", "which", "there", "what", "who", "lot", "all");
    private static final Set<String> NEGATORS = Set.of("not", "no", "never", "nobody", "isnt", "arent", "wasnt",
            "werent", "hardly");
    /** How far back the copula may stand from the insult, and the subject from the copula. */
    private static final int PREDICATE_REACH = 8;
    private static final int SUBJECT_REACH = 9;

    private PredicativeInsults() {
    }

    /**
     * Who the insult at word {@code at} (ending at {@code end}, exclusive) is aimed at, or null.
     *
     * @param adjective whether the insult is an adjective ("stupid"), which needs the predicate frame
     */
    static String target(WordView wv, int at, int end, boolean adjective, Set<String> workers, Set<String> elected,
                         PersonMentions.Lazy people) {
        String predicate = predicate(wv, at, workers, elected, people);
        if (predicate != null || adjective) {
            return predicate;
        }
        return named(wv, end, elected);
    }

    /** "X is/are a ... INSULT" with a person as X. */
    private static String predicate(WordView wv, int at, Set<String> workers, Set<String> elected,
                                    PersonMentions.Lazy people) {
        int s = wv.sentence[at];
        for (int i = at - 1; i >= Math.max(0, at - PREDICATE_REACH) && wv.sentence[i] == s; i--) {
            String w = wv.words[i];
            if (NEGATORS.contains(w) || w.endsWith("n't")) {
                return null;
            }
            if (!COPULAS.contains(w)) {
                continue;
            }
            if (i + 1 >= at || !OPENERS.contains(wv.words[i + 1])) {
                return null;
            }
            if (SECOND_PERSON.contains(w)) {
                return "the person addressed";
            }
            if (PERSONS.contains(w)) {
                return "a person";
            }
            String subject = subject(wv, i, workers, elected, people);
            return subject != null || !COLLECTIVES.contains(wv.words[i + 1]) ? subject : group(wv, i);
        }
        return null;
    }

    /**
     * "Grounds maintenance are a bunch of idle scroungers": a collective of insults is said of people, so a subject
     * that is not the council or another body (criticised, never deleted: MD-1) nor a pronoun is a group of workers.
     */
    private static String group(WordView wv, int copula) {
        int k = copula - 1;
        if (k < 0 || wv.sentence[k] != wv.sentence[copula] || BODIES.contains(wv.words[k])) {
            return null;
        }
        for (int j = k; j >= Math.max(0, copula - 3) && wv.sentence[j] == wv.sentence[copula]; j--) {
            if (BODIES.contains(wv.words[j])) {
                return null; // "the council's staff", "the council lot"
            }
        }
        return "a group of workers";
    }

    /**
     * The subject before the copula at {@code copula}: the reader, a singular person or worker, or a name the person
     * finder found (a capitalised word alone may be a body: "the Council is").
     */
    private static String subject(WordView wv, int copula, Set<String> workers, Set<String> elected,
                                  PersonMentions.Lazy people) {
        int s = wv.sentence[copula];
        for (int k = copula - 1; k >= Math.max(0, copula - SUBJECT_REACH) && wv.sentence[k] == s; k--) {
            String w = wv.words[k];
            if (SECOND_PERSON.contains(w)) {
                return "the person addressed";
            }
            if (PERSONS.contains(w) || workers.contains(w) || people.endsAt(wv.toOriginal(k, k + 1).end(), true)) {
                return "a named person";
            }
        }
        return null;
    }

    /** The insult followed by "whoever" or by a name ending its clause: "absolute moron whoever did this". */
    static String named(WordView wv, int end, Set<String> elected) {
        if (end >= wv.size() || wv.sentence[end] != wv.sentence[end - 1]) {
            return null;
        }
        if (wv.words[end].equals("whoever")) {
            return "a person";
        }
        boolean last = end + 1 >= wv.size() || wv.clause[end + 1] != wv.clause[end];
        return last && wv.clause[end] == wv.clause[end - 1] && !elected.contains(wv.words[end])
                && name(wv.normalised.original(), wv.toOriginal(end, end + 1)) ? "the person addressed" : null;
    }

    /** A capitalised word in lower case after its first letter: "Maureen", not "NHS" or "I". */
    static boolean name(String text, Span span) {
        return span.length() > 1 && Character.isUpperCase(text.charAt(span.start()))
                && Character.isLowerCase(text.charAt(span.end() - 1));
    }
}
