package org.councilpolicy.content.personaldata;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.PersonalDataKind;
import org.councilpolicy.core.rule.RuleContext;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.RuleOption;
import org.councilpolicy.core.rule.Severity;

/**
 * PD-1, PD-7: a UK postcode (any case, with or without the space; {@code GIR 0AA}; {@code BFPO 123}). The
 * outward code must start with one of the 121 real postcode areas and follow the Royal Mail letter rules, so
 * road numbers ({@code A38}, {@code M5}) and times ({@code 3pm}) are not postcodes.
 *
 * <p>A postcode covers about fifteen addresses: on its own it locates a street, not a person, so it is REVIEW.
 * After a house number and street name it completes a home address and is BLOCK (the address itself is the
 * street-address detector's finding). Postcodes in the rule's {@code allowed} option (the council's offices,
 * public venues) are never reported.
 */
public final class PostcodeRule extends IdentifierRule {

    static final RuleInfo INFO = RuleInfo.builder("personal-data.postcode")
            .title("Postcode")
            .category(Category.PERSONAL_DATA)
            .severity(Severity.BLOCK)
            .clauses("PD-1", "PD-7")
            .rationale("A postcode with a house number or name is a home address; on its own it still narrows a "
                    + "person down to a handful of homes.")
            .fires("The resident at 14 Fore Street, Totnes TQ9 5RP has complained again.")
            .passes("Roadworks on the A38 near junction 3 from 7pm.")
            .option(RuleOption.stringList("allowed", List.of(),
                    "Postcodes that may be published: the council's offices, public venues (any case or spacing)"))
            .build();

    private static final Set<String> AREAS = Set.of(("AB AL B BA BB BD BF BH BL BN BR BS BT BX CA CB CF CH CM CO CR "
            + "CT CV CW DA DD DE DG DH DL DN DT DY E EC EH EN EX FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP "
            + "IV JE KA KT KW KY L LA LD LE LL LN LS LU M ME MK ML N NE NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH "
            + "RM S SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB W WA WC WD WF WN WR WS WV "
            + "YO ZE").split(" "));
    private static final String THIRD_LETTERS = "ABCDEFGHJKPSTUW"; // A9A outward codes
    private static final String FOURTH_LETTERS = "ABEHMNPRVWXY"; // AA9A outward codes
    private static final String INWARD_EXCLUDED = "CIKMOV";

    /** Creates the rule. */
    public PostcodeRule() {
        super(INFO, PersonalDataKind.POSTCODE, "postcode");
    }

    @Override
    void scan(IdentifierText t, RuleContext ctx) {
        scan(t, ctx, false);
    }

    @Override
    void scan(Draft draft, IdentifierText t, RuleContext ctx) {
        scan(t, ctx, casework(draft));
    }

    private void scan(IdentifierText t, RuleContext ctx, boolean casework) {
        if (t.digitCount() == 0) {
            return;
        }
        String s = t.text();
        List<Set<String>> allowed = new ArrayList<>(1); // read from the settings on the first candidate only
        int next = 0;
        for (int i : t.letterDigitStarts()) {
            if (i < next || i + 5 > s.length()) {
                continue;
            }
            int end = postcodeAt(s, i);
            if (end < 0) {
                end = lookAlikeEnd(s, i);
            }
            if (end >= 0) {
                candidate(t, ctx, casework, allowed, i, end);
                next = end;
            }
        }
        // "N W 1 0 4 R T": every character spaced out, read in the identifier text's collapsed-spacing view
        for (SpacedOut run : t.spacedOut()) {
            String c = run.compact();
            for (int i = 0; i + 5 <= c.length(); i++) {
                int len = spacedPostcodeAt(c, i);
                if (len > 0) {
                    candidate(t, ctx, casework, allowed, run.viewStart(i), run.viewEnd(i + len));
                    i += len - 1;
                }
            }
        }
    }

    /** The length of the longest postcode (seven characters down to five) at {@code i} of a compact stretch, or 0. */
    private static int spacedPostcodeAt(String c, int i) {
        char first = c.charAt(i);
        if (!(first >= 'A' && first <= 'Z' || first >= 'a' && first <= 'z')) {
            return 0;
        }
        for (int len = Math.min(7, c.length() - i); len >= 5; len--) {
            String sub = c.substring(i, i + len);
            if (postcodeAt(sub, 0) == len) {
                return len;
            }
        }
        return 0;
    }

    private void candidate(IdentifierText t, RuleContext ctx, boolean casework, List<Set<String>> allowed, int i,
                           int end) {
        String s = t.text();
        if (allowed.isEmpty()) {
            Set<String> set = new HashSet<>();
            for (String a : ctx.settings().stringListOption("allowed")) {
                set.add(compact(a));
            }
            allowed.add(set);
        }
        if (allowed.get(0).contains(compact(s.substring(i, end)))) {
            return;
        }
        OwnerCues cues = OwnerCues.of(ctx, s);
        Attribution owner = OwnerAttribution.place(cues, i, end);
        if (owner.personal()) {
            boolean sure = casework || completesAddress(t, i) || OwnerAttribution.caseLink(cues, i, end) != null;
            report(ctx, t, i, end, sure ? null : "a postcode on its own locates a street rather than a "
                    + "person; check it is not someone's home", owner);
        }
    }

    /**
     * "S1O 2HQ": the end of a postcode with the letter O or l written for 0 or 1 in a digit's place, read with
     * them folded (only where the text has one of them in the next eight characters), or -1.
     */
    static int lookAlikeEnd(String s, int i) {
        int to = Math.min(s.length(), i + 8);
        boolean any = false;
        for (int k = i + 1; k < to; k++) {
            char c = s.charAt(k);
            any |= c == 'O' || c == 'o' || c == 'l';
        }
        if (!any) {
            return -1;
        }
        char[] folded = s.substring(i, to).toCharArray();
        for (int k = 1; k < folded.length; k++) {
            boolean digitNear = IdentifierText.isDigit(folded[k - 1])
                    || k + 1 < folded.length && IdentifierText.isDigit(folded[k + 1]);
            if (digitNear && (folded[k] == 'O' || folded[k] == 'o')) {
                folded[k] = '0';
            } else if (digitNear && folded[k] == 'l') {
                folded[k] = '1';
            }
        }
        int end = postcodeAt(new String(folded), 0);
        return end < 0 ? -1 : i + end;
    }

    /** A house number followed by a street word shortly before the postcode. */
    private static boolean completesAddress(IdentifierText t, int start) {
        int street = t.nearestBefore(IdentifierContext.STREET, start, 60);
        if (street < 0) {
            return false;
        }
        String s = t.text();
        for (int k = Math.max(0, street - 30); k < street; k++) {
            if (IdentifierText.isDigit(s.charAt(k)) && IdentifierText.boundary(s, k - 1)) {
                return true;
            }
        }
        return false;
    }

    /** The end of a postcode starting at {@code i} (a letter after a boundary), or -1. */
    static int postcodeAt(String s, int i) {
        int n = s.length();
        // Quick rejection of ordinary words: an outward code has a digit in its second or third place.
        if (i + 2 < n && !IdentifierText.isDigit(s.charAt(i + 1)) && !IdentifierText.isDigit(s.charAt(i + 2))
                && !s.regionMatches(true, i, "GIR", 0, 3) && !s.regionMatches(true, i, "BFPO", 0, 4)) {
            return -1;
        }
        String head = s.substring(i, Math.min(n, i + 4)).toUpperCase(Locale.ROOT);
        if (head.startsWith("GIR")) {
            int end = inward(s, i + 3, true);
            if (end > 0 && s.substring(end - 3, end).equalsIgnoreCase("0AA")) {
                return end;
            }
        }
        if (head.equals("BFPO")) {
            int k = i + 4;
            if (k < n && s.charAt(k) == ' ') {
                k++;
            }
            int d = k;
            while (d < n && d - k < 5 && IdentifierText.isDigit(s.charAt(d))) {
                d++;
            }
            if (d > k && d - k <= 4 && IdentifierText.boundary(s, d)) {
                return d;
            }
            return -1;
        }
        for (int len = 4; len >= 2; len--) {
            if (i + len > n || !validOutward(s.substring(i, i + len).toUpperCase(Locale.ROOT))) {
                continue;
            }
            int end = inward(s, i + len, true);
            if (end > 0) {
                return end;
            }
        }
        return -1;
    }

    /** The end of an inward code ({@code 9AA}) at {@code k}, optionally after one space, or -1. */
    private static int inward(String s, int k, boolean spaceAllowed) {
        int n = s.length();
        if (spaceAllowed && k < n && (s.charAt(k) == ' ' || s.charAt(k) == '\u00a0')) {
            k++;
        }
        if (k + 3 > n || !IdentifierText.isDigit(s.charAt(k))) {
            return -1;
        }
        for (int j = k + 1; j < k + 3; j++) {
            char c = Character.toUpperCase(s.charAt(j));
            if (c < 'A' || c > 'Z' || INWARD_EXCLUDED.indexOf(c) >= 0) {
                return -1;
            }
        }
        return IdentifierText.boundary(s, k + 3) ? k + 3 : -1;
    }

    /** A9, A99, A9A, AA9, AA99, AA9A with a real area. */
    static boolean validOutward(String o) {
        int letters = 0;
        while (letters < o.length() && o.charAt(letters) >= 'A' && o.charAt(letters) <= 'Z') {
            letters++;
        }
        if (letters < 1 || letters > 2 || !AREAS.contains(o.substring(0, letters))) {
            return false;
        }
        String rest = o.substring(letters);
        if (rest.isEmpty() || !IdentifierText.isDigit(rest.charAt(0))) {
            return false;
        }
        if (rest.length() == 1) {
            return true;
        }
        if (rest.length() > 2) {
            return false;
        }
        char c = rest.charAt(1);
        if (IdentifierText.isDigit(c)) {
            return true;
        }
        return letters == 1 ? THIRD_LETTERS.indexOf(c) >= 0 : FOURTH_LETTERS.indexOf(c) >= 0;
    }

    private static String compact(String postcode) {
        StringBuilder sb = new StringBuilder(8);
        for (int k = 0; k < postcode.length(); k++) {
            char c = postcode.charAt(k);
            if (Character.isLetterOrDigit(c)) {
                sb.append(Character.toUpperCase(c));
            }
        }
        return sb.toString();
    }
}
