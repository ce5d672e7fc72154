package org.councilpolicy.content.moderation;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.councilpolicy.content.offence.IncidentMention;
import org.councilpolicy.content.offence.OffenceAnalysis;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.BaseRule;
import org.councilpolicy.core.rule.Check;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.RuleSettings;
import org.councilpolicy.core.rule.Severity;
import org.councilpolicy.core.profile.Profile;
import org.councilpolicy.core.text.Masking;

/**
 * MD-3: a comment that names members of the public, linking them to an incident, is deleted. The profile's
 * councillors, officers and public figures are not members of the public.
 */
public final class NamesPublicInIncidentRule extends BaseRule<Comment> {

    static final RuleInfo INFO = RuleInfo.builder("moderation.names-public-in-incident")
            .title("Member of the public named in connection with an incident")
            .category(Category.INCIDENT_DETAIL)
            .severity(Severity.BLOCK)
            .clauses("MD-3")
            .rationale("SFRS 5.3: delete posts that name members of the public, linking them to an incident.")
            .fires("It was John Smith from Elm Road who crashed into the bus stop")
            .passes("Someone crashed into the bus stop on Elm Road")
            .build();

    /** Public no-arg constructor for ServiceLoader. */
    public NamesPublicInIncidentRule() {
        super(INFO, Comment.class);
    }

    @Override
    public Check<Comment> prepare(Profile profile, RuleSettings settings) {
        Set<String> known = profile.namedPeople().allNames().stream()
                .map(n -> n.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        return (comment, ctx) -> {
            OffenceAnalysis a = CommentOffenceRule.analysis(comment, ctx);
            for (IncidentMention m : a.incidentMentions()) {
                String name = m.name().of(comment.text());
                if (known.contains(name.toLowerCase(Locale.ROOT))) {
                    continue;
                }
                ctx.report(ctx.finding()
                        .kind(Ground.NAMES_PUBLIC_IN_INCIDENT)
                        .span(m.name())
                        .excerpt(Masking.mask(name))
                        .message("The comment names someone (" + Masking.mask(name) + ") in connection with an "
                                + "incident (\"" + m.incident() + "\").")
                        .suggestion("Delete it; the poster may post again without naming anyone."));
            }
        };
    }

}
