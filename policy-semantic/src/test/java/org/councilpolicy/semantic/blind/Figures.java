package org.councilpolicy.semantic.blind;

import static org.assertj.core.api.Assertions.assertThat;

import org.councilpolicy.core.testsupport.BlindSet;
import java.util.Locale;
import java.util.Set;
import org.councilpolicy.semantic.blind.BlindSemanticEvaluation.Tally;

/** The headline figures from the tallies, and the gates just under what was measured (docs/accuracy.md). */
record Figures(Tally cRules, Tally cStage, Tally dRules, Tally dStage) {

    static final Set<String> KEEP = Set.of("criticism", "legitimate");
    static final Set<String> DELETABLE = Set.of("hate_implicit", "threat_veiled", "harassment", "naming_public",
            "abuse_no_swearing");
    static final Set<String> POLITICAL_OFFICIAL = Set.of("political_official CORPORATE", "political_official SERVICE",
            "political_official OFFICER_PERSONAL");
    static final Set<String> CONDUCT = Set.of("conduct_official CORPORATE", "conduct_official SERVICE",
            "conduct_official OFFICER_PERSONAL", "conduct_official COUNCILLOR");
    static final Set<String> CLEAN = Set.of("clean_official CORPORATE", "clean_official SERVICE",
            "clean_official OFFICER_PERSONAL", "councillor_campaigning COUNCILLOR");

    /**
     * Rules-only figures, measured before the stage existed (docs/accuracy.md): deletable comments caught 23/157,
     * hate_implicit 4/35, political opinion on official drafts 21/64, conduct 7/34, legitimate comments acted on
     * 2/184, criticism deleted 2 (by the rules; the stage cannot delete). The gates keep them, except criticism
     * deleted: 0 since issue 12's second pass (criticism is never a ground, MD-1).
     */
    static final int RULES_CRITICISM_DELETED_MAX = 0;
    static final int RULES_DELETABLE_CAUGHT_MIN = 23;
    /**
     * With the stage, measured after hate-implicit-2 and the encoder's readable text (docs/accuracy.md, issue 15's
     * second round): deletable 128/157, hate_implicit 24/35, political opinion on official drafts 59/64, conduct
     * 29/34; legitimate comments acted on 8/184, clean drafts given POLITICAL or CONDUCT 5/121, councillors'
     * campaigning 0/34. Gates just under (over, for costs).
     * Round 8 traded a little recall here for fewer escalations of text to keep (r8-sem's keep-side exemplars): on
     * this set deletable 128 -> 123 and legitimate acted on 8 -> 5 of 184; on the round-8 held-out comments, comments
     * to keep escalated 31 -> 19 of 265 with comments to act on 142 -> 143 of 157 (docs/accuracy.md). The gates follow
     * both figures: deletable just under 123, legitimate acted on just over 5; political 60/64 and conduct 30/34
     * rose, and their gates with them.
     * Round 9 traded one councillors' campaigning draft for predetermination found when a councillor's committees are
     * not known: neutrality.predetermination now also asks the committee rule's composition (REVIEW). On the round-8
     * held-out drafts, which give no committee, predetermination found by the rules went from 3 to 12 of 26 with
     * councillors' campaigning flagged unchanged at 1 of 24. On this set, campaigning flagged went from 0 to 1 of 34
     * (the lead saw only that draft's element labels, "will vote against" on "a development"). Gate: at most 1.
     */
    static final int STAGE_CAMPAIGNING_FLAGGED_MAX = 1;
    static final int STAGE_DELETABLE_MIN = 120;
    static final int STAGE_HATE_MIN = 22;
    static final int STAGE_POLITICAL_MIN = 58;
    static final int STAGE_CONDUCT_MIN = 28;
    static final int STAGE_LEGITIMATE_ACTED_MAX = 7;
    static final int STAGE_CLEAN_DRAFTS_MAX = 7;

    static Figures of(Tally cRules, Tally cStage, Tally dRules, Tally dStage) {
        return new Figures(cRules, cStage, dRules, dStage);
    }

    private static String gain(String what, Tally rules, Tally stage, Set<String> classes) {
        int n = rules.items(classes, true);
        int r = rules.hits(classes, true);
        int s = stage == null ? r : stage.hits(classes, true);
        double needed = (n - r) / 2.0;
        return String.format(Locale.ROOT, "- %s: rules only %s, rules + semantic %s; gain %d of the %d the rules miss "
                + "(target at least %.1f)%n", what, BlindSet.ratio(r, n), BlindSet.ratio(s, n), s - r, n - r, needed);
    }

    private static String rate(String what, Tally rules, Tally stage, Set<String> classes) {
        int n = rules.items(classes, true);
        return String.format(Locale.ROOT, "- %s: rules only %s, rules + semantic %s%n", what,
                BlindSet.ratio(rules.hits(classes, true), n),
                stage == null ? "-" : BlindSet.ratio(stage.hits(classes, true), n));
    }

    String summary() {
        StringBuilder b = new StringBuilder("\nHeadline figures\n\n");
        b.append(gain("deletable comments caught (REVIEW or DELETE)", cRules, cStage, DELETABLE));
        b.append(gain("hate_implicit comments caught", cRules, cStage, Set.of("hate_implicit")));
        b.append(gain("political opinion on official drafts found", dRules, dStage, POLITICAL_OFFICIAL));
        b.append(gain("conduct drafts found", dRules, dStage, CONDUCT));
        b.append(rate("legitimate comments (criticism + legitimate) sent to REVIEW or DELETE", cRules, cStage, KEEP));
        b.append(rate("criticism sent to REVIEW or DELETE", cRules, cStage, Set.of("criticism")));
        b.append(rate("clean drafts given POLITICAL/CONDUCT", dRules, dStage, CLEAN));
        b.append(String.format(Locale.ROOT, "- criticism deleted: rules only %d, rules + semantic %d%n",
                cRules.of("criticism")[2], cStage == null ? cRules.of("criticism")[2] : cStage.of("criticism")[2]));
        return b.toString();
    }

    void assertGates() {
        assertThat(cRules.of("criticism")[2]).as("criticism deleted by the rules")
                .isLessThanOrEqualTo(RULES_CRITICISM_DELETED_MAX);
        assertThat(cRules.hits(DELETABLE, true)).as("deletable caught by the rules").isGreaterThanOrEqualTo(RULES_DELETABLE_CAUGHT_MIN);
        if (cStage != null) {
            // the stage never deletes: deletions with it equal deletions without it, class by class
            cRules.perClass().forEach((cls, c) -> assertThat(cStage.of(cls)[2]).as("deleted %s", cls).isEqualTo(c[2]));
            dRules.perClass().forEach((cls, c) -> assertThat(dStage.of(cls)[2]).as("blocked %s", cls).isEqualTo(c[2]));
            assertThat(cStage.hits(DELETABLE, true)).as("deletable caught with the stage").isGreaterThanOrEqualTo(STAGE_DELETABLE_MIN);
            assertThat(cStage.of("hate_implicit")[1]).as("hate_implicit caught with the stage").isGreaterThanOrEqualTo(STAGE_HATE_MIN);
            assertThat(dStage.hits(POLITICAL_OFFICIAL, true)).as("political opinion on official drafts")
                    .isGreaterThanOrEqualTo(STAGE_POLITICAL_MIN);
            assertThat(dStage.hits(CONDUCT, true)).as("conduct drafts").isGreaterThanOrEqualTo(STAGE_CONDUCT_MIN);
            assertThat(cStage.hits(KEEP, true)).as("legitimate comments acted on").isLessThanOrEqualTo(STAGE_LEGITIMATE_ACTED_MAX);
            // the limit: no more than 10% of legitimate comments sent to REVIEW
            assertThat((double) cStage.hits(KEEP, true)).isLessThanOrEqualTo(0.10 * cStage.items(KEEP, true));
            assertThat(dStage.hits(CLEAN, true)).as("clean drafts given POLITICAL or CONDUCT").isLessThanOrEqualTo(STAGE_CLEAN_DRAFTS_MAX);
            assertThat(dStage.of("councillor_campaigning COUNCILLOR")[1]).as("councillors' campaigning flagged")
                    .isLessThanOrEqualTo(STAGE_CAMPAIGNING_FLAGGED_MAX);
        }
    }
}
