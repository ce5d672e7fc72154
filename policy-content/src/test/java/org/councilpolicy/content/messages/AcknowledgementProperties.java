package org.councilpolicy.content.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.councilpolicy.content.draft.Platform;
import org.councilpolicy.core.profile.Profile;
import org.councilpolicy.core.testsupport.Seeded;
import org.junit.jupiter.api.Test;

class AcknowledgementProperties {

    private static final Profile SUFFOLK = CorpusRows.REGISTRY.profileLoader().builtIn("suffolk");
    private static final Profile LONG_TEMPLATE = CorpusRows.ENGLAND.toBuilder().settings(MessageSettings.SECTION,
            new MessageSettings(org.councilpolicy.core.calendar.Counting.ICO,
                    "Dear {name}, thanks for your {type} request {reference}.",
                    "Thanks {name}! Your {type} request ({reference}) is due by {due}. " + "x".repeat(150), null)).build();

    @Test
    void shortAcknowledgementAlwaysFits280() {
        Seeded.forAll(51, 300, random -> shortAcknowledgementFits(Seeded.anyString(random, 400),
                Seeded.anyString(random, 300), TEXTS.get(random.nextInt(TEXTS.size())),
                PROFILES.get(random.nextInt(PROFILES.size())), random.nextBoolean()));
    }

    private static void shortAcknowledgementFits(String name, String reference, String text, Profile profile,
            boolean withEmail) {
        Message m = Message.builder(text).receivedAt(LocalDate.of(2026, 3, 2)).platform(Platform.X)
                .sender(name, "@h", withEmail ? "jo@example.com" : null, null).reference(reference).build();
        Classification c = MessageClassifier.forProfile(profile).classify(m);
        if (c.acknowledgement() != null) {
            String s = c.acknowledgement().shortForm();
            assertThat(s.codePointCount(0, s.length())).isLessThanOrEqualTo(Acknowledgement.SHORT_LIMIT);
            assertThat(c.acknowledgement().full()).doesNotContain("{name}", "{due}", "{type}", "{reference}");
        }
    }

    @Test
    void anyTextClassifiesConsistently() {
        Seeded.forAll(52, 300, random -> classifiesConsistently(Seeded.anyString(random, 500)));
    }

    private static void classifiesConsistently(String text) {
        Classification c = MessageClassifier.forProfile(CorpusRows.ENGLAND)
                .classify(Message.builder(text).receivedAt(LocalDate.of(2026, 3, 2)).build());
        assertThat(c.confidence()).isBetween(0.0, 1.0);
        assertThat(c.regime() == null).isEqualTo(c.type() == RequestType.NONE);
        assertThat(c.ambiguous()).isEqualTo(c.has(MessageAction.ASK_IF_FOI));
        if (c.type() == RequestType.NONE) {
            assertThat(c.valid()).isFalse();
            assertThat(c.missing()).isEmpty();
        } else {
            assertThat(c.actions()).contains(MessageAction.FORWARD_TO_INFORMATION_TEAM);
        }
    }

    private static final List<String> TEXTS = List.of("Please send me the minutes of the last cabinet meeting.",
            "How much did you waste on that ridiculous sculpture?!", "I want all the data you hold about me",
            "Please provide the air quality data for 2024.", "My bin wasn't collected again. Sort it out.",
            "I want to make a complaint. Also please send me the number of complaints in 2024.");
    private static final List<Profile> PROFILES = List.of(CorpusRows.ENGLAND, SUFFOLK, LONG_TEMPLATE);
}
