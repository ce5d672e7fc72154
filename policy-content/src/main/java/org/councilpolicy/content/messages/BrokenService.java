package org.councilpolicy.content.messages;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.councilpolicy.core.text.DataLines;
import org.councilpolicy.core.text.LexiconMatch;

/**
 * A service not done, by composition (issue 14, round 7): a word that denies ({@link CueKind#NEGATOR}: never, nobody,
 * didn't, without) within {@value #LOOK_BACK} words before something a council service does for a resident
 * ({@link CueKind#ACT}: came, rang, fixed, collected, replied), in the same clause: "no engineer ever came", "never
 * returned any of my calls", "decided without hearing our objection"; or a denial that ends its clause and stands for
 * the act already named ({@link CueKind#ELLIPSIS}: "It was meant to be gritted. It wasn't."). A denial followed at
 * once by a {@code HEDGE} ("not sure it was processed") denies nothing, nor one that forecasts ({@code FUTURE}:
 * "nobody will listen") unless the act is done to the sender ("nobody will answer my calls" refuses). Each is a {@link CueKind#FAILURE} for {@link ComplaintJudge}, which still wants a second
 * failure, repetition or dissatisfaction beside it. The words are in {@value #RESOURCE}; the denials and acts are
 * matched with the cue lexicon ({@link RequestCues}), so a word inside a listed failure phrase ("never came") is not
 * counted twice and the text is not read again: only the few words between a denial and an act are.
 */
final class BrokenService {

    static final String RESOURCE = "service-acts.tsv";
    /** How many words after a denial the act may come. */
    static final int LOOK_BACK = 5;
    /** How far, in characters, after a denial the act may come: keeps the look between them short. */
    static final int REACH = 48;
    /** At most this many acts not done are counted (two make a complaint with nothing else). */
    static final int MAX_COUNTED = 2;

    private static final Set<String> HEDGES = new HashSet<>();
    private static final Set<String> FUTURE = new HashSet<>();

    static {
        for (String line : DataLines.read(BrokenService.class, RESOURCE)) {
            String[] parts = line.split("\t", -1);
            if (parts.length != 2 || parts[1].isBlank()) {
                throw new IllegalStateException(RESOURCE + ": expected KIND<tab>word, got: " + line);
            }
            switch (parts[0]) {
                case "HEDGE" -> HEDGES.add(parts[1].strip());
                case "FUTURE" -> FUTURE.add(parts[1].strip());
                case "NEGATOR", "ACT", "ELLIPSIS" -> {
                    // matched with the cues (RequestCues)
                }
                default -> throw new IllegalStateException(RESOURCE + ": unknown kind " + parts[0]);
            }
        }
    }

    private BrokenService() {
    }

    /**
     * The acts not done in the text, at most {@value #MAX_COUNTED}.
     *
     * @param s       the normalised text (lower case)
     * @param matches the cue matches, in text order
     */
    static int count(String s, List<LexiconMatch<Cue>> matches) {
        int found = 0;
        int denialEnd = -1;
        for (int i = 0; i < matches.size() && found < MAX_COUNTED; i++) {
            LexiconMatch<Cue> m = matches.get(i);
            CueKind k = m.payload().kind();
            if (k == CueKind.ACT && denialEnd >= 0 && denies(s, denialEnd, m.start(), m.end())) {
                found++;
                denialEnd = -1;
            } else if (k == CueKind.ELLIPSIS && endsClause(s, m.end())) {
                found++;
                denialEnd = -1;
                while (i + 1 < matches.size() && matches.get(i + 1).start() == m.start()) {
                    i++; // the same word as a denial: counted once
                }
            } else if (k == CueKind.NEGATOR) {
                denialEnd = m.end();
            }
        }
        return found;
    }

    /**
     * Whether the words between a denial's end and an act's start keep the denial on the act: at most
     * {@value #LOOK_BACK} words, no end of clause, the first not a hedge, and none a forecast unless the act is done
     * to the sender: "nobody will listen" forecasts, "nobody will answer my calls" refuses.
     */
    private static boolean denies(String s, int from, int to, int actEnd) {
        if (to - from > REACH) {
            return false;
        }
        int words = 0;
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            if (isStop(c)) {
                return false;
            }
            if (!isWordChar(c)) {
                i++;
                continue;
            }
            int start = i;
            while (i < to && isWordChar(s.charAt(i))) {
                i++;
            }
            String word = s.substring(start, i);
            words++;
            if ((words == 1 && HEDGES.contains(word)) || (FUTURE.contains(word) && !toTheSender(s, actEnd))) {
                return false; // "not sure it was processed", "nobody will listen"
            }
        }
        return words < LOOK_BACK;
    }

    /** Whether the act is done to the sender: "me" or "my" next, or after "to" ("reply to my emails"). */
    private static boolean toTheSender(String s, int actEnd) {
        int i = actEnd;
        for (int word = 0; word < 2; word++) {
            while (i < s.length() && s.charAt(i) == ' ') {
                i++;
            }
            if (s.startsWith("me", i) || s.startsWith("my", i)) {
                int after = i + 2;
                return after >= s.length() || !isWordChar(s.charAt(after));
            }
            if (!s.startsWith("to ", i)) {
                return false;
            }
            i += 2;
        }
        return false;
    }

    private static boolean endsClause(String s, int end) {
        int i = end;
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i >= s.length() || isStop(s.charAt(i));
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '\'' || c == '\u2019';
    }

    private static boolean isStop(char c) {
        return c == '.' || c == '?' || c == '!' || c == '\n' || c == ',' || c == ';' || c == ':';
    }
}
