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
            Heads should roll over the bin contract, starting with Cllr Patel.
            The leader of the council should be sacked for this shambles.
            Cllr Hughes is useless and needs to be booted out at the next election.
            Whoever signed off this bus lane wants shooting, figuratively speaking, it's a disaster.
            Councillor Burke has killed off our high street and should hang his head in shame.
            The cabinet member for highways is a total waste of space, get rid of him.
            Cllr Oakes should be strung up at the polls for what she did to the library.
            The chief executive needs a kick up the backside, this council is a joke.
            Someone needs to take a hatchet to the senior pay bill at County Hall.
            The sooner we get shot of this council the better, they are useless.
            Somebody needs to bang their heads together at the town hall.
            These cuts will hurt the poorest families in the borough the most.
            Cllr Shaw shot himself in the foot with that vote and he knows it.
            The council will get slaughtered at the polls after this fiasco.
            I hope the leader gets hammered in May, he deserves to lose his seat.
            Councillor Grant should be taken to task over the parking fines.
            The residents will crucify Cllr Bell at the next election.
            I could wring the neck of whoever approved these roadworks, madness.
            They want to kick out the cabinet and start again.
            You lot are killing this town with your parking charges.
            Cllr Evans deserves a good kicking at the ballot box.
            Heads will roll when the auditors see this, Cllr Mills should go first.
            The council leader should fall on his sword after this scandal.
            Hope the director gets sacked for this, absolute waste of space.
            The councillors who voted for this should hang their heads.
            We should kick them all out in May and start again.
            Someone should bang their heads together, the cabinet and the officers are a shambles.
            I hope voters hit them where it hurts after they break their promises again.
            When will you get the potholes sorted, councillor? It has been months.
            The town centre will be dead within a year thanks to the leader and his cabinet.
            Cllr Frost's scheme is dead in the water and he knows it.
            This rise is a slap in the face for every resident, Councillor Webb.
            The leader will bottle it again, just like he did over the library.
            Questions from the floor will be ignored by the cabinet as usual.
            Over my dead body will the councillors build on our green.
            This budget is an attack on the poorest residents by the leader.
            It will be done in secret by the councillors, as always.
            One day someone will get hurt on that crossing and it will be down to you lot.
            Somebody is going to get badly hurt because of you, the path is a disgrace.
            Kids will get run over because of them and their useless traffic plan.
            They will run down the library until nobody uses it, then close it, the lot of them.
            One day someone will get hurt and it will be on them, not on us.
            Mark my words, somebody is going to get hurt one day and the cabinet will say nobody warned them.
            The new depot will run over budget like everything else the cabinet touches.
            Councillor Dale wants his head examining for voting for this.
            Sack the lot of them, the whole cabinet has failed this town.
            Cllr Rowe should be ashamed, she has butchered our bus routes.
            The planning committee have murdered the character of this village.
            Get the leader out, he's destroyed everything good about this borough.
            """)
    void robustCriticismOfAnElectedMemberIsNeverDeleted(String text) {
        ModerationDecision d = MODERATOR.decide(Comment.of(text));
        assertThat(d.decision()).as("%s %s", d.grounds(), d.findings().stream().map(f -> f.message()).toList())
                .isNotEqualTo(Decision.DELETE);
    }
}
