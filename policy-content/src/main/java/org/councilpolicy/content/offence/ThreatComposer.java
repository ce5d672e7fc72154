package org.councilpolicy.content.offence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.councilpolicy.content.offence.OffenceLexicons.HarassKind;
import org.councilpolicy.content.offence.OffenceLexicons.Tagged;
import org.councilpolicy.content.offence.OffenceLexicons.TargetKind;
import org.councilpolicy.content.offence.OffenceLexicons.ThreatPart;
import org.councilpolicy.content.offence.OffenceLexicons.WordKey;
import org.councilpolicy.content.offence.WordView.WordMatch;
import org.councilpolicy.core.rule.Span;

/**
 * Threats and harassment as compositions over {@link RepairedWords}: a harm act or a predicted harmful outcome
 * aimed at a target (a person, a named person, a councillor or worker, a building, someone's home or family) in an
 * intent, wish or prediction frame ("I'll batter him", "hope someone torches the town hall", "you'll need an
 * ambulance"); a veiled hint with a target ("shame if your car caught fire"); and harassment — tracking someone's
 * private life, persistent targeting, sexualised remarks and body-shaming — aimed at a person. Idioms ("killing
 * it"), negation and quotation cancel. The phrase classes are data files; this class holds the grammar. Linear in
 * the words: each phrase looks a bounded number of words around it.
 */
final class ThreatComposer {

    /** Words before a harm act that make it an intention, a wish, a call or a prediction. */
    private static final Set<String> FRAMES = Set.copyOf(Arrays.asList("i'll", "ill", "we'll", "gonna", "going",
            "hope", "hopes", "wish", "deserve", "deserves", "should", "ought", "need", "needs", "let's", "lets",
            "love", "someone", "somebody", "soon", "one", "he'll", "she'll", "you'll", "they'll", "it'll", "will",
            "wait", "until", "till", "wanna", "want", "i'd", "we'd", "gotta", "must", "shall", "next", "dare",
            "time", "could", "might", "gets", "get", "getting", "got"));
    private static final Set<String> NEGATORS = Set.copyOf(Arrays.asList("not", "no", "never", "nobody", "nothing",
            "dont", "don't", "wont", "won't", "wouldn't", "wouldnt", "shouldn't", "shouldnt", "cannot", "can't",
            "didn't", "isn't", "aren't"));
    private static final int WINDOW = 6;
    private static final int NEAR = 3;

    private final OffenceLexicons lex;

    ThreatComposer(OffenceLexicons lex) {
        this.lex = lex;
    }

    void detect(RepairedWords rw, List<WordMatch<Tagged>> all, PersonMentions.Lazy people, List<Offence> out) {
        List<WordMatch<Tagged>> parts = new ArrayList<>();
        List<WordMatch<Tagged>> targets = new ArrayList<>();
        List<WordMatch<Tagged>> idioms = new ArrayList<>();
        for (WordMatch<Tagged> m : all) {
            WordKey k = m.payload().key();
            if (k == WordKey.TARGET) {
                targets.add(m);
            } else if (k == WordKey.THREAT_PART && m.payload().payload() == ThreatPart.IDIOM) {
                idioms.add(m);
            } else if (k == WordKey.THREAT_PART || k == WordKey.HARASS) {
                parts.add(m);
            }
        }
        if (parts.isEmpty()) {
            return;
        }
        boolean[] named = named(rw, people);
        List<Span> found = new ArrayList<>();
        for (WordMatch<Tagged> p : parts) {
            if (rw.quoted(p.from()) || negated(rw, p.from()) || inIdiom(idioms, p)) {
                continue;
            }
            OffenceKind kind = null;
            String reason = null;
            if (p.payload().payload() instanceof ThreatPart part) {
                boolean target = part == ThreatPart.VEILED ? targetIn(rw, targets, named, p, WINDOW * 2)
                        : targetIn(rw, targets, named, p, WINDOW);
                boolean framed = part == ThreatPart.VEILED || framed(rw, p.from());
                if (target && framed) {
                    kind = OffenceKind.THREAT;
                    reason = switch (part) {
                        case OUTCOME -> "a threat: harm predicted for a person";
                        case VEILED -> "a veiled threat";
                        default -> "a threat of harm";
                    };
                }
            } else {
                HarassKind h = (HarassKind) p.payload().payload();
                int reach = h == HarassKind.SEXUAL || h == HarassKind.BODY ? NEAR : WINDOW;
                if (targetIn(rw, targets, named, p, reach) && !aboutThing(rw, targets, p, h)) {
                    kind = OffenceKind.HARASSMENT;
                    reason = switch (h) {
                        case TRACK -> "harassment: watching or tracking a person's private life";
                        case PERSIST -> "harassment: persistent targeting of a person";
                        case SEXUAL -> "harassment: a sexualised remark about a person";
                        case BODY -> "harassment: body-shaming a person";
                    };
                }
            }
            if (kind == null) {
                continue;
            }
            Span span = rw.toOriginal(p.from(), p.to());
            if (found.stream().anyMatch(s -> s.overlaps(span))) {
                continue;
            }
            found.add(span);
            out.add(new Offence(kind, span, Strength.STRONG, Optional.empty(),
                    String.join(" ", Arrays.copyOfRange(rw.words, p.from(), p.to())), reason, false));
        }
    }

    /** Body words said of a place ("the ugly new flats") are not about a person: a place target nearer wins. */
    private static boolean aboutThing(RepairedWords rw, List<WordMatch<Tagged>> targets, WordMatch<Tagged> p,
                                      HarassKind h) {
        if (h != HarassKind.BODY) {
            return false;
        }
        for (WordMatch<Tagged> t : targets) {
            if (t.payload().payload() == TargetKind.PLACE && Math.abs(t.from() - p.from()) <= NEAR) {
                return true;
            }
        }
        return false;
    }

    private static boolean[] named(RepairedWords rw, PersonMentions.Lazy people) {
        boolean[] named = new boolean[rw.size()];
        if (people.get().isEmpty()) {
            return named;
        }
        int k = 0;
        List<PersonMentions.Mention> ms = new ArrayList<>(people.get());
        ms.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        for (int i = 0; i < rw.size(); i++) {
            Span w = rw.toOriginal(i, i + 1);
            while (k < ms.size() && ms.get(k).span().end() <= w.start()) {
                k++;
            }
            named[i] = k < ms.size() && ms.get(k).span().overlaps(w);
        }
        return named;
    }

    private static boolean targetIn(RepairedWords rw, List<WordMatch<Tagged>> targets, boolean[] named,
                                    WordMatch<Tagged> p, int reach) {
        int sent = rw.sentence(p.from());
        int lo = Math.max(0, p.from() - reach);
        int hi = Math.min(rw.size(), p.to() + reach);
        for (int i = lo; i < hi; i++) {
            if (named[i] && rw.sentence(i) == sent) {
                return true;
            }
        }
        for (WordMatch<Tagged> t : targets) {
            if (rw.sentence(t.from()) == sent && t.to() > lo && t.from() < hi) {
                return true;
            }
        }
        return false;
    }

    private static boolean framed(RepairedWords rw, int at) {
        for (int i = at - 1; i >= Math.max(0, at - WINDOW) && rw.sentence(i) == rw.sentence(at); i--) {
            if (FRAMES.contains(rw.words[i]) || rw.words[i].endsWith("'ll")) {
                return true;
            }
        }
        return false;
    }

    private static boolean negated(RepairedWords rw, int at) {
        for (int i = at - 1; i >= Math.max(0, at - 4) && rw.clause(i) == rw.clause(at); i--) {
            if (NEGATORS.contains(rw.words[i]) || rw.words[i].endsWith("n't")) {
                return true;
            }
        }
        return false;
    }

    private static boolean inIdiom(List<WordMatch<Tagged>> idioms, WordMatch<Tagged> p) {
        for (WordMatch<Tagged> m : idioms) {
            if (m.from() < p.to() && m.to() > p.from()) {
                return true;
            }
        }
        return false;
    }
}
