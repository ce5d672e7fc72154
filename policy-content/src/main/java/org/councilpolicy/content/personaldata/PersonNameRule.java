package org.councilpolicy.content.personaldata;

import java.util.List;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.content.draft.PostKind;
import org.councilpolicy.core.analysis.TextAnalysis;
import org.councilpolicy.core.profile.Profile;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.BaseRule;
import org.councilpolicy.core.rule.Check;
import org.councilpolicy.core.rule.PersonalDataKind;
import org.councilpolicy.core.rule.RuleContext;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.RuleSettings;
import org.councilpolicy.core.rule.Severity;
import org.councilpolicy.core.rule.Span;
import org.councilpolicy.core.text.Masking;

/**
 * PD-1, PD-7: a private individual's name in a draft. Names found from a title or a context cue block; a name
 * found only in the gazetteer, or a first name alone, goes to review. People the profile names and public
 * figures in their role are never reported. A reply's greeting by first name alone is reported only with the
 * person's case details in the same reply ({@link ReplyAddressee}).
 */
public final class PersonNameRule extends BaseRule<Draft> {

    static final RuleInfo INFO = RuleInfo.builder("personal-data.person-name")
            .title("Names of private individuals")
            .category(Category.PERSONAL_DATA)
            .severity(Severity.BLOCK)
            .clauses("PD-1", "PD-7")
            .rationale("The policies forbid publishing a member of the public's name, or any other person's "
                    + "personal data, without consent; councillors, officers and public figures acting in their "
                    + "role may be named. In a public reply, the first name of the person replied to is reported "
                    + "only when the reply also carries their case details (address, postcode, another identifier, "
                    + "a case or reference number, a case word): the name then links them to their case; a "
                    + "greeting with no case detail (\"Hi Paul, thanks, we'll pass this on\") is no disclosure. A post "
                    + "(not a reply) that speaks to someone by a first name opening its sentence (\"Rosa, you can "
                    + "collect your keys from reception\") publishes that name and is reported for review.")
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
            List<PeopleMention> names = detector.analyse(text, ctx).names();
            if (draft.kind() == PostKind.REPLY && IdentifierRule.councilSpeaks(ctx)) {
                reportAddressees(draft, names, detector, ctx);
            } else if (draft.kind() != PostKind.REPLY) {
                reportAddressedInPost(draft, names, detector, ctx);
            }
            for (PeopleMention m : names) {
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

    /**
     * A post (not a reply) that speaks to a member of the public by name, the name opening its sentence ("Rosa, pop
     * in with ID and we'll reunite you") publishes that name to everyone: unlike a reply's greeting, it is not an answer to the
     * person's own message. Reported for review, as a first name alone may not identify someone.
     */
    private static void reportAddressedInPost(Draft draft, List<PeopleMention> names, PeopleDetector detector,
                                              RuleContext ctx) {
        String text = draft.text();
        List<Span> spoken = detector.spokenTo(text, ctx);
        if (spoken.isEmpty()) {
            return;
        }
        PeopleFindings found = detector.analyse(text, ctx);
        for (Span s : spoken) {
            if (names.stream().anyMatch(m -> m.overlaps(s)) || found.children().stream().anyMatch(m -> m.overlaps(s))) {
                continue;
            }
            ctx.report(ctx.finding()
                    .kind(PersonalDataKind.PERSON_NAME)
                    .span(s)
                    .excerpt(Masking.mask(s.of(text)))
                    .message("This looks like the name of a private individual (a first name the post speaks to).")
                    .suggestion("Remove the name, or use it only with the person's explicit consent.")
                    .unsure("a first name alone may not identify someone"));
        }
    }

    /**
     * The lead's decision of round 7 (issue 11): the first name alone of the person a reply answers ("Hi Paul,")
     * is reported when the reply also carries that person's case details (their address, postcode, another
     * identifier, a case or reference number, a case word); a greeting with none ("Hi Paul, thanks, we'll pass
     * this on") is no disclosure and stays unreported.
     */
    private static void reportAddressees(Draft draft, List<PeopleMention> names, PeopleDetector detector,
                                         RuleContext ctx) {
        String text = draft.text();
        List<Span> greeted = detector.addressees(text, ctx).stream()
                .filter(s -> names.stream().noneMatch(m -> m.overlaps(s))).toList();
        if (greeted.isEmpty()) {
            return;
        }
        String detail = ReplyAddressee.caseDetail(TextAnalysis.of(ctx, text).get(PeopleText.KEY), draft, ctx);
        if (detail == null) {
            return;
        }
        for (Span s : greeted) {
            ctx.report(ctx.finding()
                    .kind(PersonalDataKind.PERSON_NAME)
                    .span(s)
                    .excerpt(Masking.mask(s.of(text)))
                    .message("This looks like the name of the person the reply answers, given with " + detail
                            + ": in a public reply the name links them to their case.")
                    .suggestion("Leave the name out of a reply that carries the person's case details, or move "
                            + "the case to a private message."));
        }
    }
}
