package org.councilpolicy.content.conduct;

import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.content.neutrality.DraftSignals;
import org.councilpolicy.content.neutrality.Hit;
import org.councilpolicy.content.neutrality.Signal;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.RuleContext;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.Severity;
import org.councilpolicy.core.rule.SimpleRule;
import org.councilpolicy.core.text.Masking;

/**
 * CO-3: a draft risks contempt of court by calling a named person guilty, or a criminal, while proceedings are
 * live ("X is guilty", "the thief X", "charged … clearly did it" with "charged", "trial", "awaiting sentence",
 * "appears in court"). A factual report ("a man has been charged and will appear at Exeter Magistrates'
 * Court") passes, as do "pleaded guilty", "was found guilty" and "the alleged thief". Any account.
 *
 * <p>The excerpt is masked: it may hold the name of a private person.
 */
public final class ContemptOfCourtRule extends SimpleRule<Draft> {

    static final RuleInfo INFO = RuleInfo.builder("conduct.contempt-of-court")
            .title("Contempt of court risk")
            .category(Category.CONDUCT)
            .severity(Severity.BLOCK)
            .clauses("CO-3")
            .rationale("Nothing may be posted that constitutes contempt of court (OFF): while a case is live, "
                    + "saying a defendant is guilty can prejudice the trial.")
            .fires("John Doe appears in court tomorrow charged with the fly-tipping. He clearly did it.")
            .passes("A man has been charged with fly-tipping and will appear at Exeter Magistrates' Court.")
            .build();

    /** For the service loader. */
    public ContemptOfCourtRule() {
        super(INFO, Draft.class);
    }

    @Override
    public void check(Draft draft, RuleContext ctx) {
        DraftSignals s = DraftSignals.of(draft, ctx);
        if (!s.has(Signal.LIVE_CASE) || !(s.has(Signal.GUILT) || s.has(Signal.GUILT_LABEL))) {
            return;
        }
        for (Hit g : s.hits(Signal.GUILT)) {
            if (factual(s, g) || !personNear(s, g)) {
                continue;
            }
            report(ctx, s, g);
            return;
        }
        for (Hit g : s.hits(Signal.GUILT_LABEL)) {
            // "the thief Jane Doe", "the burglar, Jane Doe,"
            int next = s.wordAfterStart(g.end());
            if (next < 0 || next - g.end() > 3 || !s.capitalised(next) || s.negatedBefore(g.start(), 12)
                    || alleged(s, g)) {
                continue;
            }
            report(ctx, s, g);
            return;
        }
    }

    private static void report(RuleContext ctx, DraftSignals s, Hit g) {
        ctx.report(ctx.finding()
                .kind(ConductKind.CONTEMPT_OF_COURT)
                .span(s.span(g.start(), g.end()))
                .excerpt(Masking.mask(s.excerpt(g.start(), g.end())))
                .message("This calls someone guilty while criminal proceedings appear to be live. Saying a "
                        + "defendant is guilty before the court decides risks contempt of court.")
                .suggestion("Report only the facts the police or court have published (charged with…, due to "
                        + "appear at…), and turn off comments if needed."));
    }

    /** "pleaded guilty", "found guilty", "not guilty", "alleged": facts or denials, not assertions. */
    private static boolean factual(DraftSignals s, Hit g) {
        String before = s.wordBefore(g.start());
        return before.equals("found") || before.equals("pleaded") || before.equals("pled") || before.equals("admitted")
                || before.equals("not") || s.negatedBefore(g.start(), 12) || alleged(s, g);
    }

    private static boolean alleged(DraftSignals s, Hit g) {
        String w1 = s.wordBefore(g.start(), 1);
        String w2 = s.wordBefore(g.start(), 2);
        return w1.equals("alleged") || w1.equals("suspected") || w1.equals("accused") || w1.equals("allegedly")
                || w2.equals("alleged") || w2.equals("suspected");
    }

    /**
     * A person in the sentence before the assertion: a personal pronoun, two capitalised words in a row ("Jane
     * Doe"), or a capitalised word that does not start the sentence. The pronoun may be inside the phrase ("he's
     * guilty", "lock him up").
     */
    private static boolean personNear(DraftSignals s, Hit g) {
        String text = s.text().text();
        String phrase = text.substring(g.start(), g.end());
        if (phrase.startsWith("he") || phrase.startsWith("she") || phrase.contains(" him ") || phrase.contains(" her ")
                || phrase.contains(" he") || phrase.contains(" she")) {
            return true;
        }
        int from = g.start();
        int sentence = s.sentence(g.start());
        int i = from;
        boolean previousCapitalised = false;
        while (i > 0 && s.sentence(i - 1) == sentence) {
            while (i > 0 && !Character.isLetterOrDigit(text.charAt(i - 1))) {
                i--;
            }
            int end = i;
            while (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
                i--;
            }
            if (end == i) {
                break;
            }
            String w = text.substring(i, end);
            if (w.equals("he") || w.equals("she") || w.equals("him") || w.equals("her")) {
                return true;
            }
            boolean cap = s.capitalised(i);
            if (cap && (previousCapitalised || !s.sentenceInitial(i))) {
                return true;
            }
            previousCapitalised = cap;
        }
        return false;
    }

}
