package org.councilpolicy.content.neutrality;

import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.RuleContext;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.RuleOption;
import org.councilpolicy.core.rule.Severity;

/**
 * PN-1, PN-2, PN-5: an official account names a political party in a political sense, or praises or blames a
 * party, the government or a named politician.
 *
 * <p>Praise or blame is a BLOCK (partisan comment). A party named without comment (election results, the
 * composition of the council, a candidates list, a group's motion) is a factual report (PN-5): the rule's
 * {@code factualSeverity}, ADVICE by default. A party named beside an opinion the rule cannot tie to it, or used
 * as a label for something else ("Tory-style privatisers"), stays a REVIEW. Homonyms ("green
 * waste", "the labour market", "a conservative estimate", "reform of the service", "Greens Lane") are not
 * parties: ambiguous names count only when capitalised and, for the most ambiguous ones, with a political
 * word nearby.
 */
public final class PartyPoliticsRule extends ProfileNamesRule {

    private static final String FACTUAL = "factualSeverity";

    static final RuleInfo INFO = RuleInfo.builder("neutrality.party-politics")
            .title("Party politics on an official account")
            .category(Category.POLITICAL)
            .severity(Severity.BLOCK)
            .clauses("PN-1", "PN-2", "PN-5")
            .rationale("Official council accounts are never used for political gain (SHWD 3.6); officers on "
                    + "official sites make no political or partisan comment, support or sympathy included (OFF). "
                    + "A party named in council publicity needs sign-off at least (SCC 4.2).")
            .fires("Thanks to the hard work of the Conservative-led administration, the new leisure centre opens today.")
            .passes("The new leisure centre opens today. Green waste collections resume on Monday.")
            .option(RuleOption.severity(FACTUAL, Severity.ADVICE, "The severity of a party named without comment: "
                    + "election administration and results, the council's composition, a group or a candidate's "
                    + "affiliation"))
            .build();


    /** For the service loader. */
    public PartyPoliticsRule() {
        super(INFO);
    }

    @Override
    protected void check(Draft draft, RuleContext ctx, ProfileNames names) {
        if (!Drafts.official(draft)) {
            return;
        }
        DraftSignals s = DraftSignals.of(draft, ctx);
        PoliticalContent p = s.political();
        int coveredUntil = -1;
        java.util.List<int[]> reported = new java.util.ArrayList<>();
        for (Judgement j : p.praiseOrBlame()) {
            if (j.start() < coveredUntil) {
                continue;
            }
            var f = ctx.finding()
                    .kind(NeutralityKind.PARTISAN_COMMENT)
                    .clauses("PN-1", "PN-2")
                    .span(s.span(j.start(), j.end()))
                    .excerpt(s.excerpt(j.start(), j.end()))
                    .message("Partisan comment on an official account: \"" + j.marker() + "\" about "
                            + describe(j.about()) + ". Official accounts make no political comment and show no "
                            + "support or sympathy for a party or the government.")
                    .suggestion("State the facts of the service without crediting or blaming a party, the "
                            + "government or a politician.");
            if (!j.strong()) {
                f.unsure("\"" + j.marker() + "\" may be a statement of fact");
            }
            ctx.report(f);
            reported.add(new int[] {j.start(), j.end()});
            coveredUntil = j.end();
        }
        // Blame of a named politician from the profile (public figures, councillors).
        for (ProfileNames.Found person : names.find(draft, ctx)) {
            if (person.kind() != ProfileNames.Kind.PUBLIC_FIGURE && person.kind() != ProfileNames.Kind.COUNCILLOR) {
                continue;
            }
            Hit blame = s.nearest(Signal.BLAME, person.start(), person.end(), DraftSignals.JUDGEMENT_WINDOW);
            Hit praise = s.nearest(Signal.PRAISE_STRONG, person.start(), person.end(), DraftSignals.JUDGEMENT_WINDOW);
            Hit marker = blame != null ? blame : praise;
            if (marker == null || inside(reported, marker.start())) {
                continue;
            }
            int a = Math.min(person.start(), marker.start());
            int b = Math.max(person.end(), marker.end());
            ctx.report(ctx.finding()
                    .kind(NeutralityKind.PARTISAN_COMMENT)
                    .clauses("PN-1", "PN-2")
                    .span(s.span(a, b))
                    .excerpt(s.excerpt(a, b))
                    .message("Partisan comment on an official account: \"" + marker.label()
                            + "\" about a named politician.")
                    .suggestion("Report what was decided or delivered, not a politician's credit or blame."));
            reported.add(new int[] {a, b});
        }
        for (PartyMention m : p.parties()) {
            if (inside(reported, m.start()) || insideCampaign(p, m)) {
                continue;
            }
            var named = ctx.finding()
                    .kind(NeutralityKind.PARTY_NAMED)
                    .clauses("PN-2", "PN-5")
                    .span(s.span(m.start(), m.end()))
                    .excerpt(s.excerpt(m.start(), m.end()))
                    .message(PartyComment.label(s, m)
                            ? "An official account uses the " + m.party() + " party's name as a label (\""
                                    + s.excerpt(m.start(), PartyComment.labelEnd(s, m)) + "\"): an ideological label "
                                    + "is political comment."
                            : "An official account names the " + m.party() + " party. Council publicity stays "
                                    + "politically neutral; a party name needs sign-off from a manager.")
                    .suggestion("Leave the party out: name the council, the committee or the role instead.")
                    .unsure("a party named without comment can be a factual report");
            if (s.has(Signal.ELECTION_ADMIN) || bracketed(s, m) || PartyComment.uncommented(s, m)) {
                // "Jo Bloggs (Labour) was elected", "the council is made up of 24 Conservative and 18 Labour
                // councillors": the fact of an affiliation, a result or a group, with no comment on it
                named.severity(ctx.settings().severity().atMost(ctx.settings().severityOption(FACTUAL)));
            }
            ctx.report(named);
        }
    }

    private static boolean bracketed(DraftSignals s, PartyMention m) {
        String t = s.text().text();
        int before = m.start() - 1;
        while (before >= 0 && t.charAt(before) == ' ') {
            before--;
        }
        int after = m.end();
        while (after < t.length() && (t.charAt(after) == ' ' || Character.isLetter(t.charAt(after)))) {
            after++; // "(Labour Party)", "(Liberal Democrats)"
        }
        return before >= 0 && t.charAt(before) == '(' && after < t.length() && t.charAt(after) == ')';
    }

    private static boolean inside(java.util.List<int[]> ranges, int pos) {
        for (int[] r : ranges) {
            if (pos >= r[0] && pos < r[1]) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideCampaign(PoliticalContent p, PartyMention m) {
        for (Hit h : p.campaigning()) {
            if (m.start() >= h.start() && m.start() <= h.end() + 5) {
                return true;
            }
        }
        return false;
    }

    private static String describe(String about) {
        return switch (about) {
            case "government" -> "the government";
            case "opposition" -> "the opposition";
            case "administration" -> "the administration";
            default -> "the " + about + " party";
        };
    }
}
