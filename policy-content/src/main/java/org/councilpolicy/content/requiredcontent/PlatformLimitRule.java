package org.councilpolicy.content.requiredcontent;

import org.councilpolicy.core.rule.RuleExample;
import org.councilpolicy.content.draft.Platform;
import java.util.ArrayList;
import java.util.List;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.RuleContext;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.RuleOption;
import org.councilpolicy.core.rule.Severity;
import org.councilpolicy.core.rule.SimpleRule;
import org.councilpolicy.core.rule.Span;

/**
 * RC-14: a draft keeps within its platform's limits ({@link PlatformLimits}): over a hard limit (X's 280
 * weighted characters, Instagram's 30 hashtags…) is BLOCK; over the platform's own advice is ADVICE.
 */
public final class PlatformLimitRule extends SimpleRule<Draft> {

    static final RuleInfo INFO = RuleInfo.builder("required-content.platform-limit")
            .title("Platform limits")
            .category(Category.PLATFORM)
            .severity(Severity.BLOCK)
            .clauses("RC-14")
            .rationale("A post over the platform's length, hashtag or mention limit is rejected or cut short; "
                    + "the policies ask staff to follow each platform's own rules and etiquette.")
            .fires("A 300-character post on X, or an Instagram caption with 31 hashtags")
            .passes("A 250-character post on X with a link (links count as 23 characters)")
            .option(RuleOption.bool("softLimits", true,
                    "Also advise when a post goes beyond the platform's own advice (e.g. more than 3 hashtags on X)"))
            .build();

    /** Creates the rule; the engine finds it through {@link java.util.ServiceLoader}. */
    public PlatformLimitRule() {
        super(INFO, Draft.class);
    }

    @Override
    public void check(Draft draft, RuleContext context) {
        List<PlatformLimits.Limit> limits = PlatformLimits.builtIn().of(draft.platform());
        if (limits.isEmpty()) {
            return;
        }
        boolean soft = context.settings().booleanOption("softLimits");
        String text = draft.text();
        List<Links.Link> links = Links.of(draft, context);
        List<Span> hashtags = null;
        List<Span> mentions = null;
        boolean hardHit = false;
        PlatformLimits.Measure last = null;
        for (PlatformLimits.Limit limit : limits) {
            if (limit.measure() != last) {
                hardHit = false;
                last = limit.measure();
            }
            if ((!limit.hard() && (!soft || hardHit))) {
                continue;
            }
            boolean hit = switch (limit.measure()) {
                case LENGTH -> checkLength(text, links, limit, context);
                case HASHTAGS -> {
                    if (hashtags == null) {
                        hashtags = tags(text, '#', links);
                    }
                    yield checkCount(hashtags, limit, RequiredContentKind.HASHTAGS, context);
                }
                case MENTIONS -> {
                    if (mentions == null) {
                        mentions = tags(text, '@', links);
                    }
                    yield checkCount(mentions, limit, RequiredContentKind.MENTIONS, context);
                }
            };
            hardHit |= hit && limit.hard();
        }
    }

    private static boolean checkLength(String text, List<Links.Link> links, PlatformLimits.Limit limit,
                                       RuleContext context) {
        PlatformCounting.Count count = limit.counting() == PlatformLimits.Counting.X_WEIGHTED
                ? PlatformCounting.xOverflow(text, links, limit.max())
                : PlatformCounting.codePointOverflow(text, limit.max());
        if (count.overflow() < 0) {
            return false;
        }
        String how = limit.counting() == PlatformLimits.Counting.X_WEIGHTED
                ? " (X counts every link as 23 and most emoji and CJK characters as 2)" : "";
        context.report(finding(limit, context)
                .kind(RequiredContentKind.LENGTH)
                .span(count.overflow(), text.length())
                .message("The post is " + count.length() + " characters on " + name(limit) + "; the limit is "
                        + limit.max() + how + ".")
                .suggestion("Cut " + (count.length() - limit.max()) + " characters, or split it into two posts."));
        return true;
    }

    private static boolean checkCount(List<Span> found, PlatformLimits.Limit limit, RequiredContentKind kind,
            RuleContext context) {
        String what = kind.name().toLowerCase(java.util.Locale.ROOT);
        if (found.size() <= limit.max()) {
            return false;
        }
        Span first = found.get(limit.max());
        Span lastSpan = found.get(found.size() - 1);
        context.report(finding(limit, context)
                .kind(kind)
                .span(first.start(), lastSpan.end())
                .message("The post has " + found.size() + " " + what + "; " + name(limit)
                        + (limit.hard() ? " allows at most " : " advises no more than ") + limit.max() + ".")
                .suggestion("Keep the " + limit.max() + " most relevant " + what + "."));
        return true;
    }

    private static org.councilpolicy.core.rule.Finding.Builder finding(PlatformLimits.Limit limit, RuleContext context) {
        org.councilpolicy.core.rule.Finding.Builder b = context.finding();
        if (!limit.hard()) {
            b.severity(Severity.ADVICE);
        }
        return b;
    }

    private static String name(PlatformLimits.Limit limit) {
        return switch (limit.platform()) {
            case X -> "X";
            case FACEBOOK -> "Facebook";
            case INSTAGRAM -> "Instagram";
            case LINKEDIN -> "LinkedIn";
            case THREADS -> "Threads";
            case TIKTOK -> "TikTok";
            case YOUTUBE -> "YouTube";
            case NEXTDOOR -> "Nextdoor";
            case OTHER -> "the platform";
        };
    }

    /**
     * Hashtags ({@code #} then word characters with at least one letter) or mentions ({@code @} then letters,
     * digits or underscores), not preceded by a word character (so e-mail addresses and {@code C#} are not
     * counted) and not inside a link.
     */
    static List<Span> tags(String text, char sigil, List<Links.Link> links) {
        List<Span> out = new ArrayList<>();
        int linkIndex = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            if (text.charAt(i) != sigil && !(sigil == '#' && text.charAt(i) == '＃')) {
                continue;
            }
            while (linkIndex < links.size() && links.get(linkIndex).end() <= i) {
                linkIndex++;
            }
            if (linkIndex < links.size() && links.get(linkIndex).start() <= i) {
                continue;
            }
            if (i > 0) {
                int prev = text.codePointBefore(i);
                if (Character.isLetterOrDigit(prev) || prev == '_' || prev == '&' || prev == sigil) {
                    continue;
                }
            }
            int j = i + 1;
            boolean letter = false;
            while (j < n) {
                int cp = text.codePointAt(j);
                boolean ok = sigil == '#' ? Character.isLetterOrDigit(cp) || cp == '_' || Character.getType(cp) == Character.NON_SPACING_MARK
                        : (cp < 128 && (Character.isLetterOrDigit(cp) || cp == '_'));
                if (!ok) {
                    break;
                }
                letter |= Character.isLetter(cp) || sigil == '@';
                j += Character.charCount(cp);
            }
            if (j > i + 1 && letter) {
                out.add(new Span(i, j));
            }
            i = j - 1;
        }
        return out;
    }

    @Override
    public List<RuleExample<Draft>> examples() {
        return List.of(RuleExample.fires(Draft.builder("Bins ".repeat(60)).platform(Platform.X).build()),
                RuleExample.passes(Draft.builder("Bins ".repeat(45) + "https://southhams.gov.uk/bins")
                        .platform(Platform.X).build()));
    }
}
