package org.councilpolicy.content.personaldata;

import java.util.Locale;
import org.councilpolicy.core.rule.Span;
import org.councilpolicy.core.text.Lexicon;
import org.councilpolicy.core.text.NormalisedText;

/**
 * A surname used as a business or venue name ("Henderson's Bakery", "Patel's Pharmacy", "Walker &amp; Sons",
 * "the Carpenter's Arms"): an organisation, not a private person (PD-1). The possessive may be written with
 * either apostrophe or none; the word after it must be a business or venue word ({@code business-words.txt},
 * {@code public-buildings.txt}); or the name is a known business's or charity's
 * ({@code businesses-named-after-people.txt}: "John Lewis", "Sue Ryder").
 */
final class BusinessNames {

    private static final Lexicon<Boolean> WORDS = words();
    private static final Lexicon<Boolean> KNOWN = known();
    private static final java.util.regex.Pattern TITLE = java.util.regex.Pattern.compile(
            "(mr|mrs|ms|miss|mx|dr)\\.?\\s");
    /** Longest business word looked for after the name, in characters. */
    private static final int LOOKAHEAD = 40;

    private BusinessNames() {
    }

    /** Whether the name at {@code name} in {@code text} is the first part of a business or venue name. */
    static boolean namesABusiness(String text, Span name) {
        String inside = name.of(text).toLowerCase(Locale.ROOT);
        // "Mrs Patel's shop": a titled person, named with her business; "Mrs Bakewell's Tea Rooms" (a capitalised
        // trade after the possessive) is the trading name
        boolean titled = TITLE.matcher(inside).lookingAt();
        int from = Math.max(0, name.start() - LOOKAHEAD);
        String around = text.substring(from, Math.min(text.length(), name.end() + LOOKAHEAD));
        for (var m : KNOWN.findAll(NormalisedText.of(around))) {
            Span s = new Span(from + m.original().start(), from + m.original().end());
            if (s.start() < name.end() && name.start() < s.end()) {
                return true; // "John Lewis", "Harry Ramsden's": a known business's name
            }
        }
        if (tradeBefore(text, name.start())) {
            return true; // "Siop Elin", "Caffi Megan": a Welsh trade noun before the owner's name
        }
        int lastSpace = inside.lastIndexOf(' ');
        if (name.end() + 1 < text.length() && text.charAt(name.end()) == ' '
                && Character.isUpperCase(text.charAt(name.end() + 1))
                && capitalTradeAt(text, name.start() + lastSpace + 1)) {
            return true; // "Elsie Trafford Care Home": the name read one word into the trade after it
        }
        if (lastSpace > 0 && inside.indexOf(' ') == lastSpace
                && tradeWordEnds(text, name.start() + lastSpace + 1, name.end())) {
            return true; // "Jennings Builders", "Hughes Joinery": a surname and a one-word trade that is no surname
        }
        int k = joinedPartnerEnd(text, name.end());
        // The possessive may be inside the span: "Margaret's Tearoom" read as one name.
        int q = Math.max(inside.indexOf("'s "), inside.indexOf("\u2019s "));
        if (q > 0) {
            k = name.start() + q + 2;
        }
        boolean possessive = q > 0 || inside.endsWith("'s") || inside.endsWith("\u2019s") || inside.endsWith("s'");
        if (!possessive) {
            int p = possessiveAt(text, k);
            possessive = p > k;
            k = p;
        }
        int w = k;
        while (w < text.length() && text.charAt(w) == ' ') {
            w++;
        }
        if (w == k && !possessive) {
            return false;
        }
        String after = text.substring(w, Math.min(text.length(), w + LOOKAHEAD));
        boolean capital = !after.isEmpty() && Character.isUpperCase(after.charAt(0));
        if (!titled && possessive && q < 0 && capital && w - k <= 1) {
            return true; // "Mabel's Pantry", "Annie's Attic": a possessive before a capitalised noun names a place
        }
        if (!possessive && after.startsWith("the ") && after.length() > 4 && Character.isUpperCase(after.charAt(4))) {
            for (var m : WORDS.findAll(NormalisedText.of(after.substring(4)))) {
                if (m.original().start() == 0) {
                    return true; // "Evans the Butchers", "Jones the Bakers": the trade names the business
                }
            }
        }
        // "Mrs Miggins' Pie Shop": the trade may be the second capitalised word after the possessive
        int second = possessive && capital ? after.indexOf(' ') + 1 : 0;
        if (second > 0 && (second >= after.length() || !Character.isUpperCase(after.charAt(second)))) {
            second = 0;
        }
        for (var m : WORDS.findAll(NormalisedText.of(after))) {
            if (m.original().start() == 0 || second > 0 && m.original().start() == second) {
                // "Sarah Jane Florist", "Tom Cobley Cider": a capitalised trade right after the name is a trading name
                return titled ? possessive && capital
                        : possessive || startsWithJoiner(m.phrase()) || capital;
            }
        }
        return false;
    }

    /** How far before an identifier a trading name may end, in characters. */
    private static final int TRADING_NAME_WINDOW = 50;
    /** What may stand between a trading name and its number: "Harrison Plumbing on …", "Dave's Taxis (…". */
    private static final java.util.regex.Pattern NAME_TO_NUMBER = java.util.regex.Pattern.compile(
            "[\\s,:;(\\-–—]*(?:(?:on|at|via|is|are|tel\\.?|t|call|ring|phone|mobile|mob)[\\s,:;(\\-–—]*){0,2}");

    /**
     * The trade of a trading name written right before {@code start} ("Harrison Plumbing on 07…", "Dave's Taxis
     * (07…)": a capitalised business word after a capitalised name or a possessive), or {@code null}.
     */
    static String tradingNameBefore(String text, int start) {
        int from = Math.max(0, start - TRADING_NAME_WINDOW);
        String before = text.substring(from, start);
        String trade = null;
        for (var m : WORDS.findAll(NormalisedText.of(before))) {
            int s = m.original().start();
            int e = m.original().end();
            // "Sarah Hall on 07…": a one-word trade that is also a surname needs the possessive ("Hall's Garage")
            boolean surname = m.phrase().indexOf(' ') < 0 && NameGazetteer.get().isSurname(m.phrase());
            if (Character.isUpperCase(before.charAt(s)) && NAME_TO_NUMBER.matcher(before.substring(e)).matches()
                    && (surname ? s >= 1 && possessiveEndsAt(before, s - 1) : namedBefore(before, s))) {
                trade = m.phrase();
            }
        }
        return trade;
    }

    /** Whether a capitalised word, or a possessive, ends right before {@code at} (one space between). */
    private static boolean namedBefore(String s, int at) {
        if (at < 3 || s.charAt(at - 1) != ' ') {
            return false;
        }
        int e = at - 1;
        if (possessiveEndsAt(s, e)) {
            return true;
        }
        int b = e;
        while (b > 0 && Character.isLetter(s.charAt(b - 1))) {
            b--;
        }
        return b < e && Character.isUpperCase(s.charAt(b)) && (b == 0 || !Character.isLetter(s.charAt(b - 1)));
    }

    private static boolean possessiveEndsAt(String s, int e) {
        return e >= 2 && (s.charAt(e - 1) == 's' || s.charAt(e - 1) == 'S')
                && (s.charAt(e - 2) == '\'' || s.charAt(e - 2) == '\u2019')
                || e >= 2 && (s.charAt(e - 1) == '\'' || s.charAt(e - 1) == '\u2019') && s.charAt(e - 2) == 's';
    }

    /** Whether a capitalised business or venue word starts at {@code at}: "Care Home", "Driving School". */
    /**
     * Whether the capitalised word [at, end) is a trade word of the list that is no listed surname or first name
     * ("Builders", "Joinery"; not "Baker" or "Mason", which name people too).
     */
    private static boolean tradeWordEnds(String text, int at, int end) {
        if (at >= end || !Character.isUpperCase(text.charAt(at))) {
            return false;
        }
        String word = text.substring(at, end);
        int flags = PeopleTerms.get().flags(PeopleTerms.key(word.toLowerCase(Locale.ROOT)));
        if ((flags & (PeopleTerms.SURNAME | PeopleTerms.FIRST)) != 0) {
            return false;
        }
        for (var m : WORDS.findAll(NormalisedText.of(word))) {
            if (m.original().start() == 0 && m.original().end() == word.length()) {
                return true;
            }
        }
        return false;
    }

    private static boolean capitalTradeAt(String text, int at) {
        if (at >= text.length() || !Character.isUpperCase(text.charAt(at))) {
            return false;
        }
        String after = text.substring(at, Math.min(text.length(), at + LOOKAHEAD));
        for (var m : WORDS.findAll(NormalisedText.of(after))) {
            if (m.original().start() == 0 && m.phrase().indexOf(' ') > 0) {
                return true; // a trade of two words or more, so one capitalised word alone is never taken for it
            }
        }
        return false;
    }

    /**
     * "Hamish &amp; Ailsa's bakery", "Dev and Priya's": the end of a partner's first name joined to the name by
     * "&amp;" or "and" when a possessive follows it (the business is both partners'), else {@code end}.
     */
    private static int joinedPartnerEnd(String text, int end) {
        int k = end;
        if (text.startsWith(" & ", k)) {
            k += 3;
        } else if (text.startsWith(" and ", k)) {
            k += 5;
        } else {
            return end;
        }
        if (k >= text.length() || !Character.isUpperCase(text.charAt(k))) {
            return end;
        }
        int e = k;
        while (e < text.length() && e - k < 20 && Character.isLetter(text.charAt(e))) {
            e++;
        }
        return possessiveAt(text, e) > e ? e : end;
    }

    /** Trade nouns written before the owner's name (Welsh word order): "Siop Elin", "Becws Huw". */
    private static final java.util.Set<String> TRADE_FIRST = java.util.Set.of("siop", "caffi", "becws", "popty",
            "tafarn", "garej", "fferyllfa", "cigydd");

    /** Whether a capitalised trade noun of {@link #TRADE_FIRST} stands right before {@code start}. */
    private static boolean tradeBefore(String text, int start) {
        int e = start;
        if (e < 2 || text.charAt(e - 1) != ' ') {
            return false;
        }
        e--;
        int b = e;
        while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
            b--;
        }
        return b < e && Character.isUpperCase(text.charAt(b))
                && TRADE_FIRST.contains(text.substring(b, e).toLowerCase(Locale.ROOT));
    }

    private static boolean startsWithJoiner(String phrase) {
        return phrase.startsWith("&") || phrase.startsWith("and ") || phrase.equals("ltd") || phrase.equals("limited");
    }

    /** The index after a possessive ending at {@code k} ("'s", "’s", "'"), or {@code k}. */
    private static int possessiveAt(String s, int k) {
        if (k + 1 < s.length() && (s.charAt(k) == '\'' || s.charAt(k) == '\u2019')
                && (s.charAt(k + 1) == 's' || s.charAt(k + 1) == 'S')
                && (k + 2 == s.length() || !Character.isLetter(s.charAt(k + 2)))) {
            return k + 2;
        }
        if (k < s.length() && (s.charAt(k) == '\'' || s.charAt(k) == '\u2019') && k > 0 && s.charAt(k - 1) == 's') {
            return k + 1;
        }
        return k;
    }

    private static Lexicon<Boolean> known() {
        Lexicon.Builder<Boolean> b = Lexicon.builder();
        for (String w : OwnerCues.readLines("businesses-named-after-people.txt")) {
            b.add(w, Boolean.TRUE);
        }
        return b.build();
    }

    private static Lexicon<Boolean> words() {
        Lexicon.Builder<Boolean> b = Lexicon.builder();
        for (String w : OwnerCues.readLines("business-words.txt")) {
            b.add(w, Boolean.TRUE);
        }
        for (String w : OwnerCues.readLines("public-buildings.txt")) {
            b.add(w, Boolean.TRUE);
        }
        return b.build();
    }
}
