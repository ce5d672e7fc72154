package org.councilpolicy.content.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.councilpolicy.content.draft.Platform;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 14, round 10: what makes a message an FOI request is decided as a class, by whose information is asked for and
 * what kind of question asks it. Each test is one class, in sentences written for it (not taken from any data set),
 * with the opposite side beside it.
 */
class WhoseInformationTest {

    private static final MessageClassifier ENGLAND = MessageClassifier.forProfile(CorpusRows.ENGLAND);

    static Message email(String text) {
        return Message.builder(text).receivedAt(LocalDate.of(2026, 3, 2)).channel(Channel.PRIVATE)
                .sender("Jo Bloggs", null, "jo@example.com", null).build();
    }

    static Message publicPost(String text) {
        return Message.builder(text).receivedAt(LocalDate.of(2026, 3, 2)).channel(Channel.PUBLIC)
                .platform(Platform.FACEBOOK).sender("Jo Bloggs", null, null, null).build();
    }

    /**
     * A record of what happened to something of the sender's (their card, badge, fines, visits to them) is their own
     * data: subject access, whatever law the message names. The regime follows the information.
     */
    @ParameterizedTest
    @ValueSource(strings = {
            "I'd like a copy of the list of dates my blue badge was used in your car parks.",
            "Please provide the records of every visit your carers made to me in January.",
            "FOI request - the full record of my parking fines and any appeals I lodged.",
            "Freedom of information: the dates and times my library card was used at Central Library this year.",
            "Please send me the log of every occasion my van was stopped at the Eastgate barrier.",
            "Under the FOI Act, I want the list of times my permit was checked by your wardens in May."})
    void aRecordOfWhatHappenedToTheSendersOwnThingIsSubjectAccess(String text) {
        Classification c = ENGLAND.classify(email(text));
        assertThat(c.type()).as(text).isEqualTo(RequestType.SAR);
        assertThat(c.cues()).as(text).anyMatch(s -> s.decides().equals("type"));
    }

    /** The opposite side: a place of the sender's, or a figure, is not their own data. */
    @ParameterizedTest
    @ValueSource(strings = {
            "Please send me the list of roads where my local councillor was consulted.",
            "Please provide the figures for how often my local library was closed early last year.",
            "Please send me the number of parking permits issued in my ward in 2025.",
            "Please send me the dates my street was swept in 2025."})
    void aPlaceOrAFigureIsNotOwnData(String text) {
        assertThat(ENGLAND.classify(email(text)).type()).as(text).isNotEqualTo(RequestType.SAR);
    }

    /**
     * A complaint whose every question reproaches the council's handling of the sender's own contact asks for nothing
     * recorded: a complaint, not also a request, even when the reproach names a record ("the reports", "your emails").
     */
    @ParameterizedTest
    @ValueSource(strings = {
            "Reported the flooded underpass four times now and it's still under water. Does anyone even read the reports?",
            "Three emails about my missed bin and not one reply. Do you actually open your emails?",
            "I've rung five times about the broken streetlight outside number 12 and nothing. How many more calls will it take?",
            "Sent the photos of the fly-tipping on Mill Lane three times. Has anybody looked at the pictures I sent?",
            "Your officer promised a callback on Monday. It's Friday. Why has nobody called me back?"})
    void aComplaintsReproachIsNotARequest(String text) {
        for (Message m : new Message[] {email(text), publicPost(text)}) {
            Classification c = ENGLAND.classify(m);
            assertThat(c.type()).as(text).isEqualTo(RequestType.NONE);
            assertThat(c.complaint()).as(text).isTrue();
        }
    }

    /** The opposite side: a complaint that also asks for a record or a figure is both. */
    @ParameterizedTest
    @ValueSource(strings = {
            "Your contractor has missed our street three weeks running. Please send me the contract's performance "
                    + "figures for missed collections in 2025.",
            "Nobody has answered my letters about my rent account since May. Please send me copies of all the notes on "
                    + "my tenancy file.",
            "Missed again, fourth week running. Does anyone even check? How many missed collections were logged in "
                    + "Hollins ward last year?"})
    void aComplaintThatAlsoAsksIsBoth(String text) {
        Classification c = ENGLAND.classify(email(text));
        assertThat(c.type()).as(text).isNotEqualTo(RequestType.NONE);
        assertThat(c.complaint()).as(text).isTrue();
    }

    /**
     * Help with the sender's own errand: the information asked is what the sender must, can or may do ("which forms I
     * need to fill in", "how many permits I can buy"). Ordinary business, in request wording or not.
     */
    @ParameterizedTest
    @ValueSource(strings = {
            "Can you tell me what documents I need to bring to register a death?",
            "Please can you tell me which forms I need to fill in for a disabled facilities grant?",
            "I'd like to know how many visitor permits I can buy per year for my address.",
            "Could you tell me what evidence we have to send in for the single person discount?",
            "Please let me know the paperwork I should bring to the housing options appointment.",
            "Can you tell me how many bulky items we're allowed to put out for one collection?"})
    void theSendersOwnErrandIsAServiceQuestion(String text) {
        Classification c = ENGLAND.classify(email(text));
        assertThat(c.type()).as(text).isEqualTo(RequestType.NONE);
        assertThat(c.actions()).as(text).contains(MessageAction.ANSWER_AS_SERVICE_ENQUIRY);
    }

    /** The opposite side: the sender wants the record itself ("the figures I need to see"). */
    @ParameterizedTest
    @ValueSource(strings = {
            "Please send me the inspection reports I need to see for the Marsh Lane depot.",
            "I'd like the minutes of the licensing committee, I need to check what was decided about the taxi rank.",
            "Please send me the budget figures we would like to use in our residents' association report."})
    void theRecordItselfWantedIsStillARequest(String text) {
        assertThat(ENGLAND.classify(email(text)).type()).as(text).isEqualTo(RequestType.FOI);
    }

    /**
     * A question, in an email, about what the sender's own record says is a request for their own data: subject access,
     * not FOI, although no request wording is used.
     */
    @ParameterizedTest
    @ValueSource(strings = {
            "What does my social care file say about the fall I had in January?",
            "Is there anything on my tenancy file about the arrears letter from 2023?",
            "What is written in my housing file about the visit in May?",
            "Who has looked at my case notes since I moved to the Eastfield team?"})
    void aQuestionAboutTheSendersOwnRecordIsSubjectAccess(String text) {
        assertThat(ENGLAND.classify(email(text)).type()).as(text).isEqualTo(RequestType.SAR);
    }

    /** The opposite side: what the council's own documents say is FOI. */
    @ParameterizedTest
    @ValueSource(strings = {
            "What does the council's housing allocation policy say about overcrowding?",
            "Does the council's contract with Verdant say anything about missed collections?"})
    void aQuestionAboutTheCouncilsDocumentIsFoi(String text) {
        assertThat(ENGLAND.classify(email(text)).type()).as(text).isEqualTo(RequestType.FOI);
    }

    /**
     * FOI (ambiguous), the rule: a question on social media, in everyday words (no request wording, no law named), for
     * recorded information the council could as well give as ordinary business. Two figures asked make it a request,
     * unless a casual aside says it is idle ("just curious", "asking for a friend"): the policy's "ask the customer
     * whether they want their questions to be considered under the FOI act" (Suffolk appendix 8.1).
     */
    @ParameterizedTest
    @ValueSource(strings = {
            "How many people used the new park and ride last month and how many buses ran empty? Just curious",
            "Out of interest, what did the summer fun day cost and how much came back in ticket sales?",
            "How many staff work at the town hall these days? Asking for a friend",
            "What's the budget for grass cutting this year and how much of it is gone already? curious"})
    void aCasualQuestionOnSocialMediaIsAskedAbout(String text) {
        Classification c = ENGLAND.classify(publicPost(text));
        assertThat(c.type()).as(text).isEqualTo(RequestType.FOI);
        assertThat(c.ambiguous()).as(text).isTrue();
        assertThat(c.actions()).as(text).contains(MessageAction.ASK_IF_FOI);
    }

    /** The opposite side: request wording, the law named, or two figures asked plainly make it a request. */
    @ParameterizedTest
    @ValueSource(strings = {
            "How many penalty charge notices were issued on Mill Street in 2025 and how much did they raise?",
            "FOI request: how much did the new civic centre signage cost?",
            "Please can you tell us how many taxi licences were refused last year and the reasons given."})
    void aRequestOnItsWordingIsNotAskedAbout(String text) {
        Classification c = ENGLAND.classify(publicPost(text));
        assertThat(c.type()).as(text).isEqualTo(RequestType.FOI);
        assertThat(c.ambiguous()).as(text).isFalse();
    }

    /**
     * Complaints without the word: the council lost what the sender gave it, its staff dismissed the sender, or harm
     * followed a failure or a report (a fine after a lost form, damp worse since it was logged).
     */
    @ParameterizedTest
    @ValueSource(strings = {
            "The letter I posted with my blue badge renewal has vanished. What happens to post at your office, does it "
                    + "just get binned?",
            "The forms we handed in at the library have been mislaid according to your housing team.",
            "My son's EHCP paperwork has gone missing between your office and the school, for the second time.",
            "The council lost my parking permit renewal form and then fined me for not having a valid permit.",
            "The woman on your reception desk rolled her eyes and told me to stop wasting her time. I was only asking "
                    + "about my rent.",
            "My housing repair was logged in August and the damp is worse. Who is actually responsible for the repairs "
                    + "log over there?"})
    void aComplaintInOtherWords(String text) {
        Classification c = ENGLAND.classify(email(text));
        assertThat(c.complaint()).as(text).isTrue();
        assertThat(c.type()).as(text).isEqualTo(RequestType.NONE);
    }

    /** The opposite side: a figure of losses asked, a policy criticised, a problem reported calmly, thanks. */
    @ParameterizedTest
    @ValueSource(strings = {
            "Please tell me how many laptops the council has lost since 2023.",
            "The new cycle lane on Park Road is a waste of money, nobody uses it.",
            "The streetlight outside 4 Beech Road is flickering, could someone have a look?",
            "Thanks to the crew who cleared the fallen tree on Mill Lane so quickly this morning.",
            "I was fined for parking on the pavement on Hill Street. How do I pay?"})
    void notAComplaint(String text) {
        assertThat(ENGLAND.classify(email(text)).complaint()).as(text).isFalse();
    }

    /**
     * A subject access request that tells the history of a past failure, without dissatisfaction, conduct, harm or a
     * failure still going on, is not thereby a complaint: the sender says why they want their records.
     */
    @ParameterizedTest
    @ValueSource(strings = {
            "My bin was missed a few times last year and I rang about it. Could I have copies of the call notes you "
                    + "made about me?",
            "In 2024 my housing benefit payments were delayed and I phoned the benefits team several times. Please "
                    + "send me the notes on my claim from that year.",
            "Last winter my heating was not repaired for two weeks and I called the repairs line about it. I'd like a "
                    + "copy of my repairs history."})
    void aSubjectAccessRequestsHistoryIsNotAComplaint(String text) {
        Classification c = ENGLAND.classify(email(text));
        assertThat(c.type()).as(text).isEqualTo(RequestType.SAR);
        assertThat(c.complaint()).as(text).isFalse();
    }

    /** The opposite side: dissatisfaction, staff's conduct or a failure still going on makes it both. */
    @ParameterizedTest
    @ValueSource(strings = {
            "I have rung four times about my housing transfer and nobody calls back. I want copies of every note on my "
                    + "file.",
            "Your social worker was rude to me at the meeting on 3 June and I want the notes she wrote about me.",
            "My repair was missed again last week, the fourth time this year, and I am fed up. Send me every record on "
                    + "my repairs account."})
    void aSubjectAccessRequestThatComplainsIsBoth(String text) {
        Classification c = ENGLAND.classify(email(text));
        assertThat(c.type()).as(text).isEqualTo(RequestType.SAR);
        assertThat(c.complaint()).as(text).isTrue();
    }

    /**
     * Environmental information by what it is about (the state of sand, water, air, waste and where it goes), whatever
     * law is named and without the word "environmental"; the council's money and staff stay FOI.
     */
    @ParameterizedTest
    @ValueSource(strings = {
            "Did the council test the sand on Porth Beach after the diesel washed up last month? I would like to see "
                    + "any results.",
            "I want to know where the plastic from our recycling bins goes - sorted here or shipped abroad? And the "
                    + "tonnages for 2025.",
            "What levels of nitrogen dioxide were recorded outside St Mary's primary last winter? Please email the data.",
            "Under FOI, please send the ecology report for the housing site at Wren Fields, including the newt survey."})
    void environmentalInformationIsEir(String text) {
        assertThat(ENGLAND.classify(email(text)).type()).as(text).isEqualTo(RequestType.EIR);
    }

    /** The opposite side: the council's purchases and staff are FOI; a blocked drain reported is a service request. */
    @ParameterizedTest
    @ValueSource(strings = {
            "Please send me the cost of the new recycling lorries bought in 2025.",
            "Please provide the number of staff in the waste team and their pay bands.",
            "The drain outside 6 Mill Row is blocked again and the road floods, can someone come and clear it?"})
    void theCouncilsMoneyOrAServiceIsNotEir(String text) {
        assertThat(ENGLAND.classify(email(text)).type()).as(text).isNotEqualTo(RequestType.EIR);
    }

    /** A failure the sender only guesses at ("not sure if it's been missed") is a service question, not a complaint. */
    @ParameterizedTest
    @ValueSource(strings = {
            "The black bags next door have been out since Monday, not sure if they've been missed. When is the next "
                    + "collection?",
            "I think our recycling may have been missed this morning, could you check if the crew has been yet?"})
    void aGuessedFailureIsNotAComplaint(String text) {
        Classification c = ENGLAND.classify(email(text));
        assertThat(c.complaint()).as(text).isFalse();
        assertThat(c.type()).as(text).isEqualTo(RequestType.NONE);
    }

    /** The opposite side: a failure told as fact, repeated or ignored, is a complaint. */
    @ParameterizedTest
    @ValueSource(strings = {
            "Our recycling has been missed three weeks running and nobody has answered my emails.",
            "Missed again. Third time this month. Not sure why I bother reporting it."})
    void aFailureToldAsFactIsAComplaint(String text) {
        assertThat(ENGLAND.classify(email(text)).complaint()).as(text).isTrue();
    }

    /** An ignored contact: nobody answered what the sender sent or left. A complaint alone. */
    @ParameterizedTest
    @ValueSource(strings = {
            "Nobody has replied to my emails about the broken swing in Elm Park.",
            "Your planning officer never rang me back about the extension.",
            "No one has answered my letter from 2 March about the hedge.",
            "I left a message for the housing team on Monday and nobody got back to me."})
    void anIgnoredContactIsAComplaint(String text) {
        Classification c = ENGLAND.classify(email(text));
        assertThat(c.complaint()).as(text).isTrue();
        assertThat(c.type()).as(text).isEqualTo(RequestType.NONE);
    }

    /** The opposite side: a call-back asked about, or no answer only supposed. */
    @ParameterizedTest
    @ValueSource(strings = {
            "If I ring the housing line will someone call me back the same day?",
            "Can you tell me who I should email if nobody replies to my message on the parking line?"})
    void aCallBackAskedAboutIsNotAComplaint(String text) {
        assertThat(ENGLAND.classify(email(text)).complaint()).as(text).isFalse();
    }
}
