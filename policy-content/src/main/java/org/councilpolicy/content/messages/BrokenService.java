package org.councilpolicy.content.messages;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.councilpolicy.core.text.DataLines;
import org.councilpolicy.core.text.LexiconMatch;

/**
 * A service not done, by composition (issue 14, round 7): a word that denies ({@code NEGATOR}: never, nobody, didn't,
 * without) within {@value #LOOK_BACK} words before something a council service does for a resident ({@code ACT}: came,
 * rang, fixed, collected, replied), in the same clause: "no engineer ever came", "never returned any of my calls",
 * "decided without hearing our objection"; or a denial that ends its clause and stands for the act already named
 * ({@code ELLIPSIS}: "It was meant to be gritted. It wasn't."). A denial followed at once by a {@code HEDGE} ("not
 * sure it was processed") denies nothing, nor one that forecasts ({@code FUTURE}: "nobody will listen"). Each is a {@link CueKind#FAILURE} for
 * {@link ComplaintJudge}, which still wants a second failure, repetition or dissatisfaction beside it; an act inside a
 * listed failure phrase ("never came") is not counted twice. The words are in {@value #RESOURCE}. One pass over the
 * text.
 */
final class BrokenService {

    static final String RESOURCE = "service-acts.tsv";
    /** How many words before the act a denial is looked for. */
    static final int LOOK_BACK = 5;
    /** At most this many acts not done are counted (two make a complaint with nothing else). */
    static final int MAX_COUNTED = 2;

    private static final Set<String> NEGATORS = new HashSet<>();
    private static final Set<String> ACTS = new HashSet<>();
    private static final Set<String> ELLIPSES = new HashSet<>();
    private static final Set<String> HEDGES = new HashSet<>();
    private static final Set<String> FUTURE = new HashSet<>();

    static {
        for (String line : DataLines.read(BrokenService.class, RESOURCE)) {
            String[] parts = line.split("\t", -1);
            if (parts.length != 2 || parts[1].isBlank()) {
                throw new IllegalStateException(RESOURCE + ": expected KIND<tab>word, got: " + line);
            }
            Set<String> set = switch (parts[0]) {
                case "NEGATOR" -> NEGATORS;
                case "ACT" -> ACTS;
                case "ELLIPSIS" -> ELLIPSES;
                case "HEDGE" -> HEDGES;
                case "FUTURE" -> FUTURE;
                default -> throw new IllegalStateException(RESOURCE + ": unknown kind " + parts[0]);
            };
            set.add(parts[1].strip());
        }
    }

    private BrokenService() {
    }

    /**
     * The acts not done in the text, at most {@value #MAX_COUNTED}.
     *
     * @param s       the normalised text (lower case)
     * @param matches the cue matches, in text order: an act inside a failure phrase is already counted
     */
    static int count(String s, List<LexiconMatch<Cue>> matches) {
        int found = 0;
        int sinceDenial = Integer.MAX_VALUE; // words since the last denial in this clause
        int next = 0; // the next cue match that may cover a word
        int i = 0;
        int n = s.length();
        while (i < n && found < MAX_COUNTED) {
            char c = s.charAt(i);
            if (isStop(c)) {
                sinceDenial = Integer.MAX_VALUE;
                i++;
                continue;
            }
            if (!isWordChar(c)) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && isWordChar(s.charAt(i))) {
                i++;
            }
            String word = s.substring(start, i).replace('\u2019', '\'');
            while (next < matches.size() && matches.get(next).end() <= start) {
                next++;
            }
            boolean inFailure = covered(matches, next, start);
            if (sinceDenial != Integer.MAX_VALUE) {
                sinceDenial++;
            }
            if (sinceDenial != Integer.MAX_VALUE && FUTURE.contains(word)) {
                sinceDenial = Integer.MAX_VALUE; // "another consultation nobody will listen to": a forecast, not a failure
            } else if (sinceDenial == 1 && HEDGES.contains(word)) {
                sinceDenial = Integer.MAX_VALUE; // "not sure it was processed": a doubt, not a denial
            } else if (ACTS.contains(word) && sinceDenial <= LOOK_BACK && !inFailure) {
                found++;
                sinceDenial = Integer.MAX_VALUE;
            } else if (ELLIPSES.contains(word) && endsClause(s, i) && !inFailure) {
                found++;
            } else if (NEGATORS.contains(word)) {
                sinceDenial = 0;
            }
        }
        return found;
    }

    /** Whether a failure cue among the matches from {@code from} covers the word at {@code start}. */
    private static boolean covered(List<LexiconMatch<Cue>> matches, int from, int start) {
        for (int j = from; j < matches.size() && matches.get(j).start() <= start; j++) {
            CueKind k = matches.get(j).payload().kind();
            if (k == CueKind.FAILURE || k == CueKind.SERVICE_FAILURE) {
                return true;
            }
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
