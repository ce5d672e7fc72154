package org.councilpolicy.content.confidential;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.core.analysis.TextAnalysis;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.RuleContext;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.Severity;
import org.councilpolicy.core.rule.SimpleRule;
import org.councilpolicy.core.rule.Span;
import org.councilpolicy.core.text.Lexicon;
import org.councilpolicy.core.text.LexiconMatch;
import org.councilpolicy.core.text.Token;
import org.councilpolicy.core.text.Tokenizer;

/**
 * PD-5: an embargo whose time has not come ("EMBARGOED until 00:01 Tuesday 3 March 2026"), compared with the
 * engine's clock in UK time (or with the draft's scheduled time, when it has one). A past embargo passes; an
 * embargo whose time cannot be read goes to review.
 */
public final class EmbargoRule extends SimpleRule<Draft> {

    static final RuleInfo INFO = RuleInfo.builder("confidential.embargo")
            .title("Embargoed material")
            .category(Category.CONFIDENTIAL)
            .severity(Severity.BLOCK)
            .clauses("PD-5")
            .rationale("Embargoed material must not be published before its embargo ends.")
            .fires("EMBARGOED until 00:01 Tuesday 3 March 2099: new leisure centre plans revealed.")
            .passes("EMBARGOED until 00:01 Tuesday 3 March 2020: new leisure centre plans revealed.")
            .build();

    static final ZoneId UK = org.councilpolicy.core.profile.Profile.UK_ZONE;

    private static final Lexicon<Boolean> CUES = Lexicon.<Boolean>builder()
            .add("embargoed", Boolean.TRUE)
            .add("embargo", Boolean.TRUE)
            .add("under embargo", Boolean.TRUE)
            .add("strictly embargoed", Boolean.TRUE)
            .build();

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
            Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7),
            Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9),
            Map.entry("sept", 9), Map.entry("sep", 9), Map.entry("october", 10), Map.entry("oct", 10),
            Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));

    /** Creates the rule (for the service loader). */
    public EmbargoRule() {
        super(INFO, Draft.class);
    }

    @Override
    public void check(Draft draft, RuleContext ctx) {
        String text = draft.text();
        var normalised = TextAnalysis.of(ctx, text).normalised();
        if (!CUES.containsAny(normalised)) {
            return; // the common case: no cue at all
        }
        List<LexiconMatch<Boolean>> cues = CUES.findLongest(normalised);
        if (cues.isEmpty()) {
            return;
        }
        Instant publish = draft.scheduledAt() != null ? draft.scheduledAt() : ctx.now();
        int handledTo = -1;
        for (LexiconMatch<Boolean> m : cues) {
            Span cue = m.original();
            if (cue.start() < handledTo) {
                continue;
            }
            String word = cue.of(text);
            boolean marking = word.equals(word.toUpperCase(Locale.ROOT)) || word.toLowerCase(Locale.ROOT).startsWith("embargoed")
                    || word.toLowerCase(Locale.ROOT).startsWith("under") || word.toLowerCase(Locale.ROOT).startsWith("strictly");
            Parsed parsed = parse(text, cue.end(), ctx.now());
            if (!marking && !parsed.introduced) {
                continue; // "a trade embargo": the word, not a marking
            }
            Span span = new Span(cue.start(), Math.max(cue.end(), parsed.end));
            handledTo = span.end();
            if (parsed.when != null && !parsed.when.isAfter(publish)) {
                continue; // the embargo has passed
            }
            var f = ctx.finding()
                    .kind(ConfidentialKind.EMBARGO)
                    .span(span)
                    .excerpt(span.of(text))
                    .suggestion("Wait until the embargo ends before posting, and remove the embargo line.");
            if (parsed.when != null) {
                f.message("The draft is under embargo until " + parsed.when.atZone(UK).toLocalDateTime()
                        + " (UK time).");
            } else {
                f.message("The draft is marked as embargoed.")
                        .unsure("the embargo's end could not be read");
            }
            ctx.report(f);
        }
    }

    /** What follows an embargo cue: the time it ends, if readable, and where the phrase ends. */
    record Parsed(Instant when, int end, boolean introduced) {
    }

    /**
     * Reads "until 00:01 Tuesday 3 March 2026", "till 10am on 5 March", ": 9.30am 04/03/2026" after the cue,
     * within the same line and at most 12 words.
     */
    static Parsed parse(String text, int from, Instant now) {
        int lineEnd = text.indexOf('\n', from);
        if (lineEnd < 0) {
            lineEnd = text.length();
        }
        String rest = text.substring(from, Math.min(lineEnd, from + 90));
        List<Token> words = Tokenizer.words(rest);
        boolean introduced = rest.strip().startsWith(":") || rest.strip().startsWith("-");
        LocalTime time = null;
        int day = -1;
        int month = -1;
        int year = -1;
        int end = from;
        int count = 0;
        for (int k = 0; k < words.size() && count < 12; k++, count++) {
            Token t = words.get(k);
            String w = t.text().toLowerCase(Locale.ROOT);
            int gapStart = k == 0 ? 0 : words.get(k - 1).end();
            String gap = rest.substring(gapStart, t.start());
            if (k > 0 && (gap.contains(".") && !gap.strip().equals(".") || gap.contains("!") || gap.contains("?"))) {
                break;
            }
            switch (w) {
                case "until", "till", "til", "to", "unto", "at", "on", "the", "of", "uk", "time", "hrs", "gmt", "bst",
                     "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
                     "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun" -> {
                    if (w.equals("until") || w.equals("till") || w.equals("til") || w.equals("to")) {
                        introduced = true;
                    }
                    continue;
                }
                case "noon", "midday" -> {
                    time = LocalTime.NOON;
                    end = from + t.end();
                    continue;
                }
                case "midnight" -> {
                    time = LocalTime.MIDNIGHT;
                    end = from + t.end();
                    continue;
                }
                default -> {
                }
            }
            if (MONTHS.containsKey(w)) {
                month = MONTHS.get(w);
                end = from + t.end();
                continue;
            }
            // a time: 00:01, 9.30am, 10am, 10 am
            LocalTime tm = readTime(rest, t, k + 1 < words.size() ? words.get(k + 1) : null);
            if (tm != null) {
                time = tm;
                end = from + t.end();
                if (k + 1 < words.size() && (words.get(k + 1).text().equalsIgnoreCase("am")
                        || words.get(k + 1).text().equalsIgnoreCase("pm")) && !t.text().toLowerCase(Locale.ROOT).endsWith("m")) {
                    k++;
                    end = from + words.get(k).end();
                } else if (rest.startsWith(":", t.end()) || rest.startsWith(".", t.end())) {
                    // 00:01 is tokenised as 00 and 01
                    if (k + 1 < words.size()) {
                        k++;
                        end = from + words.get(k).end();
                        if (k + 1 < words.size() && (words.get(k + 1).text().equalsIgnoreCase("am")
                                || words.get(k + 1).text().equalsIgnoreCase("pm"))) {
                            k++;
                            end = from + words.get(k).end();
                        }
                    }
                }
                continue;
            }
            // a date: 3, 3rd, 03/03/2026, 2026
            String digits = w.replaceAll("(st|nd|rd|th)$", "");
            if (!digits.isEmpty() && digits.chars().allMatch(Character::isDigit)) {
                int v = Integer.parseInt(digits.length() > 4 ? digits.substring(0, 4) : digits);
                if (rest.startsWith("/", t.end()) && k + 2 < words.size()) {
                    int mm = parseInt(words.get(k + 1).text());
                    int yy = parseInt(words.get(k + 2).text());
                    if (mm > 0) {
                        day = v;
                        month = mm;
                        year = yy < 100 && yy >= 0 ? 2000 + yy : yy;
                        k += 2;
                        end = from + words.get(k).end();
                        continue;
                    }
                }
                if (digits.length() == 4 && v >= 2000 && v < 2200) {
                    year = v;
                    end = from + t.end();
                    continue;
                }
                if (v >= 1 && v <= 31 && day < 0) {
                    day = v;
                    end = from + t.end();
                    continue;
                }
            }
            break;
        }
        if (day < 0 || month < 0) {
            return new Parsed(null, end, introduced);
        }
        ZonedDateTime nowUk = now.atZone(UK);
        try {
            if (year < 0) {
                LocalDate candidate = LocalDate.of(nowUk.getYear(), month, day);
                // no year: the next such date, unless it was within the last few months
                if (candidate.isBefore(nowUk.toLocalDate().minusMonths(6))) {
                    candidate = candidate.plusYears(1);
                }
                year = candidate.getYear();
            }
            LocalDate date = LocalDate.of(year, month, day);
            LocalTime at = time == null ? LocalTime.MIDNIGHT : time;
            return new Parsed(ZonedDateTime.of(date, at, UK).toInstant(), end, true);
        } catch (DateTimeException e) {
            return new Parsed(null, end, introduced);
        }
    }

    private static int parseInt(String s) {
        if (s.isEmpty() || s.length() > 4 || !s.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        return Integer.parseInt(s);
    }

    /** A time written as 00:01, 9.30(am), 10am, 10 am, or null. */
    private static LocalTime readTime(String rest, Token t, Token next) {
        String w = t.text().toLowerCase(Locale.ROOT);
        boolean pm = w.endsWith("pm");
        boolean am = w.endsWith("am");
        String num = am || pm ? w.substring(0, w.length() - 2) : w;
        if (num.isEmpty() || num.length() > 2 || !num.chars().allMatch(Character::isDigit)) {
            return null;
        }
        int hour = Integer.parseInt(num);
        int minute = 0;
        boolean colon = rest.startsWith(":", t.end()) || rest.startsWith(".", t.end()) && next != null
                && next.start() == t.end() + 1;
        if (colon && next != null) {
            String m = next.text().toLowerCase(Locale.ROOT);
            pm |= m.endsWith("pm");
            am |= m.endsWith("am");
            String mm = m.endsWith("am") || m.endsWith("pm") ? m.substring(0, m.length() - 2) : m;
            if (mm.length() != 2 || !mm.chars().allMatch(Character::isDigit)) {
                return null;
            }
            minute = Integer.parseInt(mm);
        } else if (!am && !pm) {
            if (next == null) {
                return null;
            }
            String n = next.text().toLowerCase(Locale.ROOT);
            if (!n.equals("am") && !n.equals("pm")) {
                return null;
            }
            pm = n.equals("pm");
            am = n.equals("am");
        }
        if (pm && hour < 12) {
            hour += 12;
        } else if (am && hour == 12) {
            hour = 0;
        }
        if (hour > 23 || minute > 59) {
            return null;
        }
        return LocalTime.of(hour, minute);
    }

    /**
     * The embargo cues, for the union of the lexicons that scan a draft's normalised view together.
     *
     * @return the lexicon
     */
    public static Lexicon<?> cues() {
        return CUES;
    }
}
