package org.councilpolicy.core.text;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Lexicons that read the same texts, scanned together: one automaton over all their phrases, so a text read by
 * several of them is scanned once, not once per lexicon. A scan costs about as much per char for a lexicon of four
 * phrases as for one of thousands (each char is one dependent table read), and a draft's normalised view is read by
 * the lexicons of many rules.
 *
 * <p>Immutable and thread-safe: the members are fixed when the union is built, and each member finds through it
 * exactly what it finds alone ({@link Lexicon#findAll}, {@link Lexicon#findLongest}, {@link Lexicon#containsAny}:
 * the same matches in the same order). A text takes part through {@link NormalisedText#scannedWith}; the engine
 * does that for the views of {@code TextAnalysis} with the unions its modules declare ({@link SharedLexicons}).
 */
public final class LexiconUnion {

    private final NormalisationOptions options;
    private final List<Lexicon<?>> members;
    /** Member to its slot, by identity (two equal-looking lexicons are still two members). */
    private final Map<Lexicon<?>, Integer> slots;
    final AhoCorasick automaton;
    final boolean[] wholeWords;
    /** Union key {@code u} is key {@code memberKey[i]} of member {@code member[i]}, i in {@code [at[u], at[u+1])}. */
    final int[] at;
    final int[] member;
    final int[] memberKey;

    private LexiconUnion(List<Lexicon<?>> members) {
        this.members = members;
        this.options = members.isEmpty() ? NormalisationOptions.DEFAULT : members.get(0).options();
        Map<Lexicon<?>, Integer> bySlot = new IdentityHashMap<>();
        Map<String, List<int[]>> byKey = new LinkedHashMap<>();
        wholeWords = new boolean[members.size()];
        int pairs = 0;
        for (int m = 0; m < members.size(); m++) {
            Lexicon<?> lex = members.get(m);
            if (!lex.options().equals(options)) {
                throw new IllegalArgumentException("member " + m + " is normalised with " + lex.options()
                        + ", member 0 with " + options + ": a union's members read the same view");
            }
            if (bySlot.putIfAbsent(lex, m) != null) {
                throw new IllegalArgumentException("member " + m + " is listed twice");
            }
            wholeWords[m] = lex.wholeWords();
            List<String> keys = lex.keys();
            for (int k = 0; k < keys.size(); k++) {
                byKey.computeIfAbsent(keys.get(k), x -> new ArrayList<>(1)).add(new int[] {m, k});
                pairs++;
            }
        }
        slots = bySlot;
        at = new int[byKey.size() + 1];
        member = new int[pairs];
        memberKey = new int[pairs];
        int u = 0;
        int p = 0;
        for (List<int[]> list : byKey.values()) {
            at[u++] = p;
            for (int[] mk : list) {
                member[p] = mk[0];
                memberKey[p++] = mk[1];
            }
        }
        at[u] = p;
        automaton = new AhoCorasick(new ArrayList<>(byKey.keySet()));
    }

    /**
     * The union of these lexicons.
     *
     * @param members the lexicons, all with the same {@link Lexicon#options() options}, none twice
     * @return the union
     * @throws IllegalArgumentException when the options differ or a lexicon is listed twice
     */
    public static LexiconUnion of(List<? extends Lexicon<?>> members) {
        Objects.requireNonNull(members, "members");
        members.forEach(m -> Objects.requireNonNull(m, "member"));
        return new LexiconUnion(List.copyOf(members));
    }

    /** {@return the members, in the order given} */
    public List<Lexicon<?>> members() {
        return members;
    }

    /** {@return the options every member (and every text scanned with them) is normalised with} */
    public NormalisationOptions options() {
        return options;
    }

    /** {@return the slot of {@code lexicon} among the members, or -1 when it is not one} */
    int slot(Lexicon<?> lexicon) {
        Integer s = slots.get(lexicon);
        return s == null ? -1 : s;
    }

    int size() {
        return wholeWords.length;
    }

    @Override
    public String toString() {
        return "LexiconUnion[" + members.size() + " members, " + (at.length - 1) + " phrases]";
    }
}
