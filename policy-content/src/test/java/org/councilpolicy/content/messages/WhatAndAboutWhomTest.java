package org.councilpolicy.content.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.councilpolicy.content.draft.Platform;
import org.councilpolicy.core.calendar.Regime;
import org.councilpolicy.core.calendar.UkRegion;
import org.councilpolicy.core.profile.Jurisdiction;
import org.councilpolicy.core.profile.Profile;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: the type from what information is wanted and about whom, the complaint from a failure of service, and
 * the cue spans behind each decision.
 */
class WhatAndAboutWhomTest {

    private static final MessageClassifier ENGLAND = MessageClassifier.forProfile(CorpusRows.ENGLAND);

    private static Message email(String text) {
        return Message.builder(text).receivedAt(LocalDate.of(2026, 3, 2)).channel(Channel.PRIVATE)
                .sender("Jo Bloggs", null, "jo@example.com", null).build();
    }

    private static String covered(Message m, CueSpan span) {
        return m.text().substring(span.start(), span.end());
    }

    @Test
    void ownRecordsAreSubjectAccessByCompositionWhateverLawIsCited() {
        for (String text : new String[] {
                "Under FOI please send the notes your officers added to my council tax account.",
                "I want the footage from the Bank Street camera on Friday showing me at the machine.",
                "FOISA request: copies of every email between the licensing officers that mentions me."}) {
            Classification c = ENGLAND.classify(email(text));
            assertThat(c.type()).as(text).isEqualTo(RequestType.SAR);
            assertThat(c.cues()).as(text).anyMatch(s -> s.decides().equals("type"));
        }
    }

    @Test
    void aPlacesRecordsOrFiguresAreNotOwnData() {
        assertThat(ENGLAND.classify(email("Please send me my ward's air quality data for 2025.")).type())
                .isEqualTo(RequestType.EIR);
        assertThat(ENGLAND.classify(email("Please send me the number of reports logged about my street in 2025."))
                .type()).isEqualTo(RequestType.FOI);
    }

    @Test
    void aDeadRelativesRecordsAreFoi() {
        Classification c = ENGLAND.classify(email("My father died in May. I would like a copy of his care records "
                + "from the home the council placed him in."));
        assertThat(c.type()).isEqualTo(RequestType.FOI);
        Classification alive = ENGLAND.classify(email("I would like a copy of my son's care records."));
        assertThat(alive.type()).isEqualTo(RequestType.SAR);
    }

    @Test
    void testsAndResultsOfEnvironmentalThingsAreEirEvenUnderFoi() {
        Classification c = ENGLAND.classify(email("FOI request: the sampling results for the boating lake this summer."));
        assertThat(c.type()).isEqualTo(RequestType.EIR);
        assertThat(c.cues()).filteredOn(s -> s.cue().startsWith("env_strong")).isNotEmpty();
    }

    @Test
    void complaintFromAFailureOfServiceWithItsSpans() {
        Message m = email("Rang three times about the broken gate and each time was promised a call back. Nobody has "
                + "been in touch.");
        Classification c = ENGLAND.classify(m);
        assertThat(c.complaint()).isTrue();
        assertThat(c.type()).isEqualTo(RequestType.NONE);
        assertThat(c.cues()).filteredOn(s -> s.decides().equals("complaint")).extracting(s -> covered(m, s))
                .contains("was promised", "Nobody has been in touch");
        // A problem reported once, calmly, is a service request; criticism of a policy is not a complaint.
        assertThat(ENGLAND.classify(email("The litter bin on Quay Street is full, could someone empty it?"))
                .complaint()).isFalse();
        assertThat(ENGLAND.classify(email("The new one-way system is a waste of money and nobody wanted it."))
                .complaint()).isFalse();
        // Rude staff.
        assertThat(ENGLAND.classify(email("The warden at the car park swore at me when I asked for help."))
                .complaint()).isTrue();
    }

    @Test
    void requestAndComplaintTogether() {
        Classification c = ENGLAND.classify(email("You lost the documents I posted twice. Please send me a copy of "
                + "everything you hold about me."));
        assertThat(c.type()).isEqualTo(RequestType.SAR);
        assertThat(c.complaint()).isTrue();
        assertThat(c.cues()).extracting(CueSpan::decides).contains("type", "complaint");
    }

    @Test
    void spansMapBackThroughUnicodeTricks() {
        Message m = email("\uD83D\uDE21\uD83D\uDE21 Ｐlease send me everything you hold about me.");
        Classification c = ENGLAND.classify(m);
        assertThat(c.type()).isEqualTo(RequestType.SAR);
        assertThat(c.cues()).filteredOn(s -> s.decides().equals("type"))
                .allMatch(s -> s.start() >= 0 && s.end() <= m.text().length() && s.start() < s.end())
                .extracting(s -> covered(m, s)).contains("hold about me");
    }

    @Test
    void casualQuestionOnSocialMediaIsAskedAbout() {
        Message m = Message.builder("Just wondering, how many people work at the museum?")
                .receivedAt(LocalDate.of(2026, 3, 2)).channel(Channel.PUBLIC).platform(Platform.FACEBOOK).build();
        Classification c = ENGLAND.classify(m);
        assertThat(c.ambiguous()).isTrue();
        assertThat(c.has(MessageAction.ASK_IF_FOI)).isTrue();
        assertThat(c.cues()).extracting(s -> covered(m, s)).contains("Just wondering");
    }

    @Test
    void validityNeedsARealNameAndAnAddressForEveryType() {
        Message named = email("Please send me the noise readings taken at the quarry in 2025.");
        assertThat(ENGLAND.classify(named).valid()).isTrue();
        Message pseudonym = Message.builder(named.text()).receivedAt(LocalDate.of(2026, 3, 2))
                .sender("The Quarry Watcher", null, "watcher@example.com", null).build();
        Classification c = ENGLAND.classify(pseudonym);
        assertThat(c.type()).isEqualTo(RequestType.EIR);
        assertThat(c.valid()).isFalse();
        assertThat(c.missing()).containsExactly(MissingDetail.NAME);
        Message handleOnly = Message.builder("I want a copy of all the information you hold about me")
                .receivedAt(LocalDate.of(2026, 3, 2)).platform(Platform.X).sender(null, "@jo", null, null).build();
        assertThat(ENGLAND.classify(handleOnly).valid()).isFalse();
    }

    @Test
    void subjectAccessDueDatesFollowTheCouncilsOwnNation() {
        Message m = email("I would like a copy of all the information you hold about me.");
        Message may15 = Message.builder(m.text()).receivedAt(LocalDate.of(2026, 5, 15)).build();
        Message june13 = Message.builder(m.text()).receivedAt(LocalDate.of(2026, 6, 13)).build();
        assertThat(classifier(Jurisdiction.ENGLAND).classify(may15).due()).isEqualTo(LocalDate.of(2026, 6, 15));
        assertThat(classifier(Jurisdiction.SCOTLAND).classify(may15).due()).isEqualTo(LocalDate.of(2026, 6, 16));
        assertThat(classifier(Jurisdiction.ENGLAND).classify(june13).due()).isEqualTo(LocalDate.of(2026, 7, 13));
        assertThat(classifier(Jurisdiction.NORTHERN_IRELAND).classify(june13).due())
                .isEqualTo(LocalDate.of(2026, 7, 14));
        assertThat(RequestDeadlines.jurisdiction("northern-ireland")).isEqualTo(Jurisdiction.NORTHERN_IRELAND);
        assertThat(RequestDeadlines.jurisdiction(" Scotland ")).isEqualTo(Jurisdiction.SCOTLAND);
    }

    /** The Java side of {@code ./policykit deadline --jurisdiction ... --profile ...}. */
    @Test
    void deadlinesForAProfilePlacedInAJurisdictionKeepTheProfilesExtraHolidays() {
        LocalDate oct30 = LocalDate.of(2026, 10, 30); // a month on is Mon 30 Nov 2026, St Andrew's Day (Scotland)
        assertThat(RequestDeadlines.forProfile(CorpusRows.ENGLAND, Jurisdiction.SCOTLAND).due(Regime.UK_GDPR, oct30,
                false).due()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(RequestDeadlines.forProfile(CorpusRows.SCOTLAND, Jurisdiction.ENGLAND).due(Regime.UK_GDPR, oct30,
                false).due()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(RequestDeadlines.forProfile(CorpusRows.ENGLAND, Jurisdiction.NORTHERN_IRELAND).due(Regime.UK_GDPR,
                LocalDate.of(2026, 6, 13), false).due()).isEqualTo(LocalDate.of(2026, 7, 14));
        // A council's own extra bank holiday (say a local day off on Mon 30 Nov) moves the date in any nation.
        Profile withExtra = CorpusRows.ENGLAND.toBuilder().extraBankHolidays(UkRegion.ENGLAND_AND_WALES,
                List.of(LocalDate.of(2026, 11, 30))).build();
        assertThat(RequestDeadlines.forProfile(withExtra, Jurisdiction.WALES).due(Regime.UK_GDPR, oct30, false).due())
                .isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(RequestDeadlines.forProfile(CorpusRows.ENGLAND, Jurisdiction.WALES).due(Regime.UK_GDPR, oct30,
                false).due()).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    private static MessageClassifier classifier(Jurisdiction j) {
        Profile p = CorpusRows.ENGLAND.toBuilder().jurisdiction(j).build();
        return MessageClassifier.forProfile(p);
    }
}
