package org.councilpolicy.content.neutrality;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.councilpolicy.core.text.Lexicon;
import org.councilpolicy.core.text.LexiconMatch;

/**
 * PN-5's two matters for the pre-election period, by composition over {@code pre-election-matters.txt}: a decision
 * to withdraw, sell, cut or charge for a public service or asset ("we will close three libraries"), not a
 * temporary closure ("the library is closed today") and not denied ("there are no plans to close"); and the
 * administration's record, achievements credited to the administration or boasted of ("thanks to the hard work of
 * our Cabinet, council tax is the lowest in the region"). Run only for an official draft inside a period, so it
 * costs nothing elsewhere.
 */
final class ServiceDecisions {

    /** What a phrase of the data file is. */
    enum Role { WITHDRAW, ASSET, TEMPORARY, IGNORE, DENIAL, CREDIT, ACHIEVEMENT, BOAST }

    /** A matter found: its normalised range and what it is, for the message. */
    record Found(int start, int end, String what) {
    }

    /** How far apart the two parts of one matter may be, in normalised characters of one sentence. */
    private static final int WINDOW = 60;
    /** A record is often a list after its boast ("proud of what we've done: a new pool, ... and a freeze"). */
    private static final int RECORD_WINDOW = 90;
    /** How close a temporary word must be to the withdrawal it qualifies ("closed today for repairs"). */
    private static final int TEMPORARY_WINDOW = 30;

    private static final Lexicon<Role> WORDS = load();

    private ServiceDecisions() {
    }

    /**
     * The first matter in the draft, a decision before a record.
     *
     * @param s the draft's signals (for its normalised text, sentences and negation)
     * @return the matter, if any
     */
    static Optional<Found> in(DraftSignals s) {
        Map<Role, List<LexiconMatch<Role>>> hits = new EnumMap<>(Role.class);
        for (LexiconMatch<Role> m : WORDS.findAll(s.text())) {
            hits.computeIfAbsent(m.payload(), k -> new ArrayList<>()).add(m);
        }
        for (LexiconMatch<Role> w : hits.getOrDefault(Role.WITHDRAW, List.of())) {
            if (inside(w, hits.get(Role.IGNORE))) {
                continue; // "the closing date", "close to the library"
            }
            LexiconMatch<Role> asset = near(s, w, hits.get(Role.ASSET), WINDOW);
            if (asset != null && !temporary(s, w, hits.get(Role.TEMPORARY)) && !s.negatedBefore(w.start(), 25)
                    && near(s, w, hits.get(Role.DENIAL), 200) == null) {
                return Optional.of(new Found(Math.min(w.start(), asset.start()), Math.max(w.end(), asset.end()),
                        "a decision on a public service (\"" + w.phrase() + "\" and \"" + asset.phrase() + "\")"));
            }
        }
        for (LexiconMatch<Role> a : hits.getOrDefault(Role.ACHIEVEMENT, List.of())) {
            LexiconMatch<Role> by = near(s, a, hits.get(Role.CREDIT), RECORD_WINDOW);
            if (by == null) {
                by = near(s, a, hits.get(Role.BOAST), RECORD_WINDOW);
            }
            if (by != null && !s.negatedBefore(a.start(), 15)) {
                return Optional.of(new Found(Math.min(a.start(), by.start()), Math.max(a.end(), by.end()),
                        "the administration's record (\"" + by.phrase() + "\" with \"" + a.phrase() + "\")"));
            }
        }
        return Optional.empty();
    }

    /** The first of {@code others} in the same sentence as {@code m} and within the window, if any. */
    private static LexiconMatch<Role> near(DraftSignals s, LexiconMatch<Role> m, List<LexiconMatch<Role>> others,
            int window) {
        if (others != null) {
            for (LexiconMatch<Role> o : others) {
                if (s.near(m.start(), m.end(), o.start(), o.end(), window)) {
                    return o;
                }
            }
        }
        return null;
    }

    /** A temporary word just after the withdrawal or just before it ("closed today", "temporarily closed"). */
    private static boolean temporary(DraftSignals s, LexiconMatch<Role> w, List<LexiconMatch<Role>> temporary) {
        if (temporary != null) {
            for (LexiconMatch<Role> t : temporary) {
                boolean after = t.start() >= w.end() && t.start() - w.end() <= TEMPORARY_WINDOW;
                boolean before = t.end() <= w.start() && w.start() - t.end() <= 12;
                if ((after || before) && s.sentence(t.start()) == s.sentence(w.start())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean inside(LexiconMatch<Role> m, List<LexiconMatch<Role>> ignored) {
        if (ignored != null) {
            for (LexiconMatch<Role> i : ignored) {
                if (i.start() <= m.start() && m.end() <= i.end()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Lexicon<Role> load() {
        return Vocabulary.read("pre-election-matters.txt", (section, label) -> Role.valueOf(section));
    }
}
