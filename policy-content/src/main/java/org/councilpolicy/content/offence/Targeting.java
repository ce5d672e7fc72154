package org.councilpolicy.content.offence;

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

    enum Cue { REPEAT, ONGOING, RELENTLESS, CROWD, EXPOSE, CHANNEL, SOCIAL, ACQUIRE, SHARED, NOT_CHANNEL, FOUND_WHERE, WHEREABOUTS, CIVIC, END,
        BLOCK, EVADE, UNIT, FOLLOW, HOME_END, TIMES, CONTACT, LOOKER, DAY, PRESENT, HOME, SNAP, TELL, EXPOSE_KIN }

    /** Pronouns that stand for one person. */
    private static final Set<String> ONE_PERSON = Set.of("she", "he", "her", "him", "she's", "he's", "shes", "hes",
            "she'll", "he'll");
    /** Target words for groups, not one person. */
    private static final Set<String> GROUPS = Set.of("staff", "men", "binmen", "committee", "cabinet", "admin",
            "them", "they", "they'll", "they'd", "you", "you'll", "you're", "youre", "ya", "u", "you'd", "yourself",
            "lot", "all");
    /** A private channel told by its name ("a secret Facebook under 'Dai Bob'"): the telling passes it on. */
    private static final Set<String> NAMED_AS = Set.of("under", "as", "called");
    /** A subject's having a channel: "Nadia in licensing has a secret Twitter". */
    private static final Set<String> HAS = Set.of("has", "had", "runs", "keeps");
    /** Owners written before a channel ("her WhatsApp", "your personal mobile", "Gavin's private page"). */
    private static final Set<String> OWNERS = Set.of("her", "his", "your", "ur", "whose");
    private static final int MAX_WORDS = 6;
    /** How far a crowd word may stand from what it is told to do ("everyone go and leave reviews"). */
    private static final int CROWD_REACH = 8;
    /** How far after "found out where" the place may come ("found where the parking manager lives"). */
    private static final int WHERE_REACH = 6;
    /** A few findings decide a comment; hostile text repeating a cue must not yield one offence per repeat. */
    private static final int MAX_REPORTS = 8;

    /** Cues by first word, then by phrase: a phrase may belong to several classes ("home": where to, and a home). */
    private final Map<String, Map<String, java.util.EnumSet<Cue>>> byFirst = new HashMap<>();
    /** The first words of a cue that a longer cue goes on from ("every", "every single"): only these are extended. */
    private final Set<String> extended = new java.util.HashSet<>();

    Targeting() {
        TwoColumnTsv.read("targeting.tsv", (phrase, kind) -> {
            Cue cue = Cue.valueOf(kind);
            for (String p : Inflections.expand(phrase)) {
                byFirst.computeIfAbsent(p.split(" ")[0], k -> new HashMap<>())
                        .computeIfAbsent(p, k -> java.util.EnumSet.noneOf(Cue.class)).add(cue);
                for (int sp = p.indexOf(' '); sp > 0; sp = p.indexOf(' ', sp + 1)) {
                    extended.add(p.substring(0, sp));
                }
            }
        });
    }

    /** A cue found at words {@code [from, to)}. */
    record Found(int from, int to, Cue cue) {
    }

    void detect(RepairedWords rw, List<WordMatch<Tagged>> all, PersonMentions.Lazy people, List<Offence> out) {
        Map<Cue, List<Found>> cues = cues(rw);
        if (!cues.containsKey(Cue.REPEAT) && !cues.containsKey(Cue.RELENTLESS) && !cues.containsKey(Cue.EXPOSE)
                && !(cues.containsKey(Cue.EXPOSE_KIN) && cues.containsKey(Cue.CROWD))
                && !cues.containsKey(Cue.CHANNEL) && !cues.containsKey(Cue.SOCIAL) && !cues.containsKey(Cue.SHARED)
                && !cues.containsKey(Cue.FOUND_WHERE) && !cues.containsKey(Cue.CIVIC)
                && !TargetingActs.promising(rw, cues)) {
            return; // most comments: no cue, or the round-11 cues ("home", "day", "sent") without their partner
        }
        Index ix = new Index(rw, cues);
        chasing(rw, ix, out);
        People who = new People(rw, all, new ThreatTargets.Named(rw, people));
        Reported done = new Reported(rw, out);
        TargetingActs.looks(rw, ix, done);
        if (!who.any) {
            return;
        }
        for (Found f : ix.list(Cue.RELENTLESS)) {
            done.report(f, "harassment: persistent targeting of a person");
        }
        boolean privately = cues.containsKey(Cue.CHANNEL); // a member's private life is as private as anyone's
        for (Found f : ix.list(Cue.REPEAT)) {
            // A member pressed at every meeting is held to account; pressed through a private channel, harassed.
            if (ix.inSentence(Cue.ONGOING, f) && (!who.elected || privately) && !ix.chase(rw.sentence(f.from()))) {
                done.report(f, "harassment: persistent targeting of a person");
            }
        }
        boolean[] persons = TargetingActs.acts(rw, ix, all, done);
        boolean crowdOn = false;
        for (Found f : ix.list(Cue.EXPOSE)) {
            if (ix.near(Cue.CROWD, f, CROWD_REACH) && (!who.elected || privately)) {
                crowdOn = true;
                done.report(f, "harassment: setting others on a person");
            }
        }
        for (Found f : ix.list(Cue.EXPOSE_KIN)) { // "everyone tag Cllr Rees's daughter": a member's family is private
            if (ix.near(Cue.CROWD, f, CROWD_REACH) && TargetingActs.relativeObject(rw, f)) {
                crowdOn = true;
                done.report(f, "harassment: setting others on a person");
            }
        }
        for (Found f : ix.list(Cue.FOUND_WHERE)) {
            if (ix.near(Cue.WHEREABOUTS, f, WHERE_REACH)) {
                done.report(f, "harassment: finding where a person lives or goes");
            }
        }
        for (Cue c : List.of(Cue.CHANNEL, Cue.SOCIAL, Cue.SHARED)) {
            for (Found f : ix.list(c)) {
                boolean owned = c == Cue.SHARED || owned(rw, f, persons);
                boolean passedOn = c == Cue.SHARED || crowdOn || ix.inSentence(Cue.ACQUIRE, f)
                        || c == Cue.CHANNEL && f.to() < rw.size() && NAMED_AS.contains(rw.words[f.to()]);
                boolean posted = f.to() < rw.size() && ix.startsAt(Cue.NOT_CHANNEL, f.to());
                if (owned && passedOn && !posted && (c == Cue.CHANNEL || !who.elected)) {
                    done.report(f, "harassment: finding or passing on a person's private accounts or number");
                }
            }
        }
    }

    /**
     * A resident chasing their own case by phone or email, however often ("I'll keep ringing Sarah in housing every
     * day until my damp is fixed"), is a complaint: persistence found in such a sentence (here or by the harassment
     * phrases) is withdrawn, unless a private channel is used or the end sought is personal ("until she resigns").
     * One pass over the words and one over the offences, whatever the number of cues.
     */
    private static void chasing(RepairedWords rw, Index ix, List<Offence> out) {
        java.util.TreeMap<Integer, Integer> spans = new java.util.TreeMap<>(); // chased sentence: start -> end
        int from = 0;
        for (int i = 0; i < rw.size(); i++) {
            if (i + 1 == rw.size() || rw.sentence(i + 1) != rw.sentence(i)) {
                if (ix.chase(rw.sentence(i))) {
                    org.councilpolicy.core.rule.Span span = rw.toOriginal(from, i + 1);
                    spans.put(span.start(), span.end());
                }
                from = i + 1;
            }
        }
        if (!spans.isEmpty()) {
            out.removeIf(o -> {
                Map.Entry<Integer, Integer> e = spans.floorEntry(o.span().start());
                return o.kind() == OffenceKind.HARASSMENT && o.reason().contains("persistent") && e != null
                        && o.span().end() <= e.getValue();
            });
        }
    }

    /** The cues found, indexed so that each question is answered in constant or bounded time (hostile text). */
    static final class Index {
        private final RepairedWords rw;
        private final Map<Cue, List<Found>> lists;
        private final Map<Cue, java.util.Set<Integer>> sentences = new EnumMap<>(Cue.class);
        private final Map<Cue, boolean[]> starts = new EnumMap<>(Cue.class);

        Index(RepairedWords rw, Map<Cue, List<Found>> lists) {
            this.rw = rw;
            this.lists = lists;
            lists.forEach((cue, found) -> {
                java.util.Set<Integer> sents = new java.util.HashSet<>();
                boolean[] at = new boolean[rw.size()];
                for (Found f : found) {
                    sents.add(rw.sentence(f.from()));
                    at[f.from()] = true;
                }
                sentences.put(cue, sents);
                starts.put(cue, at);
            });
        }

        List<Found> list(Cue cue) {
            return lists.getOrDefault(cue, List.of());
        }

        boolean inSentence(Cue cue, Found f) {
            return sentences.getOrDefault(cue, java.util.Set.of()).contains(rw.sentence(f.from()));
        }

        boolean startsAt(Cue cue, int at) {
            boolean[] a = starts.get(cue);
            return a != null && a[at];
        }

        /** A cue starting within {@code reach} words of {@code f}, in its sentence, not inside it. */
        boolean near(Cue cue, Found f, int reach) {
            boolean[] a = starts.get(cue);
            for (int i = Math.max(0, f.from() - reach); a != null && i < Math.min(rw.size(), f.to() + reach); i++) {
                if (a[i] && (i < f.from() || i >= f.to()) && rw.sentence(i) == rw.sentence(f.from())) {
                    return true;
                }
            }
            return false;
        }

        boolean chase(int sent) {
            return sentences.getOrDefault(Cue.CIVIC, java.util.Set.of()).contains(sent)
                    && !sentences.getOrDefault(Cue.END, java.util.Set.of()).contains(sent)
                    && !lists.containsKey(Cue.CHANNEL);
        }
    }

    /** Harassment reported, by this class or before it: a span is reported once. */
    static final class Reported {
        private final RepairedWords rw;
        private final List<Offence> out;
        private final java.util.TreeMap<Integer, Integer> spans = new java.util.TreeMap<>();
        private int count;

        Reported(RepairedWords rw, List<Offence> out) {
            this.rw = rw;
            this.out = out;
            for (Offence o : out) {
                if (o.kind() == OffenceKind.HARASSMENT) {
                    spans.merge(o.span().start(), o.span().end(), Math::max);
                }
            }
        }

        void report(Found f, String reason) {
            if (count >= MAX_REPORTS || rw.quoted(f.from())
                    || ThreatFrames.negated(rw, f.from()) && f.cue() != Cue.RELENTLESS) {
                return;
            }
            org.councilpolicy.core.rule.Span span = rw.toOriginal(f.from(), f.to());
            Map.Entry<Integer, Integer> before = spans.lowerEntry(span.end());
            if (before != null && before.getValue() > span.start()) {
                return; // overlaps one already reported (spans are short: the nearest start before decides)
            }
            spans.put(span.start(), span.end());
            count++;
            out.add(new Offence(OffenceKind.HARASSMENT, span, Strength.STRONG, Optional.empty(),
                    String.join(" ", Arrays.copyOfRange(rw.words, f.from(), f.to())), reason, false));
        }
    }

    /** Whether {@code word} is a pronoun that stands for one person ("she", "him"). */
    static boolean onePerson(String word) {
        return ONE_PERSON.contains(word);
    }

    /** A channel with its owner just before it: "her WhatsApp", "Gavin Shaw's private page", "the manager's Instagram". */
    private static boolean owned(RepairedWords rw, Found f, boolean[] persons) {
        for (int i = f.from() - 1; i >= Math.max(0, f.from() - 2) && rw.sentence(i) == rw.sentence(f.from()); i--) {
            if (OWNERS.contains(rw.words[i]) || rw.words[i].endsWith("'s") && !rw.words[i].equals("council's")
                    || HAS.contains(rw.words[i])) {
                return true; // "her WhatsApp", "the warden's Strava", "Nadia has a secret Twitter"
            }
        }
        // "found the parking manager on Bumble": the person just before "on" is the account's owner
        if (persons == null || f.from() < 2 || !rw.words[f.from() - 1].equals("on")) {
            return false;
        }
        for (int i = f.from() - 2; i >= Math.max(0, f.from() - 4) && rw.sentence(i) == rw.sentence(f.from()); i--) {
            if (persons[i]) {
                return true;
            }
        }
        return false;
    }

    /** Every cue, longest first at each word; a cue list per class, in text order. */
    private Map<Cue, List<Found>> cues(RepairedWords rw) {
        Map<Cue, List<Found>> out = new EnumMap<>(Cue.class);
        for (int i = 0; i < rw.size(); i++) {
            Map<String, java.util.EnumSet<Cue>> starting = byFirst.get(rw.words[i]);
            if (starting == null) {
                continue;
            }
            StringBuilder sb = new StringBuilder();
            EnumMap<Cue, Integer> longest = null; // most candidate words start no cue
            for (int j = i; j < Math.min(rw.size(), i + MAX_WORDS) && rw.sentence(j) == rw.sentence(i); j++) {
                sb.append(j == i ? "" : " ").append(rw.words[j]);
                String words = sb.toString();
                java.util.EnumSet<Cue> cs = starting.get(words);
                if (cs != null) {
                    longest = longest == null ? new EnumMap<>(Cue.class) : longest;
                    for (Cue c : cs) {
                        longest.put(c, j + 1);
                    }
                }
                if (!extended.contains(words)) {
                    break; // no cue goes on from these words
                }
            }
            if (longest == null) {
                continue;
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

    }
}
