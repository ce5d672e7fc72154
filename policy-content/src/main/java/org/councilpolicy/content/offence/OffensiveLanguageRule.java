package org.councilpolicy.content.offence;

import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.core.analysis.TextAnalysis;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.RuleContext;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.RuleOption;
import org.councilpolicy.core.rule.Severity;
import org.councilpolicy.core.rule.SimpleRule;

/**
 * CO-1: nothing offensive, obscene, harassing, bullying, discriminatory or defamatory in the council's own posts.
 * Uses the same {@link OffenceDetector} as comment moderation. Mild words are advice; a defamation signal needs
 * review.
 */
public final class OffensiveLanguageRule extends SimpleRule<Draft> {

    private static final String MILD = "mildProfanitySeverity";

    static final RuleInfo INFO = RuleInfo.builder("conduct.offensive-language")
            .title("Offensive, discriminatory or defamatory language")
            .category(Category.CONDUCT)
            .severity(Severity.BLOCK)
            .clauses("CO-1")
            .rationale("Posts must contain nothing defamatory, offensive, obscene, harassing or bullying, and nothing "
                    + "racist, sexist or otherwise discriminatory (OFF, MEM, RBC, SCC 3.9).")
            .fires("What a load of b0ll0cks from the opposition")
            .passes("Our Pride event in Scunthorpe starts at noon")
            .option(RuleOption.severity(MILD, Severity.ADVICE, "The severity of mild swearing (\"bloody\", \"crap\")"))
            .build();

    /** Public no-arg constructor for ServiceLoader. */
    public OffensiveLanguageRule() {
        super(INFO, Draft.class);
    }

    @Override
    public void check(Draft draft, RuleContext ctx) {
        OffenceAnalysis a = TextAnalysis.of(ctx, draft.text()).get(OffenceDetector.ANALYSIS);
        ReportedIncidents incidents = null; // read once, on the first offence that could be a report
        for (Offence o : a.offences()) {
            if (o.kind() == OffenceKind.THREAT && LiteralHarms.literal(draft.text(), o.span())) {
                continue; // round 10: "laying poison to kill the rats", "the cuts will murder our high street"
            }
            if (ReportedIncidents.candidate(draft, o)) {
                incidents = incidents == null ? ReportedIncidents.of(draft.text()) : incidents;
                if (incidents.reportedAt(o.span().start())) {
                    continue; // round 11: an official account reporting a fire or a crash threatens no one
                }
            }
            String word = o.span().of(draft.text());
            String excerpt = word.length() <= 2 ? word : word.charAt(0) + "•".repeat(word.length() - 2)
                    + word.charAt(word.length() - 1);
            var f = ctx.finding()
                    .kind(o.kind())
                    .span(o.span())
                    .excerpt(o.kind() == OffenceKind.PROFANITY || o.kind() == OffenceKind.SLUR
                            || o.kind() == OffenceKind.QUOTED_SLUR ? excerpt
                            : (word.length() > 60 ? word.substring(0, 59) + "…" : word))
                    .message("The post contains " + o.reason() + ".")
                    .suggestion(suggestion(o.kind()));
            if (o.kind() == OffenceKind.PROFANITY && o.strength() == Strength.MILD) {
                f.severity(ctx.settings().severityOption(MILD));
            }
            if (o.unsure()) {
                f.unsure("an allegation against a person may or may not be defamatory");
            }
            ctx.report(f);
        }
    }

    private static String suggestion(OffenceKind kind) {
        return switch (kind) {
            case PROFANITY -> "Remove the swearing.";
            case SLUR, QUOTED_SLUR, HATE -> "Remove the discriminatory language (Equality Act 2010).";
            case THREAT, HARASSMENT -> "Remove the threatening language.";
            case ABUSE -> "Do not insult people; criticise decisions, not persons.";
            case DEFAMATION -> "Do not make allegations against people unless they are proven and cleared by legal "
                    + "services.";
        };
    }
}
