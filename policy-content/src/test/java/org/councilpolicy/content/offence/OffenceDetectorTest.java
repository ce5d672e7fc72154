package org.councilpolicy.content.offence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.councilpolicy.core.rule.Span;
import org.councilpolicy.core.text.NormalisationOptions;
import org.councilpolicy.core.text.NormalisedText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class OffenceDetectorTest {

    private static final OffenceDetector D = OffenceDetector.standard();

    private static boolean profane(String text) {
        return !D.analyse(text).profanity(false).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"fuck off", "fuuuuuck", "f u c k", "f.u.c.k", "f-u-c-k", "f*ck", "f**k", "sh!t", "c*nt",
            "fuckwit", "motherfucker", "bollocks", "wanker", "bellend", "twat", "shite", "minge", "knobhead",
            "arsehole", "tosser", "slag", "munter", "ƒυck", "ſhit", "fμ¢κ", "5h1t", "a55", "W A N K E R", "fuxk",
            "n*gger", "get fukced", "dumbassdumbass", "$#1t"})
    void findsProfanityThroughEvasion(String text) {
        assertThat(profane(text)).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Scunthorpe", "Penistone", "Cockermouth", "Clitheroe", "Shitterton", "Twatt",
            "Three Cocks", "Middlesex", "Sussex", "Essex", "assessment", "Dickens", "cocktail", "Hancock", "classic",
            "grape", "therapist", "Matsushita", "faggots and peas with gravy", "a dyke to hold back the sea",
            "my labrador bitch had puppies", "a packet of fags for smoking", "the cock crowed at the farm",
            "a blue tit on the feeder", "a knob of butter", "Dick Whittington", "Wilsford cum Lake", "45s", "Bob",
            "ain't it", "Minge Lane", "hello my name is Bob"})
    void leavesOrdinaryWordsAndPlaces(String text) {
        assertThat(profane(text)).as(text).isFalse();
    }

    @Test
    void mildWordsOnlyWhenAsked() {
        OffenceAnalysis a = D.analyse("bloody crap bins");
        assertThat(a.profanity(false)).isEmpty();
        assertThat(a.profanity(true)).extracting(Offence::strength).containsOnly(Strength.MILD);
    }

    @Test
    void spansPointIntoTheOriginal() {
        String text = "Fix the f**king roads";
        Offence o = D.analyse(text).profanity(false).get(0);
        assertThat(o.span()).isEqualTo(new Span(8, 15));
        assertThat(o.term()).isEqualTo("fucking");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Immigrants are vermin", "I hate Muslims", "Gay people should be shot",
            "Disabled people are a disease", "Trans people should be deported", "Black lives do not matter",
            "Just another retard", "I h a t e women", "Muslims are filthy parasites"})
    void findsHate(String text) {
        assertThat(D.analyse(text).offences(OffenceKind.HATE)).as(text).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"If you say 'I hate disabled people', you are a bigot", "Muslims celebrate Eid",
            "our LGBT+ staff network", "Saying that immigrants are vermin is disgusting",
            "I will not tolerate comments like \"gay people are disgusting\"", "Black lives matter",
            "No Muslim should ever be attacked", "Three women were elected"})
    void leavesCounterSpeechAndNeutralMentions(String text) {
        assertThat(D.analyse(text).offences(OffenceKind.HATE)).as(text).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"I know where you live", "you'll get what's coming", "I'm going to smash your face in",
            "watch your back", "we will burn your office"})
    void findsThreatsAndHarassment(String text) {
        assertThat(D.analyse(text).offences()).as(text)
                .anyMatch(o -> o.kind() == OffenceKind.THREAT || o.kind() == OffenceKind.HARASSMENT);
    }

    @Test
    void abuseIsAimedAtAPersonCriticismIsNot() {
        assertThat(D.analyse("you are a useless idiot").offences(OffenceKind.ABUSE)).hasSize(1);
        assertThat(D.analyse("Cllr Smith is a moron").offences(OffenceKind.ABUSE)).hasSize(1);
        assertThat(D.analyse("this decision is idiotic").offences(OffenceKind.ABUSE)).isEmpty();
        assertThat(D.analyse("the council is useless").offences(OffenceKind.ABUSE)).isEmpty();
    }

    @Test
    void defamationNeedsAnIdentifiablePerson() {
        assertThat(D.analyse("Cllr Smith is corrupt").offences(OffenceKind.DEFAMATION)).singleElement()
                .extracting(Offence::unsure).isEqualTo(true);
        assertThat(D.analyse("the planning officer took bribes").offences(OffenceKind.DEFAMATION)).isNotEmpty();
        assertThat(D.analyse("the council is corrupt").offences(OffenceKind.DEFAMATION)).isEmpty();
    }

    @Test
    void namesInIncidents() {
        String text = "It was John Smith from Elm Road who crashed into the bus stop";
        assertThat(D.analyse(text).incidentMentions()).singleElement()
                .satisfies(m -> assertThat(m.name().of(text)).isEqualTo("John Smith"));
        assertThat(D.analyse("Cllr John Smith crashed the budget").incidentMentions()).isEmpty();
        assertThat(D.analyse("John Smith opened the fete").incidentMentions()).isEmpty();
    }

    @Test
    void analysisNeverPrintsText() {
        assertThat(D.analyse("f**k John Smith 07700 900123").toString()).doesNotContain("John", "07700", "f**k");
        assertThatNullPointerException().isThrownBy(() -> D.analyse((String) null));
        assertThatNullPointerException().isThrownBy(() -> D.analyse((NormalisedText) null));
    }

    @Test
    void analysingASharedDefaultViewEqualsAnalysingTheText() {
        String text = "Cllr Jones is a l1ar and a cr00k, you absolute f*cking idiot. John Smith was arrested.";
        OffenceAnalysis fromText = D.analyse(text);
        OffenceAnalysis fromView = D.analyse(NormalisedText.of(text));
        assertThat(fromView.offences()).isEqualTo(fromText.offences()).isNotEmpty();
        assertThat(fromView.incidentMentions()).isEqualTo(fromText.incidentMentions());
        assertThat(fromView.criticism()).isEqualTo(fromText.criticism());
        assertThat(fromView.normalised().text()).isEqualTo(fromText.normalised().text());
        assertThatIllegalArgumentException()
                .isThrownBy(() -> D.analyse(NormalisedText.of(text, NormalisationOptions.MINIMAL)));
    }
}
