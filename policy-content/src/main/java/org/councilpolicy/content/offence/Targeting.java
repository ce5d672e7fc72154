package org.councilpolicy.content.offence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.councilpolicy.content.offence.OffenceLexicons.Tagged;
import org.councilpolicy.content.offence.OffenceLexicons.TargetKind;
import org.councilpolicy.content.offence.OffenceLexicons.WordKey;
import org.councilpolicy.content.offence.WordView.WordMatch;

/**
 * Harassment that singles out one person without a harassing word, by composition (issue 12): persistent targeting
 * (the speaker's own coming action with a repetition that has no end, "I'll be in reception every single day till
 * she sees me"), setting others on a person ("everyone message her", "someone get a photo of the warden's house"),
 * finding or passing on a person's private channel ("I've got her WhatsApp now", "he's on Facebook as ..."), and
 * having found where a person lives or goes ("found out where the warden parks").
 * The person is one person: a worker or member in the singular, a name, or "she"/"he" — never the council, a
 * service or a group, so persistence about a service ("I'll ring every day till my bin is emptied") is kept.
 * Writing to or emailing someone is a civic act and is not listed; a member's public pages are public. Cue classes
 * are in {@code targeting.tsv}. Linear: one bounded phrase look-up per word, then one pass over the cues.
 */
final class Targeting {

    enum Cue { REPEAT, ONGOING, RELENTLESS, CROWD, EXPOSE, CHANNEL, SOCIAL, ACQUIRE, SHARED, NOT_CHANNEL, FOUND_WHERE, WHEREABOUTS, CIVIC, END }

    /** Pronouns that stand for one person. */
    private static final Set<String> ONE_PERSON = Set.of("she", "he", "her", "him", "she's", "he's", "shes", "hes",
            "she'll", "he'll");
    /** Target words for groups, not one person. */
    private static final Set<String> GROUPS = Set.of("staff", "men", "binmen", "committee", "cabinet", "admin",
            "them", "they", "they'll", "they'd", "you", "you'll", "you're", "youre", "ya", "u", "you'd", "yourself",
            "lot", "all");
    /** Owners written before a channel ("her WhatsApp", "your personal mobile", "Gavin's private page"). */
    private static final Set<String> OWNERS = Set.of("her", "his", "your", "ur");
    private static final int MAX_WORDS = 6;
    /** How far a crowd word may stand from what it is told to do ("everyone go and leave reviews"). */
    private static final int CROWD_REACH = 8;
    /** How far after "found out where" the place may come ("found where the parking manager lives"). */
    private static final int WHERE_REACH = 6;

    private final Map<String, Map<String, Cue>> byFirst = new HashMap<>();

    Targeting() {
        try (InputStream in = Targeting.class.getResourceAsStream("targeting.tsv")) {
            if (in == null) {
                throw new IllegalStateException("missing resource targeting.tsv");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int n = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != 2) {
                    throw new IllegalStateException("targeting.tsv line " + n + ": expected 2 columns");
                }
                Cue cue = Cue.valueOf(f[1].strip());
                for (String phrase : Inflections.expand(f[0].strip())) {
                    byFirst.computeIfAbsent(phrase.split(" ")[0], k -> new HashMap<>()).put(phrase, cue);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A cue found at words {@code [from, to)}. */
    private record Found(int from, int to, Cue cue) {
    }

    void detect(RepairedWords rw, List<WordMatch<Tagged>> all, PersonMentions.Lazy people, List<Offence> out) {
        Map<Cue, List<Found>> cues = cues(rw);
        if (!cues.containsKey(Cue.REPEAT) && !cues.containsKey(Cue.RELENTLESS) && !cues.containsKey(Cue.EXPOSE)
                && !cues.containsKey(Cue.CHANNEL) && !cues.containsKey(Cue.SOCIAL) && !cues.containsKey(Cue.SHARED)
                && !cues.containsKey(Cue.FOUND_WHERE) && !cues.containsKey(Cue.CIVIC)) {
            return;
        }
        chasing(rw, cues, out);
        People who = new People(rw, all, new ThreatTargets.Named(rw, people));
        if (!who.any) {
            return;
        }
        for (Found f : cues.getOrDefault(Cue.RELENTLESS, List.of())) {
            report(rw, f, "harassment: persistent targeting of a person", out);
        }
        for (Found f : cues.getOrDefault(Cue.REPEAT, List.of())) {
            // A member pressed at every meeting is held to account; pressed through a private channel, harassed.
            // ... and a resident chasing their case by phone or email ("I'll ring Sarah in housing every day until
            // my damp is fixed") is a complaint, unless a private channel is used.
            if (inSentence(rw, cues, Cue.ONGOING, f, Integer.MAX_VALUE) && (!who.elected || who.privately(cues))
                    && !chase(rw, cues, rw.sentence(f.from()))) {
                report(rw, f, "harassment: persistent targeting of a person", out);
            }
        }
        boolean crowdOn = false;
        for (Found f : cues.getOrDefault(Cue.EXPOSE, List.of())) {
            if (inSentence(rw, cues, Cue.CROWD, f, CROWD_REACH) && (!who.elected || who.privately(cues))) {
                crowdOn = true;
                report(rw, f, "harassment: setting others on a person", out);
            }
        }
        for (Found f : cues.getOrDefault(Cue.FOUND_WHERE, List.of())) {
            if (inSentence(rw, cues, Cue.WHEREABOUTS, f, WHERE_REACH)) {
                report(rw, f, "harassment: finding where a person lives or goes", out);
            }
        }
        for (Cue c : List.of(Cue.CHANNEL, Cue.SOCIAL, Cue.SHARED)) {
            for (Found f : cues.getOrDefault(c, List.of())) {
                boolean owned = c == Cue.SHARED || owned(rw, f);
                boolean passedOn = c == Cue.SHARED || crowdOn || inSentence(rw, cues, Cue.ACQUIRE, f, Integer.MAX_VALUE);
                boolean posted = f.to() < rw.size() && cueAt(cues, Cue.NOT_CHANNEL, f.to());
                if (owned && passedOn && !posted && (c == Cue.CHANNEL || !who.elected)) {
                    report(rw, f, "harassment: finding or passing on a person's private accounts or number", out);
                }
            }
        }
    }

    /**
     * A resident chasing their own case by phone or email, however often ("I'll keep ringing Sarah in housing every
     * day until my damp is fixed"), is a complaint: persistence found in such a sentence (here or by the harassment
     * phrases) is withdrawn, unless a private channel is used or the end sought is personal ("until she resigns").
     */
    private static void chasing(RepairedWords rw, Map<Cue, List<Found>> cues, List<Offence> out) {
        for (Found c : cues.getOrDefault(Cue.CIVIC, List.of())) {
            int sent = rw.sentence(c.from());
            if (!chase(rw, cues, sent)) {
                continue;
            }
            int first = c.from();
            int last = c.from();
            while (first > 0 && rw.sentence(first - 1) == sent) {
                first--;
            }
            while (last + 1 < rw.size() && rw.sentence(last + 1) == sent) {
                last++;
            }
            org.councilpolicy.core.rule.Span span = rw.toOriginal(first, last + 1);
            out.removeIf(o -> o.kind() == OffenceKind.HARASSMENT && o.reason().contains("persistent")
                    && span.start() <= o.span().start() && o.span().end() <= span.end());
        }
    }

    private static boolean chase(RepairedWords rw, Map<Cue, List<Found>> cues, int sent) {
        return has(rw, cues, Cue.CIVIC, sent) && !has(rw, cues, Cue.END, sent) && !cues.containsKey(Cue.CHANNEL);
    }

    private static boolean has(RepairedWords rw, Map<Cue, List<Found>> cues, Cue cue, int sent) {
        for (Found g : cues.getOrDefault(cue, List.of())) {
            if (rw.sentence(g.from()) == sent) {
                return true;
            }
        }
        return false;
    }

    private static void report(RepairedWords rw, Found f, String reason, List<Offence> out) {
        if (rw.quoted(f.from()) || ThreatFrames.negated(rw, f.from()) && f.cue() != Cue.RELENTLESS) {
            return;
        }
        for (Offence o : out) {
            if (o.kind() == OffenceKind.HARASSMENT && o.span().overlaps(rw.toOriginal(f.from(), f.to()))) {
                return;
            }
        }
        out.add(new Offence(OffenceKind.HARASSMENT, rw.toOriginal(f.from(), f.to()), Strength.STRONG, Optional.empty(),
                String.join(" ", Arrays.copyOfRange(rw.words, f.from(), f.to())), reason, false));
    }

    /** A channel with its owner just before it: "her WhatsApp", "Gavin Shaw's private page", "the manager's Instagram". */
    private static boolean owned(RepairedWords rw, Found f) {
        for (int i = f.from() - 1; i >= Math.max(0, f.from() - 2) && rw.sentence(i) == rw.sentence(f.from()); i--) {
            if (OWNERS.contains(rw.words[i]) || rw.words[i].endsWith("'s") && !rw.words[i].equals("council's")) {
                return true;
            }
        }
        return false;
    }

    private static boolean inSentence(RepairedWords rw, Map<Cue, List<Found>> cues, Cue cue, Found f, int reach) {
        for (Found g : cues.getOrDefault(cue, List.of())) {
            if (rw.sentence(g.from()) == rw.sentence(f.from()) && Math.abs(g.from() - f.from()) <= reach
                    && (g.to() <= f.from() || g.from() >= f.to())) {
                return true;
            }
        }
        return false;
    }

    private static boolean cueAt(Map<Cue, List<Found>> cues, Cue cue, int at) {
        for (Found g : cues.getOrDefault(cue, List.of())) {
            if (g.from() == at) {
                return true;
            }
        }
        return false;
    }

    /** Every cue, longest first at each word; a cue list per class, in text order. */
    private Map<Cue, List<Found>> cues(RepairedWords rw) {
        Map<Cue, List<Found>> out = new EnumMap<>(Cue.class);
        for (int i = 0; i < rw.size(); i++) {
            Map<String, Cue> starting = byFirst.get(rw.words[i]);
            if (starting == null) {
                continue;
            }
            StringBuilder sb = new StringBuilder();
            EnumMap<Cue, Integer> longest = new EnumMap<>(Cue.class);
            for (int j = i; j < Math.min(rw.size(), i + MAX_WORDS) && rw.sentence(j) == rw.sentence(i); j++) {
                sb.append(j == i ? "" : " ").append(rw.words[j]);
                Cue c = starting.get(sb.toString());
                if (c != null) {
                    longest.put(c, j + 1);
                }
            }
            final int at = i;
            longest.forEach((c, end) -> out.computeIfAbsent(c, k -> new ArrayList<>()).add(new Found(at, end, c)));
        }
        return out;
    }

    /** Who the comment is about: one person at least, and whether an elected member is among them. */
    private static final class People {
        final boolean any;
        final boolean elected;

        People(RepairedWords rw, List<WordMatch<Tagged>> all, ThreatTargets.Named named) {
            boolean one = false;
            boolean member = false;
            for (WordMatch<Tagged> t : all) {
                if (t.payload().key() != WordKey.TARGET) {
                    continue;
                }
                TargetKind kind = (TargetKind) t.payload().payload();
                String last = rw.words[t.to() - 1];
                boolean group = GROUPS.contains(last) || last.endsWith("s") && !last.endsWith("'s")
                        && !ONE_PERSON.contains(last) && !last.equals("bus");
                member |= kind == TargetKind.ELECTED;
                one |= !group && kind != TargetKind.PLACE && kind != TargetKind.PROPERTY;
            }
            for (int i = 0; i < rw.size() && !one; i++) {
                one = ONE_PERSON.contains(rw.words[i]) || named.at(i);
            }
            this.any = one;
            this.elected = member;
        }

        /** A private channel or home named anywhere: a member's private life is as private as anyone's. */
        boolean privately(Map<Cue, List<Found>> cues) {
            return cues.containsKey(Cue.CHANNEL);
        }
    }
}
