package org.councilpolicy.content.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.councilpolicy.core.engine.RuleRegistry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Threats, harassment and robust criticism of elected members through the moderator (cases written by the
 * project, 2026-12-06, for the classes issue 12 describes; none is from a blind or shared set).
 */
class ThreatComposerTest {

    private static final Moderator MODERATOR = Moderator.of(
            RuleRegistry.discover().profileLoader().builtIn("uk-council"),
            Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC));

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            THREAT     | I hope someone torches the town hall with Cllr Briggs inside.
            THREAT     | Keep this up and you'll need an ambulance.
            THREAT     | Shame if the council offices caught fire one night.
            THREAT     | I will kill Peter Marsh if he closes our library.
            THREAT     | Someone should give that planning officer a good kicking.
            THREAT     | Councillor Dunn will end up in hospital if he shows his face on our estate.
            THREAT     | Would be a pity if your car went up in flames, Cllr Howe.
            THREAT     | He deserves to be battered for what he did to this town.
            HARASSMENT | I found her private Instagram and I'll be posting her photos on here every day until she answers.
            HARASSMENT | The woman on reception is well fit, I'd give her one.
            HARASSMENT | Did you see the size of her? That fat receptionist needs to lay off the pies.
            HARASSMENT | I followed him home from the depot so I know where he parks.
            HARASSMENT | I'll make her life hell until the bins are collected.
            THREAT     | I hope Cllr Nolan's house burns down with him in it.
            THREAT     | You'll end up in hospital if you keep this up.
            HARASSMENT | That fat receptionist at the civic centre waddles about like she owns the place.
            """)
    void deletesOnTheRightGround(Ground ground, String text) {
        ModerationDecision d = MODERATOR.decide(Comment.of(text));
        assertThat(d.decision()).isEqualTo(Decision.DELETE);
        assertThat(d.grounds()).contains(ground);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            This new parking scheme is killing local businesses.
            The chips at the market are to die for.
            My nan ended up in hospital after tripping on that pavement.
            The fire at the old mill was awful, thanks to the firefighters.
            I'd kill for a bus that turns up on time.
            Our councillor smashed it at the charity quiz.
            The new flats are ugly and far too tall.
            The fat cat directors gave themselves a pay rise again.
            Nobody should threaten council staff, they're just doing their jobs.
            She'll die waiting for a care home place at this rate.
            The council will kill our library service with these cuts.
            Someone will get killed on this junction before you do anything.
            You'll kill someone with these potholes.
            I had to keep ringing them for weeks before anyone came.
            The fire at the town hall last year was dreadful.
            The hideous flats that Cllr Moss approved are an eyesore.
            """)
    void keepsIdiomsAndReports(String text) {
        assertThat(MODERATOR.decide(Comment.of(text)).decision()).isEqualTo(Decision.KEEP);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Cllr Jenkins is a useless waste of space and should resign.
            Our MP is an absolute clown who has done nothing for this town.
            Cllr Ward will get what's coming to him at the ballot box in May.
            """)
    void robustCriticismOfAnElectedMemberIsNeverDeleted(String text) {
        assertThat(MODERATOR.decide(Comment.of(text)).decision()).isNotEqualTo(Decision.DELETE);
    }
}
