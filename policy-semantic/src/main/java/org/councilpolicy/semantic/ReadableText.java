package org.councilpolicy.semantic;

import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the encoder reads of a text: the words a reader takes in, without the parts that carry nothing for the heads
 * but cost word pieces (the model's cost is linear in them, about a tenth of a millisecond each). The same for
 * training and use, so the heads never see the difference. Linear time: possessive, bounded patterns and one walk.
 *
 * <ul>
 *   <li>web links and @handles are left out (a link is a dozen word pieces of host and path);</li>
 *   <li>a sign-off such as {@code ^Sam} is left out (it says which officer wrote the post, not what it says);</li>
 *   <li>a hashtag is read as its words: {@code #FireSafety} as {@code Fire Safety} (BERT's vocabulary has no
 *       {@code firesafety}: three pieces and a {@code #} for two words);</li>
 *   <li>a run of the same punctuation mark is read once ({@code !!!} as {@code !});</li>
 *   <li>emoji and other symbols the vocabulary lacks are left out: BERT's tokenizer does not split at them, so
 *       {@code lol🔥} would otherwise be one unknown token and lose its word.</li>
 * </ul>
 */
final class ReadableText {

    private static final Pattern LINK_OR_HANDLE_OR_SIGN_OFF = Pattern.compile(
            "(?:https?://|www\\.)\\S++|(?<![\\w.@])@\\w{1,30}+|(?<![\\w^])\\^\\p{L}{1,20}+(?![\\w])");
    private static final Pattern HASHTAG = Pattern.compile("(?<![\\w#&])#(\\w{1,60}+)(?!\\w)");
    /** Where a hashtag's words meet: lower case then upper case, or a letter beside a digit. */
    private static final Pattern WORD_JOIN = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})|(?<=\\p{L})(?=\\d)|(?<=\\d)(?=\\p{L})");

    private ReadableText() {
    }

    /**
     * The text as the encoder reads it.
     *
     * @param text any text
     * @param known whether the vocabulary has a symbol as a token of its own (such a symbol is kept)
     * @return the text without links, handles, sign-offs, hashtag marks, repeated punctuation and unknown symbols
     */
    static String of(String text, Predicate<String> known) {
        String s = LINK_OR_HANDLE_OR_SIGN_OFF.matcher(text).replaceAll(" ");
        s = hashtagsAsWords(s);
        return withoutRepeatsAndUnknownSymbols(s, known);
    }

    private static String hashtagsAsWords(String s) {
        Matcher m = HASHTAG.matcher(s);
        if (!m.find()) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int last = 0;
        do {
            out.append(s, last, m.start()).append(' ');
            out.append(WORD_JOIN.matcher(m.group(1)).replaceAll(" "));
            last = m.end();
        } while (m.find());
        return out.append(s, last, s.length()).toString();
    }

    private static String withoutRepeatsAndUnknownSymbols(String s, Predicate<String> known) {
        StringBuilder out = new StringBuilder(s.length());
        int previous = -1;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            if ((type == Character.OTHER_SYMBOL || type == Character.MODIFIER_SYMBOL)
                    && !known.test(new String(Character.toChars(c)))) {
                out.append(' ');
                previous = ' ';
                continue;
            }
            if (c == previous && WordPiece.isPunctuation(c)) {
                continue;
            }
            out.appendCodePoint(c);
            previous = c;
        }
        return out.toString();
    }
}
