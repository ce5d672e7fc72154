package org.councilpolicy.content.personaldata;

import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.core.profile.Profile;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.BaseRule;
import org.councilpolicy.core.rule.Check;
import org.councilpolicy.core.rule.PersonalDataKind;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.RuleSettings;
import org.councilpolicy.core.rule.Severity;
import org.councilpolicy.core.text.Masking;

/** PD-4: a child named together with their age, school, class or year group. */
public final class ChildRule extends BaseRule<Draft> {

    static final RuleInfo INFO = RuleInfo.builder("personal-data.child")
            .title("Children identified by name and age or school")
            .category(Category.PERSONAL_DATA)
            .severity(Severity.BLOCK)
            .clauses("PD-4")
            .rationale("Children need extra care: a name together with an age, school, class or year group "
                    + "identifies a child.")
            .fires("Well done to Oliver in Year 4 at St Mary's Primary for his winning poster!")
            .passes("Well done to the Year 4 pupils at St Mary's Primary for their winning posters!")
            .build();

    /** Creates the rule (for the service loader). */
    public ChildRule() {
        super(INFO, Draft.class);
    }

    @Override
    public Check<Draft> prepare(Profile profile, RuleSettings settings) {
        PeopleDetector detector = PeopleDetector.forProfile(profile);
        return (draft, ctx) -> {
            String text = draft.text();
            for (PeopleMention m : detector.analyse(text, ctx).children()) {
                if (BusinessNames.namesABusiness(text, m.span())) {
                    continue;
                }
                ctx.report(ctx.finding()
                        .kind(PersonalDataKind.CHILD)
                        .span(m.span())
                        .excerpt(Masking.mask(m.span().of(text)))
                        .message("This identifies a child (" + m.reason() + ").")
                        .suggestion("Leave out the child's name, or their age and school; say \"a pupil\" or "
                                + "\"a young person\" instead, and only with parental consent."));
            }
        };
    }
}
