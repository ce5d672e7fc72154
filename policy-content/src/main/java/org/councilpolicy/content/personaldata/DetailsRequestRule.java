package org.councilpolicy.content.personaldata;

import java.util.List;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.content.personaldata.DetailsRequestCues.Cue;
import org.councilpolicy.content.personaldata.DetailsRequestCues.Hit;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.PersonalDataKind;
import org.councilpolicy.core.rule.RuleContext;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.Severity;
import org.councilpolicy.core.rule.SimpleRule;
import org.councilpolicy.core.rule.Span;
import org.councilpolicy.core.text.Masking;

/**
 * PD-3: a public post or reply asking someone to post their address, phone number, email, date of birth or
 * other details where everyone can see them, instead of by private message.
 */
public final class DetailsRequestRule extends SimpleRule<Draft> {

    static final RuleInfo INFO = RuleInfo.builder("personal-data.request-for-details")
            .title("Asking for personal details in public")
            .category(Category.PERSONAL_DATA)
            .severity(Severity.BLOCK)
            .clauses("PD-3")
            .rationale("To take a conversation off social media the council asks people to send a private "
                    + "message with as little as needed; it never asks for personal details in a public reply.")
            .fires("Sorry to hear that. Can you reply with your address and phone number so we can look into it?")
            .passes("Sorry to hear that. Please send us a private message with your email and we will look into it.")
            .build();

    /** Creates the rule (for the service loader). */
    public DetailsRequestRule() {
        super(INFO, Draft.class);
    }

    @Override
    public void check(Draft draft, RuleContext ctx) {
        String text = draft.text();
        DetailsRequestCues cues = DetailsRequestCues.of(text, ctx);
        if (!DetailsRequestCues.any(cues.hits, Cue.DETAIL, Cue.WEAK_DETAIL)) {
            return;
        }
        for (List<Hit> hits : cues.sentences) {
            if (!DetailsRequestCues.any(hits, Cue.DETAIL, Cue.WEAK_DETAIL)
                    || DetailsRequestCues.any(hits, Cue.PRIVATE, Cue.OFFLINE)) {
                continue;
            }
            Span details = null;
            boolean weakOnly = true;
            for (Hit h : hits) {
                if ((h.cue() == Cue.DETAIL || h.cue() == Cue.WEAK_DETAIL)
                        && !DetailsRequestCues.anyBefore(hits, Cue.NEGATION, h.span().end())) {
                    details = details == null ? h.span()
                            : new Span(Math.min(details.start(), h.span().start()), Math.max(details.end(), h.span().end()));
                    weakOnly &= h.cue() == Cue.WEAK_DETAIL;
                }
            }
            if (details == null) {
                continue;
            }
            boolean ask = asks(hits, details, Cue.ASK);
            boolean askPrivately = asks(hits, details, Cue.ASK_PRIVATE);
            boolean inPublic = DetailsRequestCues.any(hits, Cue.PUBLIC);
            if (!ask && !askPrivately) {
                continue;
            }
            Span span = DetailsRequestCues.request(hits, details, Cue.ASK, Cue.ASK_PRIVATE);
            var f = ctx.finding()
                    .kind(PersonalDataKind.REQUEST_FOR_DETAILS)
                    .span(span)
                    .excerpt(Masking.mask(span.of(text)))
                    .message("This asks someone to give personal details in public.")
                    .suggestion("Ask them to send a private message with as little as needed (normally an email "
                            + "address), e.g. \"Please send us a DM with your email and we'll look into it.\"");
            if (weakOnly) {
                f.unsure("a postcode or street alone may not identify someone");
            } else if (!ask && !inPublic) {
                f.unsure("it does not say where to send them; a private message would be fine");
            }
            ctx.report(f);
        }
    }

    /** Whether an asking cue outside the details' own words is in the sentence. */
    private static boolean asks(List<Hit> hits, Span details, Cue cue) {
        for (Hit h : hits) {
            if (h.cue() == cue && (h.span().start() < details.start() || h.span().start() >= details.end())) {
                return true;
            }
        }
        return false;
    }
}
