package org.councilpolicy.content.requiredcontent;

import org.councilpolicy.core.rule.RuleExample;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.content.draft.PostKind;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.RuleContext;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.Severity;
import org.councilpolicy.core.rule.SimpleRule;

/**
 * RC-1 and RC-2: a post from an account kind the profile names must carry one of its hashtags
 * (required: BLOCK by default; encouraged: ADVICE).
 */
public final class RequiredHashtagRule extends SimpleRule<Draft> {

    static final RuleInfo INFO = RuleInfo.builder("required-content.hashtag")
            .title("Required hashtags")
            .category(Category.REQUIRED_CONTENT)
            .severity(Severity.BLOCK)
            .clauses("RC-1", "RC-2")
            .rationale("Some councils require every official post to carry their hashtag (#SHDC or #WDBC) so that "
                    + "people can follow the council in one thread, and encourage councillors to use it.")
            .fires("Green bin collections resume on Monday. (corporate account, south-hams-west-devon)")
            .passes("Green bin collections resume on Monday. #SHDC (corporate account, south-hams-west-devon)")
            .build();

    // A hashtag is '#' then word characters, not preceded by a word character (so "C#" is not one).
    private static final Pattern HASHTAG = Pattern.compile("(?<![\\w&])#(\\w+)", Pattern.UNICODE_CHARACTER_CLASS);

    /** Creates the rule; {@link java.util.ServiceLoader} calls this. */
    public RequiredHashtagRule() {
        super(INFO, Draft.class);
    }

    @Override
    public void check(Draft draft, RuleContext context) {
        if (draft.kind() == PostKind.SHARE && draft.text().isBlank()) {
            return; // a bare share publishes nothing of our own to tag
        }
        List<String> required = context.profile().requiredHashtags(draft.account());
        List<String> encouraged = context.profile().encouragedHashtags(draft.account());
        if (required.isEmpty() && encouraged.isEmpty()) {
            return;
        }
        Set<String> present = hashtags(draft.text());
        if (!required.isEmpty() && required.stream().noneMatch(t -> present.contains(key(t)))) {
            context.report(context.finding()
                    .clauses("RC-1")
                    .message("Posts from " + describe(draft) + " must carry " + oneOf(required) + ".")
                    .suggestion("Add " + required.get(0) + " to the post."));
        } else if (required.isEmpty() && encouraged.stream().noneMatch(t -> present.contains(key(t)))) {
            context.report(context.finding()
                    .clauses("RC-2")
                    .severity(Severity.ADVICE)
                    .message("Posts about council business from " + describe(draft) + " are encouraged to carry "
                            + oneOf(encouraged) + ".")
                    .suggestion("Add " + encouraged.get(0) + " if the post is about council business."));
        }
    }

    static Set<String> hashtags(String text) {
        Matcher m = HASHTAG.matcher(text);
        java.util.HashSet<String> out = new java.util.HashSet<>();
        while (m.find()) {
            out.add(m.group(1).toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static String key(String tag) {
        return (tag.startsWith("#") ? tag.substring(1) : tag).toLowerCase(Locale.ROOT);
    }

    private static String oneOf(List<String> tags) {
        return tags.size() == 1 ? tags.get(0) : "one of " + tags.stream().collect(Collectors.joining(" or "));
    }

    private static String describe(Draft d) {
        return switch (d.account()) {
            case CORPORATE -> "the corporate account";
            case SERVICE -> "a service account";
            case PROFESSIONAL -> "a professional account";
            case COUNCILLOR -> "a councillor's account";
            case OFFICER_PERSONAL -> "an officer's personal account";
        };
    }

    @Override
    public List<RuleExample<Draft>> examples() {
        return List.of(RuleExample.fires(Draft.of("Green bin collections resume on Monday."))
                        .under("south-hams-west-devon"),
                RuleExample.passes(Draft.of("Green bin collections resume on Monday. #SHDC")).under("south-hams-west-devon"));
    }
}
