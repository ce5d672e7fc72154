package org.councilpolicy.content.personaldata;

import java.util.List;
import java.util.Locale;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.PersonalDataKind;
import org.councilpolicy.core.rule.RuleContext;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.Severity;

/**
 * PD-1, PD-7: an e-mail address of someone other than the council. A hand scanner over a practical subset of
 * RFC 5322 ({@code local@domain.tld}, dot-atoms, internationalised and punycode domains); each character is
 * looked at a bounded number of times, so hostile text cannot make it slow. An address the text introduces as
 * the poster's own ("email us at …", "our email address is …") is not reported, like the profile's own contacts.
 */
public final class EmailAddressRule extends IdentifierRule {

    static final RuleInfo INFO = RuleInfo.builder("personal-data.email")
            .title("E-mail address")
            .category(Category.PERSONAL_DATA)
            .severity(Severity.BLOCK)
            .clauses("PD-1", "PD-7")
            .rationale("An e-mail address identifies a person; the council publishes only its own addresses "
                    + "(the profile's own contacts).")
            .fires("Thanks to jane.doe@example.com for reporting the fly-tipping.")
            .passes("Report fly-tipping to customer.services@southhams.gov.uk (south-hams-west-devon)")
            .build();

    /** Words that introduce the poster's own address. */
    private static final List<String> OWN_ENDINGS = List.of("us at", "us on", "us via", "our email",
            "our e-mail", "our email address", "our e-mail address", "our email address is", "our email is");
    private static final String LOCAL_SPECIALS = "!#$%&'*+/=?^_`{|}~-.";

    /** Creates the rule. */
    public EmailAddressRule() {
        super(INFO, PersonalDataKind.EMAIL, "e-mail address");
    }

    @Override
    void scan(IdentifierText t, RuleContext ctx) {
        String s = t.text();
        int from = 0;
        int at;
        while ((at = s.indexOf('@', from)) >= 0) {
            from = at + 1;
            int[] span = emailAround(s, at);
            if (span == null) {
                continue;
            }
            from = span[1];
            if (announcedAsOwn(s, span[0])) {
                continue;
            }
            Attribution owner = OwnerAttribution.email(OwnerCues.of(ctx, s), ctx.profile().ownContacts(), span[0],
                    span[1]);
            if (owner.personal()) {
                report(ctx, t, span[0], span[1], owner.doubt(), owner);
            }
        }
    }

    @Override
    String suggestion() {
        return "Remove the e-mail address; if the council needs to contact the person, ask them to send their "
                + "details by private message.";
    }

    /**
     * Whether the words just before the address say it is the poster's own: "email us at …", "contact us on …",
     * "write to us: …", "our email address is …". A council's own mailbox missing from the profile's own
     * contacts is not a third party's personal data.
     */
    static boolean announcedAsOwn(String s, int start) {
        int k = start;
        boolean colon = false;
        while (k > 0 && start - k < 4 && (s.charAt(k - 1) == ' ' || s.charAt(k - 1) == ':')) {
            colon |= s.charAt(k - 1) == ':';
            k--;
        }
        String before = s.substring(Math.max(0, k - 24), k).toLowerCase(Locale.ROOT);
        for (String ending : OWN_ENDINGS) {
            if (endsWithWords(before, ending)) {
                return true;
            }
        }
        return colon && endsWithWords(before, "us");
    }

    private static boolean endsWithWords(String before, String ending) {
        int at = before.length() - ending.length();
        return at >= 0 && before.endsWith(ending) && (at == 0 || !Character.isLetter(before.charAt(at - 1)));
    }

    /** The span [start, end) of the e-mail address whose {@code @} is at {@code at}, or {@code null}. */
    static int[] emailAround(String s, int at) {
        int start = at;
        while (start > 0 && isLocalChar(s.charAt(start - 1))) {
            start--;
        }
        while (start < at && s.charAt(start) == '.') {
            start++; // a sentence's full stop is not part of the address
        }
        if (start == at || at - start > 64 || s.charAt(at - 1) == '.') {
            return null;
        }
        if (start > 0 && (s.charAt(start - 1) == '@')) {
            return null;
        }
        int end = at + 1;
        while (end < s.length() && isDomainChar(s.charAt(end))) {
            end++;
        }
        while (end > at + 1 && (s.charAt(end - 1) == '.' || s.charAt(end - 1) == '-')) {
            end--; // trailing punctuation of the sentence
        }
        if (end < s.length() && s.charAt(end) == '@') {
            return null;
        }
        return validDomain(s, at + 1, end) ? new int[] {start, end} : null;
    }

    private static boolean validDomain(String s, int from, int to) {
        if (to - from < 4 || to - from > 253) {
            return false;
        }
        int labels = 0;
        int labelStart = from;
        for (int i = from; i <= to; i++) {
            if (i == to || s.charAt(i) == '.') {
                int len = i - labelStart;
                if (len == 0 || len > 63 || s.charAt(labelStart) == '-' || s.charAt(i - 1) == '-') {
                    return false;
                }
                labels++;
                if (i == to) {
                    // The top-level domain: letters only (or punycode), at least two.
                    String tld = s.substring(labelStart, i);
                    if (len < 2 || !(tld.chars().allMatch(Character::isLetter) || tld.startsWith("xn--"))) {
                        return false;
                    }
                }
                labelStart = i + 1;
            }
        }
        return labels >= 2;
    }

    private static boolean isLocalChar(char c) {
        return IdentifierText.isAlnum(c) || LOCAL_SPECIALS.indexOf(c) >= 0;
    }

    private static boolean isDomainChar(char c) {
        return IdentifierText.isAlnum(c) || c == '.' || c == '-';
    }
}
