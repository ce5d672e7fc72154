package org.councilpolicy.content.requiredcontent;

import java.util.List;
import java.util.Locale;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.content.draft.PostKind;
import org.councilpolicy.core.analysis.TextAnalysis;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.RuleContext;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.RuleOption;
import org.councilpolicy.core.rule.Severity;
import org.councilpolicy.core.rule.SimpleRule;
import org.councilpolicy.core.text.Lexicon;
import org.councilpolicy.core.text.LexiconMatch;
import org.councilpolicy.core.text.NormalisedText;

/**
 * RC-3: content from others is acknowledged. A share that adds our own words or re-uploads media, or a post that
 * says it reposts or quotes someone else's content, should credit them ({@code via @x}, {@code credit:},
 * {@code photo: …}, {@code (c)}, {@code RT @x}, or by naming the account it came from). A bare share needs
 * nothing: the platform shows whose post it is.
 */
public final class AttributionRule extends SimpleRule<Draft> {

    private static final String MEDIA = "uncreditedMediaSeverity";

    static final RuleInfo INFO = RuleInfo.builder("required-content.attribution")
            .title("Attribute shared content")
            .category(Category.REQUIRED_CONTENT)
            .severity(Severity.ADVICE)
            .clauses("RC-3")
            .rationale("South Hams and West Devon ask that content shared from others is acknowledged and "
                    + "attributed to where it came from (SHWD 2.1); it is also the courteous, honest thing to do.")
            .fires("Reposting this lovely photo of the harbour at sunrise this morning!")
            .passes("Lovely photo of the harbour at sunrise this morning (photo: @DartmouthSnaps)")
            .option(RuleOption.severity(MEDIA, Severity.REVIEW,
                    "The severity of a share that re-uploads someone else's photo or video uncredited"))
            .build();

    /** Words that credit a source. */
    private static final Lexicon<String> CREDITS = lexicon(List.of("via", "credit", "credits", "credit to",
            "courtesy of", "h/t", "hat tip", "photo by", "photo:", "photos by", "photo credit", "pic by", "pic:",
            "picture by", "image by", "image:", "image credit", "video by", "video:", "footage by", "words by",
            "written by", "source:", "sources:", "(c)", "©", "copyright", "rt", "mt", "qt", "shared by",
            "posted by", "originally posted by", "from our friends at", "from our partners at", "thanks to",
            "said", "says", "told", "according to", "📷", "📸"));

    /** Words that say the content is someone else's. */
    private static final Lexicon<String> REPOSTS = lexicon(List.of("repost", "reposting", "reposted", "regram",
            "sharing this", "sharing their", "sharing a post", "re-sharing", "resharing", "copied from",
            "found this", "spotted this", "saw this", "seen this", "this post from", "this photo from",
            "this picture from", "this video from", "borrowed from", "taken from", "stolen from", "screenshot"));

    /** Creates the rule; the engine finds it through {@link java.util.ServiceLoader}. */
    public AttributionRule() {
        super(INFO, Draft.class);
    }

    private static Lexicon<String> lexicon(List<String> phrases) {
        Lexicon.Builder<String> b = Lexicon.builder();
        phrases.forEach(p -> b.add(p, p));
        return b.build();
    }

    @Override
    public void check(Draft draft, RuleContext context) {
        String text = draft.text();
        boolean share = draft.kind() == PostKind.SHARE;
        if (share && text.isBlank() && draft.media().isEmpty()) {
            return; // a plain share: the platform shows whose post it is
        }
        if (share && draft.sharedFrom() != null && context.profile().ownContacts().isOwnHandle(draft.sharedFrom().account())) {
            return; // the council's own content
        }
        NormalisedText norm = TextAnalysis.of(context, draft.text()).normalised();
        List<LexiconMatch<String>> reposts = share || !REPOSTS.containsAny(norm) ? List.of() : REPOSTS.findLongest(norm);
        int quote = share ? -1 : longQuote(text);
        if (!share && reposts.isEmpty() && quote < 0) {
            return;
        }
        if (credited(draft, norm)) {
            return;
        }
        if (share) {
            String from = draft.sharedFrom() == null || draft.sharedFrom().account().isBlank() ? "the original poster"
                    : draft.sharedFrom().account();
            boolean media = !draft.media().isEmpty();
            context.report(context.finding()
                    .kind(media ? RequiredContentKind.MEDIA_UNCREDITED : RequiredContentKind.SHARE_UNATTRIBUTED)
                    .severity(media ? context.settings().severityOption(MEDIA) : context.settings().severity())
                    .message(media ? "This share re-uploads someone else's photo or video without crediting them."
                            : "This share adds our words to someone else's content without saying where it came from.")
                    .suggestion("Credit " + from + ", e.g. \"via " + handle(from) + "\"."));
        } else if (!reposts.isEmpty()) {
            LexiconMatch<String> m = reposts.get(0);
            context.report(context.finding()
                    .kind(RequiredContentKind.REPOST_UNATTRIBUTED)
                    .span(m.original())
                    .excerpt(m.original().of(text))
                    .message("The post reposts someone else's content without saying whose it is.")
                    .suggestion("Credit the source, e.g. \"via @account\" or \"photo: Name\"."));
        } else {
            int end = text.indexOf(closing(text.charAt(quote)), quote + 1);
            context.report(context.finding()
                    .kind(RequiredContentKind.QUOTE_UNATTRIBUTED)
                    .span(quote, end < 0 ? text.length() : end + 1)
                    .message("The post quotes someone without saying who.")
                    .suggestion("Say who said or wrote it (\"said Cllr …\", \"via @account\")."));
        }
    }

    private static boolean credited(Draft draft, NormalisedText norm) {
        if (CREDITS.containsAny(norm)) {
            return true;
        }
        if (draft.sharedFrom() != null && !draft.sharedFrom().account().isBlank()) {
            String key = draft.sharedFrom().account().toLowerCase(Locale.ROOT);
            key = key.startsWith("@") ? key.substring(1) : key;
            if (!key.isEmpty() && norm.text().contains(key)) {
                return true;
            }
        }
        String t = draft.text();
        // "— Name" after a quote, or "- @handle"
        for (int i = 0; i + 2 < t.length(); i++) {
            char c = t.charAt(i);
            if ((c == '—' || c == '–' || c == '-') && (i == 0 || Character.isWhitespace(t.charAt(i - 1)))) {
                int j = i + 1;
                while (j < t.length() && t.charAt(j) == ' ') {
                    j++;
                }
                if (j < t.length() && (t.charAt(j) == '@' || Character.isUpperCase(t.charAt(j)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Offset of the opening mark of a quotation of at least eight words, or -1. */
    static int longQuote(String text) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c != '"' && c != '“') {
                continue;
            }
            char close = closing(c);
            int words = 0;
            boolean inWord = false;
            int j = i + 1;
            for (; j < n && text.charAt(j) != close; j++) {
                boolean w = Character.isLetterOrDigit(text.charAt(j));
                if (w && !inWord) {
                    words++;
                }
                inWord = w;
            }
            if (j >= n) {
                return -1;
            }
            if (words >= 8) {
                return i;
            }
            i = j;
        }
        return -1;
    }

    private static char closing(char open) {
        return open == '“' ? '”' : '"';
    }

    private static String handle(String from) {
        return from.startsWith("@") || from.contains(" ") ? from : "@" + from;
    }

    /**
     * The credit cues, for the union of the lexicons that scan a draft's normalised view together.
     *
     * @return the lexicon
     */
    public static Lexicon<?> credits() {
        return CREDITS;
    }

    /**
     * The repost cues, for the union of the lexicons that scan a draft's normalised view together.
     *
     * @return the lexicon
     */
    public static Lexicon<?> reposts() {
        return REPOSTS;
    }
}
