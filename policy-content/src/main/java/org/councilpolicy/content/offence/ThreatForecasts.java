package org.councilpolicy.content.offence;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.councilpolicy.content.offence.OffenceLexicons.Tagged;
import org.councilpolicy.content.offence.OffenceLexicons.ThreatPart;
import org.councilpolicy.content.offence.OffenceLexicons.WordKey;
import org.councilpolicy.content.offence.WordView.WordMatch;

/**
 * Threats told as forecasts, which {@link ThreatComposer}'s harm, outcome and veiled phrases do not reach because no
 * harm is named (classes in {@code threat-forecasts.tsv}): damage foretold for a target with a near deadline, the
 * speaker's word for it or an ultimatum ("the library windows won't survive the weekend, trust me", "carry on and the
 * depot will be a pile of glass by Monday"), unless a cause other than a person is given (cheap, weather, demolition,
 * vandals); a weapon held ready ("I've got an air rifle and I know how to use it", "a hammer with the officer's name on
 * it"); protection recommended to a person ("whoever closed the tip should invest in a stab vest"); and the speaker's
 * side excluded from a harm ("someone will get hurt at that meeting and it won't be us"). Negation and quotation
 * cancel. Linear: each word starts a bounded number of phrases, each of bounded length.
 */
final class ThreatForecasts {

    enum Cue { WRECKED, NIGHT, AFFIRM, EXCUSE, ASSET, WEAPON, READY, READY_FOR, GEAR, REPLACE, ADVICE, STORE, SIDE, HURT }

    private static final Set<String> SECOND_PERSON = Set.of("you", "your", "ya", "u", "ur", "whoever", "yourself");
    private static final int MAX_PHRASE = 8;
    private static final Set<Cue> DECIDING = java.util.EnumSet.of(Cue.WRECKED, Cue.READY, Cue.READY_FOR, Cue.GEAR,
            Cue.REPLACE, Cue.STORE, Cue.SIDE);
    /** How far before a REPLACE its ADVICE may stand: "might want to look into getting a new windscreen". */
    private static final int ADVICE_REACH = 6;

    /** Phrases by first word, each with its class. */
    private final Map<String, List<Phrase>> byFirst;

    private record Phrase(String[] words, Cue cue) {
    }

    private record Hit(int from, int to, Cue cue) {
    }

    static final ThreatForecasts STANDARD = load();

    private ThreatForecasts(Map<String, List<Phrase>> byFirst) {
        this.byFirst = byFirst;
    }

    private static ThreatForecasts load() {
        Map<String, List<Phrase>> out = new HashMap<>();
        TwoColumnTsv.read("threat-forecasts.tsv", (phrase, kind) -> {
            Cue cue = Cue.valueOf(kind);
            for (String p : Inflections.expand(phrase)) {
                String[] w = p.split(" ");
                if (w.length > MAX_PHRASE) {
                    throw new IllegalArgumentException("phrase longer than " + MAX_PHRASE + " words: " + p);
                }
                out.computeIfAbsent(w[0], k -> new ArrayList<>()).add(new Phrase(w, cue));
            }
        });
        out.replaceAll((k, v) -> List.copyOf(v));
        return new ThreatForecasts(Map.copyOf(out));
    }

    void detect(RepairedWords rw, List<WordMatch<Tagged>> tagged, PersonMentions.Lazy people, List<Offence> out) {
        List<Hit> hits = hits(rw);
        if (hits.stream().noneMatch(h -> DECIDING.contains(h.cue()))) {
            return; // the person finder and the targets are read only when a forecast may decide
        }
        EnumMap<Cue, Boolean> anywhere = new EnumMap<>(Cue.class);
        boolean[] targetSentence = new boolean[rw.size() == 0 ? 0 : rw.sentence(rw.size() - 1) + 1];
        boolean[] personSentence = new boolean[targetSentence.length];
        // which sentences hold a cue, found once, so each phrase is decided in constant time (hostile text)
        boolean[] weaponSentence = new boolean[targetSentence.length];
        boolean[] nightSentence = new boolean[targetSentence.length];
        boolean[] hurtSentence = new boolean[targetSentence.length];
        for (Hit h : hits) {
            anywhere.put(h.cue(), true);
            int sent = rw.sentence(h.from());
            boolean quoted = rw.quoted(h.from());
            switch (h.cue()) {
                case ASSET -> targetSentence[sent] = true;
                case WEAPON -> weaponSentence[sent] |= !quoted;
                case NIGHT -> nightSentence[sent] |= !quoted;
                case HURT -> hurtSentence[sent] |= !quoted;
                default -> { }
            }
        }
        for (WordMatch<Tagged> t : tagged) {
            if (t.payload().key() == WordKey.TARGET) {
                targetSentence[rw.sentence(t.from())] = true;
                personSentence[rw.sentence(t.from())] |= t.payload().payload() != OffenceLexicons.TargetKind.PLACE
                        && t.payload().payload() != OffenceLexicons.TargetKind.PROPERTY;
            } else if (t.payload().payload() == ThreatPart.WEAPON && !rw.quoted(t.from())) {
                weaponSentence[rw.sentence(t.from())] = true;
            }
        }
        for (int i = 0; i < rw.size(); i++) {
            personSentence[rw.sentence(i)] |= SECOND_PERSON.contains(rw.words[i]);
        }
        Facts facts = new Facts(anywhere, targetSentence, personSentence, weaponSentence, nightSentence, hurtSentence);
        Hit pending = decide(rw, hits, facts, out);
        if (pending == null) {
            return;
        }
        // A forecast waits only for its person or target: the person finder's names are read for it alone.
        markMentions(rw, people, personSentence, targetSentence);
        decide(rw, hits, facts, out);
    }

    /** Which sentences hold each fact, found once per comment. */
    private record Facts(EnumMap<Cue, Boolean> anywhere, boolean[] target, boolean[] person, boolean[] weapon,
                         boolean[] night, boolean[] hurt) {
    }

    private static void markMentions(RepairedWords rw, PersonMentions.Lazy people, boolean[] personSentence,
                                     boolean[] targetSentence) {
        List<PersonMentions.Mention> mentions = new ArrayList<>(people.get());
        mentions.sort(java.util.Comparator.comparingInt(m -> m.span().start()));
        for (int i = 0, j = 0; i < rw.size() && j < mentions.size(); ) {
            org.councilpolicy.core.rule.Span w = rw.toOriginal(i, i + 1);
            org.councilpolicy.core.rule.Span m = mentions.get(j).span();
            if (w.overlaps(m)) {
                personSentence[rw.sentence(i)] = true;
                targetSentence[rw.sentence(i)] = true;
                j++;
            } else if (w.end() <= m.start()) {
                i++;
            } else {
                j++;
            }
        }
    }

    /**
     * Adds the first forecast decided to {@code out} and returns null; or returns a forecast that lacks only a person
     * or target (which the person finder may supply), or null when there is none either.
     */
    private static Hit decide(RepairedWords rw, List<Hit> hits, Facts facts, List<Offence> out) {
        boolean excused = facts.anywhere().containsKey(Cue.EXCUSE);
        boolean[] targetSentence = facts.target();
        boolean[] personSentence = facts.person();
        boolean[] weaponSentence = facts.weapon();
        Hit pending = null;
        for (int i = 0; i < hits.size(); i++) {
            Hit h = hits.get(i);
            if (rw.quoted(h.from()) || h.cue() != Cue.SIDE && ThreatFrames.negated(rw, h.from())) {
                continue;
            }
            int sent = rw.sentence(h.from());
            boolean armed = weaponSentence[sent] || sent > 0 && weaponSentence[sent - 1];
            boolean framed = switch (h.cue()) {
                case WRECKED -> !excused && (facts.night()[sent] || facts.anywhere().containsKey(Cue.AFFIRM)
                        || ThreatFrames.ultimatum(rw, asPart(h)));
                case READY_FOR -> armed;
                case GEAR -> true;
                case REPLACE -> advised(hits, i, rw);
                case STORE -> !excused;
                default -> false;
            };
            String reason = switch (h.cue()) {
                case WRECKED -> framed && targetSentence[sent]
                        ? "a threat: damage foretold for a target, as the speaker's own plan" : null;
                // a weapon in this sentence or the one before ("I've got a shotgun. Not afraid to use it.")
                case READY -> armed ? "a threat: a weapon held ready" : null;
                case READY_FOR -> framed && personSentence[sent] ? "a threat: a weapon held ready for a person" : null;
                // "I'll be at your surgery on Saturday. Bring a helmet.": the person may be named just before
                case GEAR -> personSentence[sent] || sent > 0 && personSentence[sent - 1]
                        ? "a veiled threat: protection recommended to a person" : null;
                case REPLACE -> framed && personSentence[sent]
                        ? "a veiled threat: damage to a person's property foretold as advice" : null;
                case STORE -> framed && targetSentence[sent]
                        ? "a veiled threat of fire: the means kept, a target named" : null;
                case SIDE -> facts.hurt()[sent]
                        ? "a threat: a harm foretold from which the speaker's side is excluded" : null;
                default -> null;
            };
            if (reason != null) {
                out.add(new Offence(OffenceKind.THREAT, rw.toOriginal(h.from(), h.to()), Strength.STRONG,
                        Optional.empty(), String.join(" ", java.util.Arrays.copyOfRange(rw.words, h.from(), h.to())),
                        reason, false));
                return null; // one forecast is enough to decide; the comment's other threats come from ThreatComposer
            }
            pending = pending == null && framed ? h : pending;
        }
        return pending;
    }

    /** Every phrase occurrence, longest first at each word, in text order. */
    private List<Hit> hits(RepairedWords rw) {
        List<Hit> out = new ArrayList<>();
        for (int i = 0; i < rw.size(); i++) {
            List<Phrase> starting = byFirst.get(rw.words[i]);
            if (starting == null) {
                continue;
            }
            for (Phrase p : starting) {
                int n = p.words().length;
                if (i + n > rw.size()) {
                    continue;
                }
                boolean match = true;
                for (int k = 1; k < n && match; k++) {
                    match = rw.words[i + k].equals(p.words()[k]);
                }
                if (match) {
                    out.add(new Hit(i, i + n, p.cue()));
                }
            }
        }
        return out;
    }

    /** An ADVICE hit a few words before hit {@code at}, in its sentence; hits are in text order, so few are read. */
    private static boolean advised(List<Hit> hits, int at, RepairedWords rw) {
        Hit r = hits.get(at);
        for (int k = at - 1; k >= 0 && k >= at - 2 * ADVICE_REACH; k--) {
            Hit h = hits.get(k);
            if (h.from() < r.from() - ADVICE_REACH || rw.sentence(h.from()) != rw.sentence(r.from())) {
                return false;
            }
            if (h.cue() == Cue.ADVICE) {
                return true;
            }
        }
        return false;
    }

    private static WordMatch<Tagged> asPart(Hit h) {
        return new WordMatch<>(h.from(), h.to(), new Tagged(WordKey.THREAT_PART, ThreatPart.DAMAGE));
    }
}
