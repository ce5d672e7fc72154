package org.councilpolicy.content.personaldata;

import java.util.Locale;
import org.councilpolicy.core.rule.Span;

/**
 * An election imprint ("Promoted by A. Kerr on behalf of L. Okafor, both at 12 High Street, Fenbridge"): the
 * Elections Act 2022 (s.41) requires digital election material to give the promoter's name and address, so the
 * address in it is published by law, not a resident's address given away (PD-1). Only the imprint's own line is
 * read, at most {@link #REACH} characters before the address: linear in the text.
 */
final class ElectionImprint {

    /** How far before the address the imprint's opening words may stand. */
    static final int REACH = 200;
    private static final String[] OPENINGS = {"promoted by", "printed by", "published by", "promoted and published by",
        "published and promoted by"};

    private ElectionImprint() {
    }

    /**
     * Whether the address at {@code span} is in an election imprint.
     *
     * @param text the draft's text
     * @param span the address
     * @return whether its line opens an imprint before it
     */
    static boolean covers(String text, Span span) {
        int from = Math.max(0, span.start() - REACH);
        for (int i = span.start() - 1; i >= from; i--) { // never further back than REACH: linear with many addresses
            if (text.charAt(i) == '\n') {
                from = i + 1;
                break;
            }
        }
        String before = text.substring(from, span.start()).toLowerCase(Locale.ROOT);
        for (String o : OPENINGS) {
            if (before.contains(o)) {
                return true;
            }
        }
        return false;
    }
}
