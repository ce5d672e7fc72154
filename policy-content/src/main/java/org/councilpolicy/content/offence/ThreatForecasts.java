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

    enum Cue { WRECKED, NIGHT, AFFIRM, EXCUSE, ASSET, WEAPON, READY, READY_FOR, GEAR, SIDE, HURT }

    private static final Set<String> SECOND_PERSON = Set.of("you", "your", "ya", "u", "ur", "whoever", "yourself");
    private static final int MAX_PHRASE = 8;
    private static final Set<Cue> DECIDING = java.util.EnumSet.of(Cue.WRECKED, Cue.READY, Cue.READY_FOR, Cue.GEAR,
            Cue.SIDE);

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
        List<Hit> weapons = new ArrayList<>();
        for (Hit h : hits) {
            anywhere.put(h.cue(), true);
            if (h.cue() == Cue.ASSET) {
                targetSentence[rw.sentence(h.from())] = true;
            } else if (h.cue() == Cue.WEAPON) {
                weapons.add(h);
            }
        }
        for (WordMatch<Tagged> t : tagged) {
            if (t.payload().key() == WordKey.TARGET) {
                targetSentence[rw.sentence(t.from())] = true;
                personSentence[rw.sentence(t.from())] |= t.payload().payload() != OffenceLexicons.TargetKind.PLACE
                        && t.payload().payload() != OffenceLexicons.TargetKind.PROPERTY;
            } else if (t.payload().payload() == ThreatPart.WEAPON) {
                weapons.add(new Hit(t.from(), t.to(), Cue.WEAPON));
            }
        }
        for (int i = 0; i < rw.size(); i++) {
            personSentence[rw.sentence(i)] |= SECOND_PERSON.contains(rw.words[i]);
        }
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
        boolean excused = anywhere.containsKey(Cue.EXCUSE);
        for (Hit h : hits) {
            if (rw.quoted(h.from()) || h.cue() != Cue.SIDE && ThreatFrames.negated(rw, h.from())) {
                continue;
            }
            int sent = rw.sentence(h.from());
            String reason = switch (h.cue()) {
                case WRECKED -> !excused && targetSentence[sent] && (inSentence(hits, rw, sent, Cue.NIGHT)
                        || anywhere.containsKey(Cue.AFFIRM) || ThreatFrames.ultimatum(rw, asPart(h)))
                        ? "a threat: damage foretold for a target, as the speaker's own plan" : null;
                case READY -> near(weapons, rw, sent) ? "a threat: a weapon held ready" : null;
                case READY_FOR -> near(weapons, rw, sent) && personSentence[sent]
                        ? "a threat: a weapon held ready for a person" : null;
                // "I'll be at your surgery on Saturday. Bring a helmet.": the person may be named just before
                case GEAR -> personSentence[sent] || sent > 0 && personSentence[sent - 1]
                        ? "a veiled threat: protection recommended to a person" : null;
                case SIDE -> inSentence(hits, rw, sent, Cue.HURT)
                        ? "a threat: a harm foretold from which the speaker's side is excluded" : null;
                default -> null;
            };
            if (reason != null) {
                out.add(new Offence(OffenceKind.THREAT, rw.toOriginal(h.from(), h.to()), Strength.STRONG,
                        Optional.empty(), String.join(" ", java.util.Arrays.copyOfRange(rw.words, h.from(), h.to())),
                        reason, false));
                return; // one forecast is enough to decide; the comment's other threats come from ThreatComposer
            }
        }
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

    private static boolean inSentence(List<Hit> hits, RepairedWords rw, int sent, Cue cue) {
        for (Hit h : hits) {
            if (h.cue() == cue && rw.sentence(h.from()) == sent && !rw.quoted(h.from())) {
                return true;
            }
        }
        return false;
    }

    /** A weapon in this sentence or the one before ("I've got a shotgun. Not afraid to use it."). */
    private static boolean near(List<Hit> weapons, RepairedWords rw, int sent) {
        for (Hit w : weapons) {
            int s = rw.sentence(w.from());
            if ((s == sent || s == sent - 1) && !rw.quoted(w.from())) {
                return true;
            }
        }
        return false;
    }

    private static WordMatch<Tagged> asPart(Hit h) {
        return new WordMatch<>(h.from(), h.to(), new Tagged(WordKey.THREAT_PART, ThreatPart.DAMAGE));
    }
}
