package org.councilpolicy.content.offence;

import java.util.List;
import java.util.Set;
import org.councilpolicy.content.offence.OffenceLexicons.HarassKind;
import org.councilpolicy.content.offence.OffenceLexicons.Tagged;
import org.councilpolicy.content.offence.OffenceLexicons.ThreatPart;
import org.councilpolicy.content.offence.WordView.WordMatch;

/**
 * A family member or home stated as a fact in an argument about a decision (MD-1: criticism is never a ground):
 * "Cllr X's kids go to the same school as mine and he still voted to close it". A phrase that only states where an
 * official's family goes or works ("his kids go to", "wife works at") is a veiled threat by what surrounds it: an
 * insinuation ("we know", "would be a shame", "just saying") makes it one; an argument about the official's decision
 * in its sentence ({@link ThreatPart#ARGUMENT}) with no insinuation anywhere in the comment makes it criticism.
 * Phrases that track ("know where his kids", "which school", "found his wife") are never mere facts.
 */
final class KinFacts {

    /** Family members, as opposed to a family's house or car. */
    static final Set<String> KIN = Set.of("kids", "children", "wife", "husband", "son", "daughter", "family",
            "girl", "boy", "missus", "mrs", "partner", "grandkids", "grandchildren", "grandson", "granddaughter",
            "mum", "dad", "mother", "father", "sons", "daughters", "boys", "girls");
    /** The other words a phrase stating a fact about a family may hold: whose, where they go or work. */
    private static final Set<String> FACT_WORDS = Set.of("his", "her", "your", "their", "go", "goes", "to", "at",
            "works", "has", "have", "two", "three", "kids'", "school", "little");

    private KinFacts() {
    }

    /**
     * Drops from {@code parts} each family fact whose sentence is in {@code argued}, unless the comment insinuates
     * (a mark, or a veiled or tracking phrase that is not a mere fact).
     *
     * @return whether the comment holds no insinuation (so a lone "lives on" in an argued sentence is a fact too)
     */
    static boolean dropArgued(RepairedWords rw, List<WordMatch<Tagged>> parts, Set<Integer> argued, boolean marked) {
        if (marked) {
            return false;
        }
        for (WordMatch<Tagged> p : parts) {
            Object kind = p.payload().payload();
            if ((kind == ThreatPart.VEILED || kind == HarassKind.TRACK) && !fact(rw, p)) {
                return false;
            }
        }
        parts.removeIf(p -> fact(rw, p) && argued.contains(rw.sentence(p.from())));
        return true;
    }

    /** A veiled or tracking phrase made only of a family member and where they go or work. */
    private static boolean fact(RepairedWords rw, WordMatch<Tagged> p) {
        Object kind = p.payload().payload();
        if (kind != ThreatPart.VEILED && kind != HarassKind.TRACK) {
            return false;
        }
        boolean kin = false;
        for (int i = p.from(); i < p.to(); i++) {
            String w = rw.words[i];
            if (KIN.contains(w)) {
                kin = true;
            } else if (!FACT_WORDS.contains(w)) {
                return false;
            }
        }
        return kin;
    }
}
