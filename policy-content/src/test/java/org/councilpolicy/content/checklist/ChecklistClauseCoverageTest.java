package org.councilpolicy.content.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.councilpolicy.core.engine.RuleRegistry;
import org.councilpolicy.core.rule.Procedure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every checklist clause: facts that fire it (the expected outcome and an action with the expected code citing
 * the clause) and near-identical facts that do not (GO, no action at all).
 */
class ChecklistClauseCoverageTest {

    record Row(String clause, String what, Supplier<ChecklistDecision> fires, Outcome outcome, String code,
               Supplier<ChecklistDecision> passes) {
        @Override
        public String toString() {
            return clause + ": " + what;
        }
    }

    static Stream<Row> rows() {
        CrisisCheck crisis = new CrisisCheck();
        ConflictCheck conflict = new ConflictCheck();
        CampaignApproval campaign = new CampaignApproval();
        PaidPromotion boost = new PaidPromotion();
        CovertMonitoring covert = new CovertMonitoring();
        WikiEdit wiki = new WikiEdit();
        BlockingRequest blocking = new BlockingRequest();
        PostComplaintHandling complaints = new PostComplaintHandling();
        Set<SurveillanceActivity> befriend = Set.of(SurveillanceActivity.COVERT_RELATIONSHIP);
        return Stream.of(
                new Row("SC-2", "press reporting negatively",
                        () -> crisis.evaluate(CrisisSigns.builder().pressReportingNegatively(true).build()),
                        Outcome.HOLD, "STOP_POSTING",
                        () -> crisis.evaluate(CrisisSigns.builder().build())),
                new Row("SC-3", "a conflicting event at the same time",
                        () -> conflict.evaluate(new PostingConflicts(true, List.of("flood warning"), false)),
                        Outcome.HOLD, "RESOLVE_CONFLICT",
                        () -> conflict.evaluate(PostingConflicts.noneFound())),
                new Row("SC-4", "campaign without the Communications Team",
                        () -> campaign.evaluate(new CampaignPlan(true, false)),
                        Outcome.HOLD, "INVOLVE_COMMUNICATIONS_TEAM",
                        () -> campaign.evaluate(new CampaignPlan(true, true))),
                new Row("SC-5", "boost without a budget code",
                        () -> boost.evaluate(new PaidPromotionRequest(true, " ", true)),
                        Outcome.HOLD, "PROVIDE_BUDGET_CODE",
                        () -> boost.evaluate(new PaidPromotionRequest(true, "CC-4410", true))),
                new Row("SC-8", "covert relationship in a criminal investigation without RIPA",
                        () -> covert.evaluate(new SurveillancePlan(befriend, true, null)),
                        Outcome.NOT_ALLOWED, "OBTAIN_RIPA_AUTHORISATION",
                        () -> covert.evaluate(new SurveillancePlan(befriend, true, "TS/2026/014"))),
                new Row("SC-11", "wiki edit without reading the terms",
                        () -> wiki.evaluate(new WikiEditPlan(true, false, EditorPermission.NOT_NEEDED, true)),
                        Outcome.HOLD, "READ_SITE_TERMS",
                        () -> wiki.evaluate(new WikiEditPlan(true, true, EditorPermission.NOT_NEEDED, true))),
                new Row("MD-8", "persistent offender not yet warned",
                        () -> blocking.evaluate(new BlockingEvidence(4, 0, 30, 0, true)),
                        Outcome.HOLD, "WARN_FIRST",
                        () -> blocking.evaluate(new BlockingEvidence(4, 0, 30, 1, true))),
                new Row("MD-1", "blocking for one removed comment (criticism is never removed)",
                        () -> blocking.evaluate(new BlockingEvidence(1, 0, 30, 1, true)),
                        Outcome.NOT_ALLOWED, "NOT_JUSTIFIED",
                        () -> blocking.evaluate(new BlockingEvidence(0, 2, 30, 0, true))),
                new Row("IN-7", "long public exchange not taken to DM",
                        () -> complaints.evaluate(new PostComplaint(Duration.ofHours(3),
                                ComplaintResponse.REPLIED_WITH_REASONING, 5, false)),
                        Outcome.HOLD, "TAKE_TO_DIRECT_MESSAGE",
                        () -> complaints.evaluate(new PostComplaint(Duration.ofHours(3),
                                ComplaintResponse.REPLIED_WITH_REASONING, 5, true))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void firesOnTheFiringFacts(Row row) {
        ChecklistDecision d = row.fires().get();
        assertThat(d.outcome()).as(row.toString()).isEqualTo(row.outcome());
        assertThat(d.actions()).filteredOn(a -> a.code().equals(row.code())).singleElement()
                .satisfies(a -> {
                    assertThat(a.clauses()).contains(row.clause());
                    assertThat(a.message()).isNotBlank();
                });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void doesNotFireOnThePassingFacts(Row row) {
        ChecklistDecision d = row.passes().get();
        assertThat(d.outcome()).as(row + ": " + d.actions()).isEqualTo(Outcome.GO);
        assertThat(d.actions()).isEmpty();
        assertThat(d.clauses()).doesNotContain(row.clause());
    }

    @Test
    void theTableCoversEveryClauseTheChecklistProceduresCite() {
        Set<String> cited = RuleRegistry.discover().procedures().stream().map(Procedure::info)
                .filter(i -> i.id().startsWith("checklist."))
                .flatMap(i -> i.clauses().stream()).collect(Collectors.toCollection(TreeSet::new));
        Set<String> table = rows().map(Row::clause).collect(Collectors.toCollection(TreeSet::new));
        assertThat(cited).containsExactlyInAnyOrder("SC-2", "SC-3", "SC-4", "SC-5", "SC-8", "SC-11", "MD-8", "MD-1",
                "IN-7");
        assertThat(table).isEqualTo(cited);
    }
}
