package org.councilpolicy.content.requiredcontent;

import java.util.Locale;
import java.util.Set;
import org.councilpolicy.core.rule.Span;

/**
 * Finds a personal sign-off at the end of a reply: {@code ^Sam}, {@code ^SB}, {@code - Sam}, {@code Thanks, Sam},
 * {@code Cheers\nSam B}, or the author's own first name as the last word. A backwards scan over the last few
 * dozen characters: constant work per reply.
 */
final class SignOffs {

    private static final Set<String> CLOSINGS = Set.of("thanks", "thank you", "many thanks", "cheers", "regards",
            "kind regards", "best wishes", "best", "ta", "thx", "speak soon", "all the best", "warm regards",
            "with thanks", "thanks again", "thank you again");

    private SignOffs() {
    }

    /** The offset just past the text's last meaningful character (trailing spaces, emoji and . ! ) dropped). */
    static int contentEnd(String text) {
        int e = text.length();
        while (e > 0) {
            int cp = text.codePointBefore(e);
            if (Character.isWhitespace(cp) || cp == '.' || cp == '!' || cp == ')' || cp == 0xFE0F || cp == 0x200D
                    || (cp >= 0x2600 && !Character.isLetterOrDigit(cp))) {
                e -= Character.charCount(cp);
            } else {
                break;
            }
        }
        return e;
    }

    /**
     * The span of the name in a personal sign-off ending {@code text}, or {@code null} when there is none.
     *
     * @param authorName the author's name as they sign, or {@code null}
     */
    static Span personalSignOff(String text, String authorName) {
        int e = contentEnd(text);
        int s = wordStart(text, e);
        if (s == e) {
            return null;
        }
        String word = text.substring(s, e);
        // "Sam B" / "Sam B." : an initial after the name.
        if (word.length() <= 2 && isUpper(word) && s >= 2 && text.charAt(s - 1) == ' ') {
            int ps = wordStart(text, s - 1);
            if (ps < s - 1 && Character.isUpperCase(text.charAt(ps))) {
                s = ps;
                word = text.substring(s, e);
            }
        }
        String first = word.contains(" ") ? word.substring(0, word.indexOf(' ')) : word;
        if (authorName != null && !authorName.isBlank()) {
            String author = authorName.strip();
            int sp = author.indexOf(' ');
            String authorFirst = sp < 0 ? author : author.substring(0, sp);
            if (first.equalsIgnoreCase(authorFirst)) {
                return new Span(s, e);
            }
        }
        int b = s;
        while (b > 0 && (text.charAt(b - 1) == ' ' || text.charAt(b - 1) == '\t')) {
            b--;
        }
        if (b == 0) {
            return null;
        }
        char before = text.charAt(b - 1);
        if (before == '^') {
            return new Span(s, e);
        }
        if (!Character.isUpperCase(word.charAt(0))) {
            return null;
        }
        if ((before == '-' || before == '–' || before == '—' || before == '~' || before == '/')
                && (b - 1 == 0 || Character.isWhitespace(text.charAt(b - 2)))) {
            return new Span(s, e);
        }
        if (before == ',' || before == '\n' || before == '\r') {
            int ce = b - 1;
            while (ce > 0 && (Character.isWhitespace(text.charAt(ce - 1)) || text.charAt(ce - 1) == ','
                    || text.charAt(ce - 1) == '!' || text.charAt(ce - 1) == '.')) {
                ce--;
            }
            int cs = Math.max(0, ce - 20);
            String closing = text.substring(cs, ce).toLowerCase(Locale.ROOT);
            for (String c : CLOSINGS) {
                if (closing.endsWith(c) && (closing.length() == c.length()
                        || !Character.isLetter(closing.charAt(closing.length() - c.length() - 1)))) {
                    return new Span(s, e);
                }
            }
        }
        return null;
    }

    private static int wordStart(String text, int e) {
        int s = e;
        while (s > 0) {
            char c = text.charAt(s - 1);
            if (Character.isLetter(c) || c == '\'' || c == '’' || (c == '-' && s - 1 > 0 && Character.isLetter(text.charAt(s - 2)) && s < e)) {
                s--;
            } else {
                break;
            }
        }
        return e - s > 20 ? e : s;
    }

    private static boolean isUpper(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isUpperCase(w.charAt(i))) {
                return false;
            }
        }
        return !w.isEmpty();
    }
}
