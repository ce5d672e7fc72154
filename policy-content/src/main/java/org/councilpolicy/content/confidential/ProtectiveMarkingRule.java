package org.councilpolicy.content.confidential;

import java.util.List;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.core.analysis.TextAnalysis;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.RuleContext;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.Severity;
import org.councilpolicy.core.rule.SimpleRule;
import org.councilpolicy.core.rule.Span;
import org.councilpolicy.core.text.Lexicon;
import org.councilpolicy.core.text.LexiconMatch;

/**
 * PD-5: protective markings (OFFICIAL-SENSITIVE, SECRET, "Commercial in confidence"…) and internal-only
 * labels ("internal only", "not for circulation", "draft – not for release") in a draft. Single-word markings
 * count only in capitals ("SECRET", not "best-kept secret"); OFFICIAL alone counts only as a header line, and
 * then only for review.
 */
public final class ProtectiveMarkingRule extends SimpleRule<Draft> {

    static final RuleInfo INFO = RuleInfo.builder("confidential.marking")
            .title("Protective markings and internal-only material")
            .category(Category.CONFIDENTIAL)
            .severity(Severity.BLOCK)
            .clauses("PD-5")
            .rationale("Material that is restricted, confidential or internal must never be posted; a protective "
                    + "marking or an \"internal only\" label in a draft shows it was copied from such material.")
            .fires("OFFICIAL-SENSITIVE: draft budget options for 2026/27 attached.")
            .passes("Join us for the official opening of the new play park on Saturday.")
            .build();

    /** The kinds of marking, as reported in the finding's kind. */
    enum Marking {
        /** In any case: "official-sensitive", "commercial in confidence". */
        PHRASE_MARKING(ConfidentialKind.PROTECTIVE_MARKING),
        /** Only in capitals: "SECRET", "RESTRICTED", "PROTECT", "CONFIDENTIAL". */
        CAPITALS_MARKING(ConfidentialKind.PROTECTIVE_MARKING),
        /** "OFFICIAL" as a header line. */
        OFFICIAL_HEADER(ConfidentialKind.PROTECTIVE_MARKING),
        /** "internal only", "not for circulation". */
        INTERNAL(ConfidentialKind.INTERNAL_ONLY);

        final ConfidentialKind kind;

        Marking(ConfidentialKind kind) {
            this.kind = kind;
        }
    }

    private static final String[] PHRASES = {"official-sensitive", "official sensitive", "official - sensitive",
        "official \u2013 sensitive", "official sensitive commercial", "official-sensitive personal",
        "commercial in confidence", "commercial-in-confidence", "private and confidential",
        "strictly private and confidential", "strictly confidential", "in strict confidence",
        "confidential - not for", "protect - personal", "protect - commercial", "protect: personal"};
    private static final String[] CAPITALS = {"SECRET", "TOP SECRET", "RESTRICTED", "PROTECT", "CONFIDENTIAL",
        "SENSITIVE"};
    private static final String[] INTERNAL = {"internal only", "for internal use only", "internal use only",
        "for internal use", "internal circulation only", "for internal circulation", "not for circulation",
        "not for wider circulation", "not for onward circulation", "not for general circulation",
        "not for publication", "not for public release", "not for release", "not to be published",
        "not for public consumption", "not to be shared", "not to be circulated", "staff only - do not share",
        "do not forward", "do not circulate", "do not publish", "draft - not for release", "draft: not for release",
        "members only briefing", "not for the public domain"};

    private static final Lexicon<Marking> LEXICON = build();

    /** Creates the rule (for the service loader). */
    public ProtectiveMarkingRule() {
        super(INFO, Draft.class);
    }

    @Override
    public void check(Draft draft, RuleContext ctx) {
        String text = draft.text();
        var normalised = TextAnalysis.of(ctx, text).normalised();
        if (!LEXICON.containsAny(normalised)) {
            return; // the common case: no cue at all
        }
        List<LexiconMatch<Marking>> matches = LEXICON.findLongest(normalised);
        if (matches.isEmpty()) {
            return;
        }
        boolean shouting = mostlyCapitals(text);
        int lastEnd = -1;
        for (LexiconMatch<Marking> m : matches) {
            Span span = m.original();
            if (span.start() < lastEnd) {
                continue;
            }
            String found = span.of(text);
            Marking marking = m.payload();
            boolean unsure = false;
            switch (marking) {
                case CAPITALS_MARKING -> {
                    if (!found.equals(found.toUpperCase(java.util.Locale.ROOT))) {
                        continue;
                    }
                    unsure = shouting;
                }
                case OFFICIAL_HEADER -> {
                    if (!found.equals("OFFICIAL") || !isHeader(text, span)) {
                        continue;
                    }
                    unsure = true;
                }
                default -> {
                }
            }
            lastEnd = span.end();
            var f = ctx.finding()
                    .kind(marking.kind)
                    .span(span)
                    .excerpt(found)
                    .message(marking == Marking.INTERNAL
                            ? "The draft is labelled as internal or not for publication."
                            : "The draft carries a protective marking (" + found.strip() + ").")
                    .suggestion("Do not post material that is restricted, confidential or internal; publish only "
                            + "what has been cleared for release, without its markings.");
            if (unsure) {
                f.unsure(marking == Marking.OFFICIAL_HEADER
                        ? "OFFICIAL alone is the lowest marking and is often left on public material"
                        : "the whole draft is in capitals, so this may be an ordinary word");
            }
            ctx.report(f);
        }
    }

    /** "OFFICIAL" on a line of its own, or followed by a colon or dash at the start of a line. */
    private static boolean isHeader(String text, Span span) {
        int before = span.start() - 1;
        while (before >= 0 && (text.charAt(before) == ' ' || text.charAt(before) == '\t')) {
            before--;
        }
        if (before >= 0 && text.charAt(before) != '\n') {
            return false;
        }
        int after = span.end();
        while (after < text.length() && (text.charAt(after) == ' ' || text.charAt(after) == '\t')) {
            after++;
        }
        return after == text.length() || text.charAt(after) == '\n' || text.charAt(after) == ':'
                || text.charAt(after) == '-' || text.charAt(after) == '\u2013';
    }

    private static boolean mostlyCapitals(String text) {
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        return letters >= 20 && upper * 10 >= letters * 6;
    }

    private static Lexicon<Marking> build() {
        Lexicon.Builder<Marking> b = Lexicon.builder();
        for (String p : PHRASES) {
            b.add(p, Marking.PHRASE_MARKING);
        }
        for (String p : CAPITALS) {
            b.add(p, Marking.CAPITALS_MARKING);
        }
        b.add("OFFICIAL", Marking.OFFICIAL_HEADER);
        for (String p : INTERNAL) {
            b.add(p, Marking.INTERNAL);
        }
        return b.build();
    }

    /**
     * The protective markings, for the union of the lexicons that scan a draft's normalised view together.
     *
     * @return the lexicon
     */
    public static Lexicon<?> markings() {
        return LEXICON;
    }
}
