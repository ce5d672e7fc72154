package org.councilpolicy.content.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The individual checklists: every action code, the edge cases, null arguments and the result shape. */
class ChecklistsTest {

    @Test
    void aCrisisHoldsWithAllFourStepsAndDropsOnlyThoseDone() {
        CrisisCheck check = new CrisisCheck();
        for (CrisisSigns signs : List.of(CrisisSigns.builder().onlyTopicNegative(true).build(),
                CrisisSigns.builder().highlyEmotive(true).build(), CrisisSigns.builder().highReputationalRisk(true).build(),
                CrisisSigns.builder().legalInNature(true).build(),
                CrisisSigns.builder().pressReportingNegatively(true).build())) {
            ChecklistDecision d = check.evaluate(signs);
            assertThat(d.outcome()).isEqualTo(Outcome.HOLD);
            assertThat(d.codes()).containsExactly("POST_LISTENING_RESPONSE", "STOP_POSTING", "ALERT_MANAGER",
                    "ALERT_COMMUNICATIONS_TEAM");
            assertThat(d.clauses()).containsExactly("SC-2");
        }
        ChecklistDecision done = check.evaluate(CrisisSigns.builder().legalInNature(true).listeningResponsePosted(true)
                .managerAlerted(true).communicationsTeamAlerted(true).build());
        assertThat(done.outcome()).isEqualTo(Outcome.HOLD);
        assertThat(done.codes()).containsExactly("STOP_POSTING");
    }

    @Test
    void conflictsNeedLookingAndCoordinating() {
        ConflictCheck check = new ConflictCheck();
        assertThat(check.evaluate(new PostingConflicts(false, List.of(), true)).codes())
                .containsExactly("CHECK_WHAT_ELSE_IS_HAPPENING", "COORDINATE_WITH_COLLEAGUES");
        assertThatThrownBy(() -> new PostingConflicts(true, List.of(" "), false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("conflicts");
        assertThat(new PostingConflicts(true, List.of("Cllr Ann Example's surgery"), false).toString())
                .doesNotContain("Ann").contains("conflicts=1");
    }

    @Test
    void aCampaignWithNothingInPlaceNeedsBoth() {
        assertThat(new CampaignApproval().evaluate(new CampaignPlan(false, false)).codes())
                .containsExactly("OBTAIN_MANAGER_PERMISSION", "INVOLVE_COMMUNICATIONS_TEAM");
    }

    @Test
    void aBoostWithNothingInPlaceNeedsAllThree() {
        ChecklistDecision d = new PaidPromotion().evaluate(new PaidPromotionRequest(false, null, false));
        assertThat(d.outcome()).isEqualTo(Outcome.HOLD);
        assertThat(d.codes()).containsExactly("OBTAIN_BUDGET_HOLDER_APPROVAL", "PROVIDE_BUDGET_CODE",
                "ARRANGE_VIA_COMMUNICATIONS_TEAM");
    }

    @Test
    void ripaIsNeededOnlyForMonitoringOrCovertRelationshipsInACriminalInvestigation() {
        CovertMonitoring check = new CovertMonitoring();
        Set<SurveillanceActivity> monitor = Set.of(SurveillanceActivity.MONITORING);
        assertThat(check.evaluate(new SurveillancePlan(monitor, true, "")).outcome()).isEqualTo(Outcome.NOT_ALLOWED);
        assertThat(check.evaluate(new SurveillancePlan(monitor, false, null)).isGo()).isTrue();
        assertThat(check.evaluate(new SurveillancePlan(Set.of(), true, null)).isGo()).isTrue();
        assertThat(new SurveillancePlan(monitor, true, "TS/2026/014").toString())
                .doesNotContain("TS/2026/014").contains("ripaAuthorisation=true");
    }

    @Test
    void wikiEditsAboutTheCouncilNeedEveryStep() {
        WikiEdit check = new WikiEdit();
        assertThat(check.evaluate(new WikiEditPlan(true, false, EditorPermission.NEEDED, false)).codes())
                .containsExactly("READ_SITE_TERMS", "ASK_WIKI_EDITOR", "SEEK_COMMUNICATIONS_ADVICE");
        assertThat(check.evaluate(new WikiEditPlan(true, true, EditorPermission.GIVEN, true)).isGo()).isTrue();
        assertThat(check.evaluate(new WikiEditPlan(false, false, EditorPermission.NEEDED, false)).isGo()).isTrue();
    }

    @Test
    void blockingFollowsTheDocumentedThresholds() {
        BlockingRequest check = new BlockingRequest();
        assertThat(check.evaluate(new BlockingEvidence(3, 0, 90, 1, true)).isGo()).isTrue();
        assertThat(check.evaluate(new BlockingEvidence(2, 1, 90, 5, true)).outcome()).isEqualTo(Outcome.NOT_ALLOWED);
        assertThat(check.evaluate(new BlockingEvidence(0, 0, 10, 0, true)).actions()).singleElement()
                .satisfies(a -> assertThat(a.clauses()).containsExactly("MD-8", "MD-1"));
        // abuse of staff needs no warning, but the Communications Team must know
        assertThat(check.evaluate(new BlockingEvidence(0, 2, 7, 0, false)).codes())
                .containsExactly("INFORM_COMMUNICATIONS_TEAM");
        assertThat(check.evaluate(new BlockingEvidence(9, 9, 91, 9, true)).codes())
                .containsExactly("RECOUNT_WITHIN_WINDOW");
        BlockingRequest strict = new BlockingRequest(5, 3, 30, 2);
        assertThat(strict.evaluate(new BlockingEvidence(4, 2, 30, 2, true)).outcome()).isEqualTo(Outcome.NOT_ALLOWED);
        assertThat(strict.evaluate(new BlockingEvidence(5, 0, 30, 1, true)).codes()).containsExactly("WARN_FIRST");
        assertThatThrownBy(() -> new BlockingRequest(0, 1, 1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BlockingEvidence(-1, 0, 1, 0, true)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BlockingEvidence(0, 0, 0, 0, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("periodDays");
    }

    @Test
    void complaintsAreDealtWithQuicklyAndExplained() {
        PostComplaintHandling check = new PostComplaintHandling();
        assertThat(check.evaluate(new PostComplaint(Duration.ofHours(30), ComplaintResponse.NONE, 0, false)).codes())
                .containsExactly("OVERDUE", "REPLY_OR_REMOVE");
        assertThat(check.evaluate(new PostComplaint(Duration.ofHours(2), ComplaintResponse.NONE, 0, false)).codes())
                .containsExactly("REPLY_OR_REMOVE");
        assertThat(check.evaluate(new PostComplaint(Duration.ofHours(24), ComplaintResponse.NONE, 0, false)).codes())
                .containsExactly("REPLY_OR_REMOVE");
        assertThat(check.evaluate(new PostComplaint(Duration.ofHours(1),
                ComplaintResponse.REMOVED_WITHOUT_EXPLANATION, 0, false)).codes())
                .containsExactly("EXPLAIN_TO_COMPLAINANT");
        assertThat(check.evaluate(new PostComplaint(Duration.ofHours(1),
                ComplaintResponse.REMOVED_AND_EXPLAINED, 2, false)).isGo()).isTrue();
        assertThat(new PostComplaintHandling(Duration.ofHours(4)).evaluate(new PostComplaint(Duration.ofHours(5),
                ComplaintResponse.NONE, 0, false)).codes()).contains("OVERDUE");
        assertThatThrownBy(() -> new PostComplaintHandling(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PostComplaint(Duration.ofHours(-1), ComplaintResponse.NONE, 0, false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nullArgumentsFailFastNamingTheParameter() {
        assertNpe(() -> new CrisisCheck().evaluate(null), "signs");
        assertNpe(() -> new ConflictCheck().evaluate(null), "declared");
        assertNpe(() -> new CampaignApproval().evaluate(null), "plan");
        assertNpe(() -> new PaidPromotion().evaluate(null), "request");
        assertNpe(() -> new CovertMonitoring().evaluate(null), "plan");
        assertNpe(() -> new WikiEdit().evaluate(null), "plan");
        assertNpe(() -> new BlockingRequest().evaluate(null), "evidence");
        assertNpe(() -> new PostComplaintHandling().evaluate(null), "complaint");
        assertNpe(() -> new PostComplaintHandling(null), "respondWithin");
        assertNpe(() -> new PostingConflicts(true, null, false), "conflicts");
        assertNpe(() -> new SurveillancePlan(null, true, null), "activities");
        assertNpe(() -> new WikiEditPlan(true, true, null, true), "editorPermission");
        assertNpe(() -> new PostComplaint(null, ComplaintResponse.NONE, 0, false), "sinceReceived");
        assertNpe(() -> new PostComplaint(Duration.ZERO, null, 0, false), "response");
        assertNpe(() -> new ChecklistAction(null, List.of("SC-2"), "m"), "code");
        assertNpe(() -> new ChecklistDecision(null, List.of()), "outcome");
    }

    @Test
    void theResultShapeIsConsistent() {
        assertThatThrownBy(() -> new ChecklistDecision(Outcome.HOLD, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        ChecklistAction a = new ChecklistAction("X", List.of("SC-2"), "m");
        assertThatThrownBy(() -> new ChecklistDecision(Outcome.GO, List.of(a)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ChecklistAction("X", List.of(), "m")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ChecklistAction(" ", List.of("SC-2"), "m"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ChecklistDecision.go().isGo()).isTrue();
        assertThat(ChecklistDecision.go().codes()).isEmpty();
    }

    private static void assertNpe(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String name) {
        assertThatThrownBy(call).isInstanceOf(NullPointerException.class).hasMessage(name);
    }
}
