package org.councilpolicy.content.personaldata;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.PersonalDataKind;
import org.councilpolicy.core.rule.RuleContext;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.Severity;

/**
 * PD-1, PD-7: a date of birth: a full date (day, month and year; {@code 12/03/1985}, {@code 12-03-85},
 * {@code 12th March 1985}, {@code March 12, 1985}, ISO {@code 1985-03-12}) within 40 characters of "born", "DOB", "date of birth" or
 * "birthday". Dates without that context (meetings, deadlines) are never reported, nor are eligibility rules
 * ("born between 1 September 2021 and 31 August 2022", "born on or after 1/4/2009"); ages are the child and
 * people detectors' business.
 */
public final class DateOfBirthRule extends IdentifierRule {

    static final RuleInfo INFO = RuleInfo.builder("personal-data.date-of-birth")
            .title("Date of birth")
            .category(Category.PERSONAL_DATA)
            .severity(Severity.BLOCK)
            .clauses("PD-1", "PD-7")
            .rationale("A date of birth with a name or address is enough to steal an identity.")
            .fires("Missing resident, DOB 04/07/1951, last seen in Totnes.")
            .passes("The consultation closes on 04/07/2025.")
            .build();

    private static final String MONTHS = "(january|february|march|april|may|june|july|august|september|october"
            + "|november|december|sept|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)";
    // Bounded repetitions only: these cannot backtrack catastrophically.
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d/.\\-])(\\d{1,2})([/.\\-])(\\d{1,2})\\2"
            + "(\\d{4}|\\d{2})(?![\\d/\\-]|\\.\\d)");
    /** Year first: ISO 8601 {@code 1991-03-17}, and {@code 1991/03/17}. */
    private static final Pattern YEAR_FIRST = Pattern.compile("(?<![\\d/.\\-])(\\d{4})([/\\-])(\\d{1,2})\\2"
            + "(\\d{1,2})(?![\\d/\\-]|\\.\\d)");
    private static final Pattern DAY_MONTH = Pattern.compile("(?<![\\w])(\\d{1,2})(?:st|nd|rd|th)? {1,2}(?:of )?"
            + MONTHS + "\\.?,? {1,2}(\\d{4})(?!\\d)", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY = Pattern.compile("(?<![\\w])" + MONTHS
            + "\\.? {1,2}(\\d{1,2})(?:st|nd|rd|th)?,? {1,2}(\\d{4})(?!\\d)", Pattern.CASE_INSENSITIVE);
    private static final java.util.List<String> MONTH_PREFIXES = java.util.List.of("jan", "feb", "mar", "apr", "may",
            "jun", "jul", "aug", "sep", "oct", "nov", "dec");
    private static final int WINDOW = 40;
    private static final java.util.List<String> RANGE_WORDS = java.util.List.of("between", "after", "before",
            " from ", "since", "until", "till", " or ", " and ", "prior to", "later than", "earlier than");

    /** Creates the rule. */
    public DateOfBirthRule() {
        super(INFO, PersonalDataKind.DATE_OF_BIRTH, "date of birth");
    }

    @Override
    void scan(IdentifierText t, RuleContext ctx) {
        int[][] births = t.spans(IdentifierContext.BIRTH);
        if (births.length == 0) {
            return;
        }
        int thisYear = ctx.today().getYear();
        String s = t.text();
        Set<Integer> reported = new HashSet<>();
        for (int[] b : births) {
            int from = Math.max(0, b[0] - WINDOW);
            int to = Math.min(s.length(), b[1] + WINDOW);
            // Every date starts with a digit or a month name: the regular expressions start where one can, and
            // the month forms run only if a month's first three letters are in the window (names and dates repeated
            // make a window per "born", each overlapping the next).
            int digit = firstDigit(s, from, to);
            if (digit < 0) {
                continue;
            }
            boolean month = mentionsMonth(s, from, to);
            find(NUMERIC, s, digit, to, 1, 3, 4, thisYear, t, ctx, reported);
            if (month) {
                find(DAY_MONTH, s, digit, to, 1, 2, 3, thisYear, t, ctx, reported);
                find(MONTH_DAY, s, from, to, 2, 1, 3, thisYear, t, ctx, reported);
            }
            find(YEAR_FIRST, s, digit, to, 4, 3, 1, thisYear, t, ctx, reported);
        }
    }

    private static int firstDigit(String s, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (c >= '0' && c <= '9') { // what the patterns' \d matches
                return k;
            }
        }
        return -1;
    }

    /**
     * Whether [from, to) holds the first three letters of a month in any ASCII case: what the month patterns
     * (case-insensitive, ASCII only) need, so a window without them has no month-name date. {@code c | 0x20} is
     * the lower case of an ASCII letter and never turns another character into one.
     */
    private static boolean mentionsMonth(String s, int from, int to) {
        for (int k = from; k + 3 <= to; k++) {
            int first = s.charAt(k) | 0x20;
            if ("jfmasond".indexOf(first) < 0) {
                continue;
            }
            int second = s.charAt(k + 1) | 0x20;
            int third = s.charAt(k + 2) | 0x20;
            for (String m : MONTH_PREFIXES) {
                if (m.charAt(0) == first && m.charAt(1) == second && m.charAt(2) == third) {
                    return true;
                }
            }
        }
        return false;
    }

    private void find(Pattern p, String s, int from, int to, int dayGroup, int monthGroup, int yearGroup,
                      int thisYear, IdentifierText t, RuleContext ctx, Set<Integer> reported) {
        Matcher m = p.matcher(s).region(from, to).useTransparentBounds(true).useAnchoringBounds(false);
        while (m.find()) {
            if (reported.contains(m.start())) {
                continue;
            }
            int day = Integer.parseInt(m.group(dayGroup));
            String mg = m.group(monthGroup);
            int month = Character.isDigit(mg.charAt(0)) ? Integer.parseInt(mg) : monthNumber(mg);
            int year = Integer.parseInt(m.group(yearGroup));
            if (m.group(yearGroup).length() == 2) {
                year += year <= thisYear % 100 ? 2000 : 1900;
            }
            if (year < 1900 || year > thisYear || !realDate(year, month, day)) {
                continue;
            }
            if (aboutARange(s, m.start(), m.end(), t)) {
                continue;
            }
            reported.add(m.start());
            report(ctx, t, m.start(), m.end(), null);
        }
    }

    /**
     * "children born between 1 September 2021 and 31 August 2022", "born on or after 1/4/2009": a rule about
     * everyone born in a range, not someone's date of birth.
     */
    private static boolean aboutARange(String s, int start, int end, IdentifierText t) {
        int birth = t.nearestBefore(IdentifierContext.BIRTH, start, WINDOW);
        if (birth < 0) {
            return false;
        }
        String between = s.substring(birth, start).toLowerCase(Locale.ROOT);
        for (String w : RANGE_WORDS) {
            if (between.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean realDate(int year, int month, int day) {
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static int monthNumber(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        String[] prefixes = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int k = 0; k < prefixes.length; k++) {
            if (n.startsWith(prefixes[k])) {
                return k + 1;
            }
        }
        return 0;
    }
}
