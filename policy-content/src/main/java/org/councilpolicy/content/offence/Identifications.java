package org.councilpolicy.content.offence;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.councilpolicy.core.rule.Span;

/**
 * A member of the public pointed out as the one to blame (MD-4): an identification frame ("that's", "it was",
 * "the one in the hoodie is", "check", "ask") followed closely by a private person, named ("that's Jordan from the
 * Spar"), a family ("it was the Burkes") or described by workplace, street or house ("the lad from the chip shop on
 * Queen St", "the woman at 43", "Skinny from Parkhill flats"). Residents identify people in an incident without
 * any incident word; the frame is the accusation. Thanks and praise ("it was Dave who found my purse, thank you")
 * are never blame. The word classes are {@code identification-cues.tsv}; this class is the grammar. Linear in the
 * words: each cue looks a few words ahead.
 */
final class Identifications {

    /** How many words after a cue a reference may start: "that's defo the lad", "it was the Burkes". */
    private static final int REACH = 4;
    /** How many words after a placer a capitalised place or a house number may come: "from the chip shop on Queen St". */
    private static final int PLACE_REACH = 5;
    /** How far before "is"/"was" the description may start: "the lad who crashed into the bus shelter was ...". */
    private static final int COPULA_REACH = 9;
    /** Enough mentions to decide a comment: each new one is checked against those found (hostile text). */
    private static final int MAX_MENTIONS = 32;
    private static final Set<String> OFFICE = Set.of("cllr", "councillor", "councilor", "mp", "mayor", "msp",
            "officer", "council", "sir", "dame", "lord");
    private static final Set<String> HOUSE = Set.of("number", "no", "flat", "house");

    private final Set<String> cues = new HashSet<>();
    private final Set<String> copulas = new HashSet<>();
    private final Set<String> persons = new HashSet<>();
    private final Set<String> placers = new HashSet<>();
    private final Set<String> praise = new HashSet<>();
    private final Set<String> pinners = new HashSet<>();
    private final Set<String> evidence = new HashSet<>();
    /**
     * Every part of an entry of {@link #cues}, {@link #praise} or {@link #evidence} before one of its spaces: a
     * two-word entry can equal {@code words[i] + " " + words[i + 1]} only when {@code words[i]} is one of these, so
     * the pair is built (and hashed) only then.
     */
    private final Set<String> pairHeads = new HashSet<>();
    /** Each entry of the sets read once per word ({@link #EVIDENCE} ...): one look-up instead of five or six. */
    private final Map<String, Integer> flags = new HashMap<>();
    private static final int EVIDENCE = 1;
    private static final int PRAISE = 2;
    private static final int CUE = 4;
    private static final int COPULA = 8;
    private static final int PAIR_HEAD = 16;
    private final Set<String> topics = new HashSet<>();
    private final Set<String> kin = new HashSet<>();
    private final Set<String> notFamilies = new HashSet<>();

    Identifications() {
        TwoColumnTsv.read("identification-cues.tsv", (phrase, kind) -> {
            Set<String> target = switch (kind) {
                case "CUE" -> cues;
                case "COPULA" -> copulas;
                case "PERSON" -> persons;
                case "PLACER" -> placers;
                case "PRAISE" -> praise;
                case "PINNER" -> pinners;
                case "EVIDENCE" -> evidence;
                case "TOPIC" -> topics;
                case "KIN" -> kin;
                case "NOT_FAMILY" -> notFamilies;
                default -> throw new IllegalArgumentException(kind);
            };
            target.add(phrase);
        });
        for (Set<String> set : List.of(cues, praise, evidence)) {
            for (String entry : set) {
                for (int k = entry.indexOf(' '); k >= 0; k = entry.indexOf(' ', k + 1)) {
                    pairHeads.add(entry.substring(0, k));
                }
            }
        }
        addFlag(evidence, EVIDENCE);
        addFlag(praise, PRAISE);
        addFlag(cues, CUE);
        addFlag(copulas, COPULA);
        addFlag(pairHeads, PAIR_HEAD);
    }

    private void addFlag(Set<String> set, int flag) {
        set.forEach(w -> flags.merge(w, flag, (a, b) -> a | b));
    }

    /**
     * Whether {@code set} holds words {@code i} and {@code i + 1} joined by a space; {@code flagsOfI} are word
     * {@code i}'s flags, read already.
     */
    private boolean containsPair(Set<String> set, WordView wv, int i, int flagsOfI) {
        return (flagsOfI & PAIR_HEAD) != 0 && i + 1 < wv.size() && set.contains(wv.words[i] + " " + wv.words[i + 1]);
    }

    /**
     * Adds to {@code out} each private person of {@code names} (or described in the text) that an identification
     * frame points out, unless already there.
     *
     * @param names the spans of the private persons the name finders found (no public figures, no council workers),
     *              asked for only when a cue is followed by a capitalised word
     * @param incident whether the text has an incident word anywhere; without one (or a word of an appeal or a
     *                 recording), a bare name ("that's Kevin Hart") needs placing or a clause about the person
     *                 ("that's Jordan who works at the Spar")
     */
    void find(WordView wv, Supplier<List<Span>> names, boolean incident, List<IncidentMention> out) {
        String text = wv.normalised.original();
        boolean context = incident;
        int[] f = new int[wv.size()];
        for (int i = 0; i < wv.size(); i++) {
            Integer flagged = flags.get(wv.words[i]);
            f[i] = flagged == null ? 0 : flagged;
            context |= (f[i] & EVIDENCE) != 0 || containsPair(evidence, wv, i, f[i]);
            if ((f[i] & PRAISE) != 0 || containsPair(praise, wv, i, f[i])) {
                return; // pointing someone out to thank them
            }
        }
        for (int i = 0; i < wv.size(); i++) {
            int after = f[i] == 0 ? -1 : cueEnd(wv, i, f[i]); // a word in none of the sets starts no cue
            if (after < 0 || wv.quoted[i]) {
                continue;
            }
            for (int j = after; j < Math.min(wv.size(), after + REACH) && wv.sentence[j] == wv.sentence[i]; j++) {
                if (OFFICE.contains(wv.words[j])) {
                    break; // "it's Cllr Wilson": a public figure
                }
                Span ref = out.size() < MAX_MENTIONS ? reference(wv, text, names, context, j) : null;
                if (ref != null) {
                    if (out.stream().noneMatch(m -> m.name().overlaps(ref))) {
                        out.add(new IncidentMention(ref, "pointed out as the one to blame"));
                    }
                    break;
                }
            }
        }
    }

    /** The word after the cue starting at {@code i}, or -1 when none starts there. */
    private int cueEnd(WordView wv, int i, int flagsOfI) {
        if (containsPair(cues, wv, i, flagsOfI)) {
            return i + 2;
        }
        if ((flagsOfI & COPULA) != 0) {
            for (int k = i - 1; k >= Math.max(0, i - COPULA_REACH) && wv.sentence[k] == wv.sentence[i]; k--) {
                if (persons.contains(wv.words[k]) || topics.contains(wv.words[k])) {
                    // "the one in the grey hoodie is ...", "the lads on the CCTV are ...", "that racket is ..."
                    return i + 1;
                }
            }
            return -1;
        }
        return (flagsOfI & CUE) != 0 ? i + 1 : -1;
    }

    /** The private person starting at word {@code j}, or null. */
    private Span reference(WordView wv, String text, Supplier<List<Span>> names, boolean incident, int j) {
        Span w = wv.toOriginal(j, j + 1);
        for (Span s : capitalised(text, w) ? names.get() : List.<Span>of()) {
            if (s.start() == w.start()) {
                return incident || pinned(wv, text, s) ? s : null;
            }
        }
        Span family = family(wv, text, incident, j);
        if (family != null) {
            return family;
        }
        if (persons.contains(wv.words[j]) && placed(wv, text, j + 1)) {
            return w; // "the lad from the chip shop on Queen St", "the woman at 43"
        }
        if (capitalised(text, w) && j + 1 < wv.size() && wv.sentence[j + 1] == wv.sentence[j]
                && (wv.words[j + 1].equals("from") || j + 2 < wv.size() && capitalised(text, wv.toOriginal(j + 1, j + 2))
                && wv.words[j + 2].equals("from")) && placed(wv, text, j + 1)) {
            return w; // a nickname placed by where the person lives or works: "Skinny from Parkhill flats"
        }
        return null;
    }

    /**
     * A family pointed out by its surname, in an incident: "it's the Fenwicks again", "it was the Whitfield kids",
     * "... were the Maguires". A plural that names a party or a people ("it was the Tories") is no family.
     */
    private Span family(WordView wv, String text, boolean incident, int j) {
        if (!incident || !wv.words[j].equals("the") || j + 1 >= wv.size() || wv.sentence[j + 1] != wv.sentence[j]
                || !capitalised(text, wv.toOriginal(j + 1, j + 2)) || notFamilies.contains(wv.words[j + 1])) {
            return null;
        }
        if (j + 2 < wv.size() && wv.sentence[j + 2] == wv.sentence[j] && kin.contains(wv.words[j + 2])) {
            return wv.toOriginal(j + 1, j + 3);
        }
        String w = wv.words[j + 1];
        return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") ? wv.toOriginal(j + 1, j + 2) : null;
    }

    /** Whether a name is placed, owns something or has a clause about it: "Jordan who works ...", "Rob's van". */
    private boolean pinned(WordView wv, String text, Span name) {
        if (name.end() < text.length() && (text.charAt(name.end()) == '\'' || text.charAt(name.end()) == '\u2019')) {
            return true;
        }
        int last = wv.wordAtOriginal(new Span(name.end() - 1, name.end()));
        if (last < 0 || last + 1 >= wv.size()) {
            return false;
        }
        for (int k = last + 1; k < Math.min(wv.size(), last + 4) && wv.sentence[k] == wv.sentence[last]; k++) {
            if (pinners.contains(wv.words[k])) {
                return true; // "that's Mark Smith, he lives above the barbers"
            }
        }
        if (kin.contains(wv.words[last + 1]) && last + 2 < wv.size()) {
            last++; // "it was the Nowak kids who ...": the relatives are the ones pinned
        }
        String next = wv.words[last + 1];
        return next.equals("who") || next.equals("that") || next.endsWith("'s") || placed(wv, text, last + 1);
    }

    /** Whether a placer at or just after {@code j} is followed by a capitalised place or a house number. */
    private boolean placed(WordView wv, String text, int j) {
        int p = j;
        while (p < Math.min(wv.size(), j + 2) && !placers.contains(wv.words[p])) {
            p++; // "the one in the grey hoodie", "the lad on the moped": the placer may follow a word
        }
        if (p >= wv.size() || !placers.contains(wv.words[p])) {
            return false;
        }
        for (int k = p + 1; k < Math.min(wv.size(), p + 1 + PLACE_REACH) && wv.sentence[k] == wv.sentence[p]; k++) {
            String word = wv.words[k];
            if (HOUSE.contains(word) || !word.isEmpty() && Character.isDigit(word.charAt(0))
                    || capitalised(text, wv.toOriginal(k, k + 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean capitalised(String text, Span s) {
        return s.length() > 1 && Character.isUpperCase(text.charAt(s.start())) && Character.isLowerCase(text.charAt(s.end() - 1));
    }
}
