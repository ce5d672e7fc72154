package org.councilpolicy.content.requiredcontent;

import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.core.analysis.AnalysisKey;
import org.councilpolicy.core.analysis.TextAnalysis;
import org.councilpolicy.core.rule.RuleContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Finds web links in text the way the platforms do: {@code http(s)://…}, {@code www.…} and bare domains with a
 * common top-level domain ({@code suffolk.gov.uk/fire}). A hand scanner over whitespace-separated tokens: linear
 * time, no regular expressions, safe on hostile text.
 */
public final class Links {

    /** Top-level domains a bare domain may end in to be taken as a link (as X and Facebook link them). */
    private static final Set<String> TLDS = Set.of("uk", "com", "org", "net", "gov", "scot", "wales", "cymru", "info",
            "io", "co", "me", "ly", "tv", "app", "eu", "edu", "biz", "online", "news", "london", "ie", "de", "fr", "nl");

    /**
     * A link found in a text.
     *
     * @param start UTF-16 offset of its first character
     * @param end   offset just past its last character (trailing punctuation excluded)
     * @param url   the link as written
     * @param host  its host name in lower case, without a {@code www.} prefix
     */
    public record Link(int start, int end, String url, String host) {
        /**
         * Validates that the texts are not null.
         *
         * @param start UTF-16 offset of its first character
         * @param end   offset just past its last character
         * @param url   the link as written
         * @param host  its host name in lower case, without a {@code www.} prefix
         */
        public Link {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(host, "host");
        }
    }

    private Links() {
    }

    /** The links of a text, shared by every rule reading the same text. */
    private static final AnalysisKey<List<Link>> LINKS = AnalysisKey.of("requiredcontent.links",
            a -> find(a.text()));

    /**
     * The links in the draft's text, found once per check.
     *
     * @param draft   the draft being checked
     * @param context the rule context of that check
     * @return the links
     */
    static List<Link> of(Draft draft, RuleContext context) {
        return TextAnalysis.of(context, draft.text()).get(LINKS);
    }

    /**
     * Every link in {@code text}, in order.
     *
     * @param text the text
     * @return the links, in order of appearance
     */
    public static List<Link> find(CharSequence text) {
        Objects.requireNonNull(text, "text");
        List<Link> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < n && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (s < i) {
                Link link = parse(text, s, i);
                if (link != null) {
                    out.add(link);
                }
            }
        }
        return out;
    }

    /**
     * The host of a URL or bare domain ({@code https://www.Suffolk.gov.uk/x → suffolk.gov.uk}), or {@code null}.
     *
     * @param url a URL or bare domain
     * @return the host in lower case without "www.", or null when it is not a link
     */
    public static String host(String url) {
        Objects.requireNonNull(url, "url");
        Link l = parse(url.strip(), 0, url.strip().length());
        return l == null ? null : l.host();
    }

    private static Link parse(CharSequence text, int start, int end) {
        // Trim leading and trailing punctuation that wraps links in prose: (see www.x.com).
        while (start < end && "([{<\"'“‘".indexOf(text.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && ".,;:!?)]}>\"'”’…".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end - start < 4) {
            return null;
        }
        boolean dot = false;
        for (int i = start; i < end && !dot; i++) {
            dot = text.charAt(i) == '.';
        }
        if (!dot) {
            return null; // every link has a dot in its host: most words are rejected here without allocating
        }
        String token = text.subSequence(start, end).toString();
        String lower = token.toLowerCase(Locale.ROOT);
        int hostStart;
        boolean explicit;
        if (lower.startsWith("https://")) {
            hostStart = 8;
            explicit = true;
        } else if (lower.startsWith("http://")) {
            hostStart = 7;
            explicit = true;
        } else if (lower.startsWith("www.")) {
            hostStart = 0;
            explicit = true;
        } else {
            hostStart = 0;
            explicit = false;
        }
        int hostEnd = hostStart;
        while (hostEnd < lower.length() && "/?#:".indexOf(lower.charAt(hostEnd)) < 0) {
            hostEnd++;
        }
        String host = lower.substring(hostStart, hostEnd);
        if (!validHost(host, explicit)) {
            return null;
        }
        if (host.startsWith("www.")) {
            host = host.substring(4);
        }
        return new Link(start, end, token, host);
    }

    private static boolean validHost(String host, boolean explicit) {
        if (host.isEmpty() || host.startsWith(".") || host.endsWith(".") || host.indexOf('.') < 0) {
            return false;
        }
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.';
            if (!ok || (c == '.' && host.charAt(i - 1) == '.')) {
                return false;
            }
        }
        String tld = host.substring(host.lastIndexOf('.') + 1);
        if (explicit) {
            return tld.length() >= 2 && Character.isLetter(tld.charAt(0));
        }
        return TLDS.contains(tld);
    }
}
