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

/**
 * PD-1, PD-7: a private individual's name in a draft. Names found from a title or a context cue block; a name
 * found only in the gazetteer, or a first name alone, goes to review. People the profile names and public
 * figures in their role are never reported.
 */
public final class PersonNameRule extends BaseRule<Draft> {

    static final RuleInfo INFO = RuleInfo.builder("personal-data.person-name")
            .title("Names of private individuals")
            .category(Category.PERSONAL_DATA)
            .severity(Severity.BLOCK)
            .clauses("PD-1", "PD-7")
            .rationale("The policies forbid publishing a member of the public's name, or any other person's "
                    + "personal data, without consent; councillors, officers and public figures acting in their "
                    + "role may be named.")
            .fires("Thanks to resident Sarah Jenkins for reporting the fly-tipping on the lane.")
            .passes("Thanks to residents for reporting fly-tipping; Cllr Pearce will visit Totnes on Friday.")
            .build();

    /** Creates the rule (for the service loader). */
    public PersonNameRule() {
        super(INFO, Draft.class);
    }

    @Override
    public Check<Draft> prepare(Profile profile, RuleSettings settings) {
        PeopleDetector detector = PeopleDetector.forProfile(profile);
        return (draft, ctx) -> {
            String text = draft.text();
            CourtReporting court = null;
            for (PeopleMention m : detector.analyse(text, ctx).names()) {
                if (BusinessNames.namesABusiness(text, m.span())) {
                    continue; // "Henderson's Bakery": a business named after a person is an organisation
                }
                var f = ctx.finding()
                        .kind(PersonalDataKind.PERSON_NAME)
                        .span(m.span())
                        .excerpt(Masking.mask(m.span().of(text)))
                        .message("This looks like the name of a private individual (" + m.reason() + ").")
                        .suggestion("Remove the name, or use it only with the person's explicit consent; "
                                + "say \"a resident\" instead.");
                if (court == null) {
                    court = CourtReporting.of(text);
                }
                if (court.defendant(m.span())) {
                    // open justice: courts publish defendants' names; a comment on the case is contempt's matter
                    f.severity(Severity.ADVICE).note("named in a report of criminal proceedings: courts publish "
                            + "defendants' names, so check only that the report is accurate and the case is not commented on");
                } else if (!m.sure()) {
                    f.unsure("it may not be a private person's name");
                }
                ctx.report(f);
            }
        };
    }
}
