package org.councilpolicy.media.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.councilpolicy.media.testkit.MediaAssertions.assertThatClearance;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.councilpolicy.core.profile.Profile;
import org.councilpolicy.media.clearance.ActionCode;
import org.councilpolicy.media.clearance.ClearanceDecision;
import org.councilpolicy.media.clearance.ImageSource;
import org.councilpolicy.media.clearance.IncidentDetails;
import org.councilpolicy.media.clearance.PhotoClearance;
import org.councilpolicy.media.clearance.PhotoContext;
import org.councilpolicy.media.clearance.PhotoDeclaration;
import org.councilpolicy.media.clearance.PhotoSubject;
import org.councilpolicy.media.clearance.VisibleItem;
import org.junit.jupiter.api.Test;

class MediaAssertionsTest {

    private static final PhotoClearance CLEARANCE = PhotoClearance.of(Profile.builder("test").build(),
            Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), ZoneId.of("Europe/London")));

    private static PhotoDeclaration.Builder own(PhotoContext c) {
        return PhotoDeclaration.builder(c).source(ImageSource.OWN);
    }

    @Test
    void eachOutcomePassesItsAssertion() {
        assertThatClearance(CLEARANCE.clear(own(PhotoContext.GENERAL).build())).isCleared().hasNoAction(ActionCode.SEEK_ADVICE);
        assertThatClearance(CLEARANCE.clear(own(PhotoContext.EVENT).subject(PhotoSubject.child(7)).build()))
                .isNotCleared().hasAction(ActionCode.OBTAIN_PARENTAL_CONSENT);
        assertThatClearance(CLEARANCE.clear(own(PhotoContext.INCIDENT).incident(IncidentDetails.afterTheIncident())
                .visible(VisibleItem.NUMBER_PLATE).build()))
                .needsEdit().hasAction(ActionCode.BLUR_NUMBER_PLATE);
        assertThatClearance(CLEARANCE.clear(own(PhotoContext.INCIDENT).incident(IncidentDetails.afterTheIncident())
                .visible(VisibleItem.NUMBER_PLATE).unsure(true).build()))
                .escalates().hasAction(ActionCode.ESCALATE_TO_STATION_MANAGER, ActionCode.BLUR_NUMBER_PLATE);
    }

    @Test
    void failuresListTheActions() {
        ClearanceDecision child = CLEARANCE.clear(own(PhotoContext.EVENT).subject(PhotoSubject.child(7)).build());
        assertThatThrownBy(() -> assertThatClearance(child).describedAs("p1").isCleared())
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("[p1] Expected decision CLEARED but was NOT_CLEARED.")
                .hasMessageContaining("actions (1):")
                .hasMessageContaining("OBTAIN_PARENTAL_CONSENT NOT_CLEARED (PH-1, PH-3): ")
                .hasMessageContaining("(no findings)");
        assertThatThrownBy(() -> assertThatClearance(child).hasAction(ActionCode.BLUR_UNDER_18))
                .hasMessageStartingWith("Expected action BLUR_UNDER_18 but there is none.");
        assertThatThrownBy(() -> assertThatClearance(child).hasAction(ActionCode.BLUR_UNDER_18, ActionCode.CHECK_PPE))
                .hasMessageStartingWith("Expected actions [BLUR_UNDER_18, CHECK_PPE] but there is none of them.");
        assertThatThrownBy(() -> assertThatClearance(child).hasNoAction(ActionCode.OBTAIN_PARENTAL_CONSENT))
                .hasMessageStartingWith("Expected no action OBTAIN_PARENTAL_CONSENT but it is listed.");
        assertThatThrownBy(() -> assertThatClearance(child).needsEdit()).hasMessageStartingWith("Expected decision NEEDS_EDIT");
        assertThatThrownBy(() -> assertThatClearance(child).escalates()).hasMessageStartingWith("Expected decision ESCALATE");
        ClearanceDecision clear = CLEARANCE.clear(own(PhotoContext.GENERAL).build());
        assertThatThrownBy(() -> assertThatClearance(clear).isNotCleared())
                .hasMessageStartingWith("Expected decision NOT_CLEARED but was CLEARED.")
                .hasMessageContaining("(no actions)");
    }

    @Test
    void nullsAndEmptyArgumentsFailFast() {
        assertThatThrownBy(() -> assertThatClearance((ClearanceDecision) null))
                .isInstanceOf(AssertionError.class).hasMessage("Expected a clearance decision but was null.");
        ClearanceDecision clear = CLEARANCE.clear(own(PhotoContext.GENERAL).build());
        assertThatThrownBy(() -> assertThatClearance(clear).hasAction()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> assertThatClearance(clear).is(null)).isInstanceOf(NullPointerException.class);
    }
}
