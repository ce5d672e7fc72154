package org.councilpolicy.content.offence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A person's whereabouts made known is menace as well as harassment (issue 12, round 10): "we all know where the
 * housing officer lives", "I know which pub he drinks in on a Friday", "followed her home from the depot". Whoever
 * says it, about a worker, a councillor or a named resident, tells them that they can be found; a reviewer reads it
 * as a veiled threat. So a harassment finding that tracks a person, with a word of {@code whereabouts.txt} in its
 * phrase, is reported as a threat too. Private accounts found ("found her Instagram") name no place and stay
 * harassment only. Linear in the findings.
 */
final class Whereabouts {

    static final Whereabouts STANDARD = new Whereabouts();

    private final Set<String> words = new HashSet<>();

    private Whereabouts() {
        try (InputStream in = Whereabouts.class.getResourceAsStream("whereabouts.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing resource whereabouts.txt");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A comment needs one such threat; a few at most keep hostile repetition from multiplying findings. */
    private static final int MAX_ADDED = 4;

    /** Adds a threat beside each tracking finding from index {@code from} on that names where a person is found. */
    void addThreats(List<Offence> out, int from) {
        int end = out.size();
        boolean any = false;
        for (int i = from; i < end && !any; i++) {
            any = out.get(i).kind() == OffenceKind.HARASSMENT;
        }
        if (!any) {
            return; // most comments: nothing tracked, nothing to build
        }
        java.util.TreeMap<Integer, Integer> threats = new java.util.TreeMap<>(); // threat spans: start -> end
        for (int i = from; i < end; i++) {
            Offence t = out.get(i);
            if (t.kind() == OffenceKind.THREAT) {
                threats.merge(t.span().start(), t.span().end(), Math::max);
            }
        }
        int added = 0;
        for (int i = from; i < end && added < MAX_ADDED; i++) {
            Offence o = out.get(i);
            if (o.kind() != OffenceKind.HARASSMENT || !tracking(o.reason()) || !placed(o.term())
                    || threatOver(threats, o)) {
                continue;
            }
            added++;
            out.add(new Offence(OffenceKind.THREAT, o.span(), Strength.STRONG, Optional.empty(), o.term(),
                    "a veiled threat: where a person lives or goes made known", false));
        }
    }

    private static boolean tracking(String reason) {
        return reason.contains("tracking") || reason.contains("where a person");
    }

    /** A person said to be alone ("on her own", "all alone"): where they can be found unprotected. */
    private static final Set<String> ALONE = Set.of("own", "alone");

    /**
     * The converse, run once the threats are final (own-kin jokes and threats to groups taken out): a veiled threat
     * whose words say where a person or their family is found, or that they are alone ("kids go to", "on her own"),
     * is tracking that person's private life, harassment as well (issue 12, round 11). Linear in the findings.
     */
    void addHarassment(List<Offence> out, int from) {
        int end = out.size();
        boolean any = false;
        for (int i = from; i < end && !any; i++) {
            any = out.get(i).kind() == OffenceKind.THREAT;
        }
        if (!any) {
            return; // most comments: no threat, nothing to build
        }
        java.util.TreeMap<Integer, Integer> harassed = new java.util.TreeMap<>();
        for (int i = from; i < end; i++) {
            if (out.get(i).kind() == OffenceKind.HARASSMENT) {
                harassed.merge(out.get(i).span().start(), out.get(i).span().end(), Math::max);
            }
        }
        int added = 0;
        for (int i = from; i < end && added < MAX_ADDED; i++) {
            Offence o = out.get(i);
            if (o.kind() == OffenceKind.THREAT && o.reason().equals("a veiled threat") && tracks(o.term())
                    && !threatOver(harassed, o)) {
                added++;
                out.add(new Offence(OffenceKind.HARASSMENT, o.span(), Strength.STRONG, Optional.empty(), o.term(),
                        "harassment: tracking a person's home, movements or family", false));
            }
        }
    }

    private boolean tracks(String term) {
        for (String w : term.split(" ")) {
            if (words.contains(w) || ALONE.contains(w) || KinFacts.KIN.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private boolean placed(String term) {
        for (String w : term.split(" ")) {
            if (words.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** A threat already found over the same words: the nearest threat starting before this finding ends decides. */
    private static boolean threatOver(java.util.TreeMap<Integer, Integer> threats, Offence o) {
        java.util.Map.Entry<Integer, Integer> before = threats.lowerEntry(o.span().end());
        return before != null && before.getValue() > o.span().start();
    }
}
