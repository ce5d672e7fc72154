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
 * PD-2: asking for bank or card details on social media, in public or by private message. Warnings ("we will
 * never ask for your bank details") and pointers to paying elsewhere ("pay online at …") pass.
 */
public final class FinancialRequestRule extends SimpleRule<Draft> {

    static final RuleInfo INFO = RuleInfo.builder("personal-data.financial-request")
            .title("Asking for bank or card details")
            .category(Category.PERSONAL_DATA)
            .severity(Severity.BLOCK)
            .clauses("PD-2")
            .rationale("The council never requests or accepts bank, credit card or debit card details via social "
                    + "media, public or private.")
            .fires("To process your refund, please DM us your bank details and sort code.")
            .passes("We will never ask for your bank details on social media. Pay online at our website.")
            .build();

    /** Creates the rule (for the service loader). */
    public FinancialRequestRule() {
        super(INFO, Draft.class);
    }

    @Override
    public void check(Draft draft, RuleContext ctx) {
        String text = draft.text();
        DetailsRequestCues cues = DetailsRequestCues.of(text, ctx);
        if (!DetailsRequestCues.any(cues.hits, Cue.FINANCIAL)) {
            return;
        }
        for (List<Hit> hits : cues.sentences) {
            if (!DetailsRequestCues.any(hits, Cue.FINANCIAL) || DetailsRequestCues.any(hits, Cue.NEGATION, Cue.OFFLINE)) {
                continue;
            }
            Span fin = null;
            for (Hit h : hits) {
                if (h.cue() == Cue.FINANCIAL && !givesValue(text, h.span().end())) {
                    fin = fin == null ? h.span()
                            : new Span(Math.min(fin.start(), h.span().start()), Math.max(fin.end(), h.span().end()));
                }
            }
            if (fin == null) {
                continue; // "refund to sort code 20-00-00, account …": details given (a leak), not asked for
            }
            boolean ask = false;
            for (Hit h : hits) {
                if ((h.cue() == Cue.ASK || h.cue() == Cue.ASK_PRIVATE)
                        && (h.span().end() <= fin.start() || h.span().start() >= fin.end())) {
                    ask = true;
                }
            }
            if (!ask) {
                continue;
            }
            Span span = DetailsRequestCues.request(hits, fin, Cue.ASK, Cue.ASK_PRIVATE);
            ctx.report(ctx.finding()
                    .kind(PersonalDataKind.FINANCIAL_REQUEST)
                    .span(span)
                    .excerpt(Masking.mask(span.of(text)))
                    .message("This asks for bank or card details over social media.")
                    .suggestion("Never take payment details on social media: point people to the council's "
                            + "secure online payment page or its payments phone line."));
        }
    }

    /**
     * Whether the words "sort code", "card number"… at {@code end} are followed by the value itself ("sort code
     * 20-00-00", "card number: 4111…"): the text gives the details (the bank-account and card detectors report
     * them), it does not ask for them.
     */
    static boolean givesValue(String text, int end) {
        int k = end;
        int limit = Math.min(text.length(), end + 12);
        while (k < limit && (text.charAt(k) == ' ' || text.charAt(k) == ':' || text.charAt(k) == '\u00a0')) {
            k++;
        }
        if (text.startsWith("is ", k)) {
            k += 3;
        }
        return k < text.length() && text.charAt(k) >= '0' && text.charAt(k) <= '9';
    }
}
