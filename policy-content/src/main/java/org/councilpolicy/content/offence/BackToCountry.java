package org.councilpolicy.content.offence;

import static org.councilpolicy.content.offence.CounterSpeech.counterSpeech;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.councilpolicy.content.offence.CounterSpeech.Cues;
import org.councilpolicy.content.offence.GroupReferences.Ref;
import org.councilpolicy.content.offence.OffenceLexicons.Group;
import org.councilpolicy.content.offence.OffenceLexicons.Predicate;
import org.councilpolicy.content.offence.WordView.WordMatch;
import org.councilpolicy.core.text.WordSections;

/**
 * Telling a person or people to go back to a country ("she should go back to China", "send them back to Jamaica",
 * "go back to Africa"): exclusion for national origin, hate on the ground of race (Equality Act 2010 s.9) whether or
 * not a group is named. Country names come from the JDK's locale data (ISO 3166 codes with their English names,
 * CLDR, Unicode licence) plus the continents and regions in {@code implicit-derogation.txt}. Not when the speaker
 * plans their own return ("we'll go back to Spain next year"), nor when people are able or want to go back
 * ("refugees want to go back to Syria when it is safe"): "go back" needs a directive ("should", "can", "must",
 * "needs to", an imperative) and no first-person subject; "send/ship/deport ... back" a person pronoun as object.
 */
final class BackToCountry {

    private static final WordSections W = ImplicitDerogation.W; // one read of the shared word file
    private static final Set<String> REGIONS = W.get("REGIONS");
    private static final Set<String> DIRECTIVES = W.get("DIRECTIVES");
    private static final Set<String> OWN_PLANS = W.get("OWN_PLANS");
    private static final Set<String> SENDING = W.get("SENDING");
    private static final Set<String> SENT = W.get("SENT");
    private static final Set<String> OFF_VERBS = W.get("OFF_VERBS");
    private static final Set<String> COUNTRIES = countries();
    private static final Group ORIGIN = new Group("national origin", ProtectedCharacteristic.RACE, true);
    private static final int LONGEST = 4;

    private BackToCountry() {
    }

    private static Set<String> countries() {
        Set<String> out = new HashSet<>(REGIONS);
        for (String code : Locale.getISOCountries()) {
            String name = new Locale("", code).getDisplayCountry(Locale.UK).toLowerCase(Locale.ROOT);
            out.add(name.replace(' ', '_'));
        }
        out.remove("united_kingdom");
        return Set.copyOf(out);
    }

    /** Adds a HATE offence for each "(go|send them) back to" a country in the speaker's own voice. */
    static void find(RepairedWords rw, List<WordMatch<String>> cueList, List<Offence> out) {
        Cues cues = null; // built only when a country follows "back to": most comments have none
        for (int i = 1; i + 2 < rw.size(); i++) {
            if (!rw.words[i].equals("back") || !rw.words[i + 1].equals("to")) {
                continue;
            }
            int end = country(rw, i + 2);
            if (end < 0) {
                continue;
            }
            int from = told(rw, i);
            if (from < 0) {
                continue;
            }
            cues = cues != null ? cues : new Cues(cueList, rw);
            WordMatch<Predicate> p = new WordMatch<>(from, end, Predicate.EXCL);
            Ref r = new Ref(i + 2, end, ORIGIN);
            if (counterSpeech(rw, cues, r, p)) {
                continue; // "a man shouted 'go back to Poland' at my son"
            }
            out.add(new Offence(OffenceKind.HATE, rw.toOriginal(from, end), Strength.STRONGEST,
                    Optional.of(ProtectedCharacteristic.RACE), "excl",
                    "a call to exclude people for their national origin", false));
        }
    }

    /** The end of a country or region name starting at {@code at}, or -1 ("the_united_states", "africa"). */
    private static int country(RepairedWords rw, int at) {
        String joined = "";
        int end = -1;
        for (int k = at; k < Math.min(rw.size(), at + LONGEST) && rw.sentence(k) == rw.sentence(at); k++) {
            String w = written(rw, k);
            joined = k == at ? w : joined + "_" + w;
            if (COUNTRIES.contains(joined)) {
                end = k + 1;
            }
        }
        return end;
    }

    /** The word as written (before spelling repair, which reads "Pakistan" as the group word "Pakistani"). */
    private static String written(RepairedWords rw, int k) {
        if (rw.to[k] - rw.from[k] != 1) {
            return rw.words[k];
        }
        WordView wv = rw.wv;
        int v = rw.from[k];
        return wv.normalised.text().substring(wv.ntStart[v], wv.ntEnd[v]).toLowerCase(Locale.ROOT);
    }

    /** Where the telling starts before "back" at {@code back}, or -1 when it is no directive aimed at others. */
    private static int told(RepairedWords rw, int back) {
        int c = rw.clause(back);
        String verb = rw.words[back - 1];
        int object = back - 1;
        if (verb.equals("all") && back >= 3) {
            object = back - 2; // "send them all back to ..."
        }
        if (object >= 1 && SENT.contains(rw.words[object]) && SENDING.contains(rw.words[object - 1])) {
            return object - 1; // "send them back to ...", "deport her back to ..."
        }
        int i = back - 2;
        if (verb.equals("off") && i >= 0 && OFF_VERBS.contains(rw.words[i])) {
            i--; // "clear off back to ...", "f*** off back to ..."
        } else if (!verb.equals("go")) {
            return -1;
        }
        if (i < 0 || rw.clause(i) != c) {
            return back - 1; // "Go back to ...": an imperative
        }
        for (int k = i; k >= Math.max(0, back - 6) && rw.clause(k) == c; k--) {
            if (OWN_PLANS.contains(rw.words[k])) {
                return -1;
            }
        }
        for (int k = i; k >= Math.max(0, back - 4) && rw.clause(k) == c; k--) {
            if (DIRECTIVES.contains(rw.words[k])) {
                return k;
            }
        }
        return -1;
    }
}
