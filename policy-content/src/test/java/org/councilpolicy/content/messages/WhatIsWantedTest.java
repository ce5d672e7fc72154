package org.councilpolicy.content.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilpolicy.content.messages.WhoseInformationTest.email;
import static org.councilpolicy.content.messages.WhoseInformationTest.publicPost;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 14, round 11: the type from what is wanted and whose it is, the complaint from a failure of service, and a
 * subject access request made for someone else. Each class in sentences written for it (none taken from any data set),
 * with the opposite side beside it.
 */
class WhatIsWantedTest {

    private static final MessageClassifier ENGLAND = MessageClassifier.forProfile(CorpusRows.ENGLAND);

    private static Message anonymousEmail(String text) {
        return Message.builder(text).receivedAt(LocalDate.of(2026, 3, 2)).channel(Channel.PRIVATE)
                .sender(null, null, "someone@example.com", null).build();
    }

    /** The sender's own verb of wanting, with a record of theirs as its object: subject access. */
    @ParameterizedTest
    @ValueSource(strings = {
            "I lived in one of your flats on Elm Court until 2019 and would like my rent account history.",
            "I was in foster care with the council in the 1990s and want my care file.",
            "Having moved away last year, I am requesting my housing file and any notes from my tenancy visits."})
    void theSendersOwnWantingOfTheirRecordIsSubjectAccess(String text) {
        Classification c = ENGLAND.classify(email(text));
        assertThat(c.type()).as(text).isEqualTo(RequestType.SAR);
    }

    /** The opposite side: a service wanted ("I'd like someone to ..."), or a record to be changed, is no request. */
    @ParameterizedTest
    @ValueSource(strings = {
            "I'd like someone from highways to come and look at the drain outside number 4.",
            "I'd like to register my son for a place at the primary school. What's the deadline?",
            "Could I book a collection for an old fridge please? What's the charge?"})
    void aServiceWantedIsNotARequestForInformation(String text) {
        Classification c = ENGLAND.classify(email(text));
        assertThat(c.type()).as(text).isEqualTo(RequestType.NONE);
    }

    /** A recording of an event the sender, or a thing of theirs, was in shows them: their personal data. */
    @ParameterizedTest
    @ValueSource(strings = {
            "Please send me the CCTV from the Market Street car park where I was knocked over by a reversing van on 3 May.",
            "Could you send me the bodycam footage from the warden who ticketed my van outside the library on Friday?",
            "Please send me the dashcam footage from the gritter that scraped my car on Hill Road on 2 February."})
    void aRecordingOfTheSendersEventIsSubjectAccess(String text) {
        assertThat(ENGLAND.classify(email(text)).type()).as(text).isEqualTo(RequestType.SAR);
    }

    /** The opposite side: a recording of a place, or the sender only as the one who asks, is not their data. */
    @ParameterizedTest
    @ValueSource(strings = {
            "Please send me the CCTV footage of my street from Saturday night, when the bus shelter was smashed.",
            "Please send me the footage from the new camera at the bottom of my road for the week of 3 March.",
            "Please send me a photo of the new bridge for our parish newsletter."})
    void aRecordingOfAPlaceIsNotOwnData(String text) {
        assertThat(ENGLAND.classify(email(text)).type()).as(text).isNotEqualTo(RequestType.SAR);
    }

    /** "for me" after a word of holding: records kept for the sender, about them. */
    @Test
    void recordsKeptForTheSenderAreTheirs() {
        String text = "Please send me everything your benefits team has on file for me, including notes of my calls.";
        assertThat(ENGLAND.classify(email(text)).type()).isEqualTo(RequestType.SAR);
        // the opposite side: "for me" as where a copy goes
        String other = "Please send the minutes of the planning committee for me to read before Thursday.";
        assertThat(ENGLAND.classify(email(other)).type()).isNotEqualTo(RequestType.SAR);
    }

    /** "for me" straight after a record noun of holding: "the file for me" is kept about the sender. */
    @Test
    void aFileForTheSenderIsTheirs() {
        String text = "please send me whatever the housing allocations team keeps on file for me as the tenant.";
        assertThat(ENGLAND.classify(email(text)).type()).isEqualTo(RequestType.SAR);
    }

    /** A conduct word said of the sender ("I was 'abusive'") is what a record says of them, not staff's conduct. */
    @Test
    void conductSaidOfTheSenderIsNotStaffConduct() {
        String text = "Could I have a copy of the notes of the tenancy meeting about me? I was told I was 'abusive' in "
                + "them and I'd like to see what was written.";
        Classification c = ENGLAND.classify(email(text));
        assertThat(c.type()).isEqualTo(RequestType.SAR);
        assertThat(c.complaint()).isFalse();
        String staff = "Your receptionist was abusive to me at the housing desk on Monday and then shouted at my son.";
        assertThat(ENGLAND.classify(email(staff)).complaint()).isTrue();
    }

    /** A marker or flag kept on the sender's address is about them. */
    @Test
    void aMarkerOnTheSendersAddressIsTheirs() {
        String text = "A neighbour says the council put a warning marker on my address after last year's dispute. "
                + "I want to see the marker and the reason for it.";
        assertThat(ENGLAND.classify(email(text)).type()).isEqualTo(RequestType.SAR);
    }

    /** A heading that labels the message a request, then a description of the information: a request as it stands. */
    @Test
    void aRequestHeadingThenADescriptionIsARequest() {
        Classification c = ENGLAND.classify(email("Request: the sampling results for the boating lake since May."));
        assertThat(c.type()).isEqualTo(RequestType.EIR);
        assertThat(c.ambiguous()).isFalse();
        assertThat(ENGLAND.classify(email("Request: could the gritter come down Mill Lane tonight?")).type())
                .isEqualTo(RequestType.NONE);
    }

    /** The council denying it had what the sender sent is lost correspondence: a complaint by itself. */
    @ParameterizedTest
    @ValueSource(strings = {
            "I posted my renewal form and three payslips to you in March. Now you say you never received them.",
            "Sent you my blue badge application with my passport in January. Your letter says it never arrived.",
            "We handed in the signed tenancy papers at the town hall desk. Today we are told there is no record of them."})
    void lostCorrespondenceIsAComplaint(String text) {
        assertThat(ENGLAND.classify(email(text)).complaint()).as(text).isTrue();
    }

    /** The opposite side: the council's own post going astray once, or a first enquiry, is not. */
    @ParameterizedTest
    @ValueSource(strings = {
            "You sent me a reminder in March that never arrived, could you email a copy?",
            "I haven't received my new recycling calendar yet, when are they being delivered?"})
    void theCouncilsOwnPostOrAFirstEnquiryIsNotAComplaint(String text) {
        assertThat(ENGLAND.classify(email(text)).complaint()).as(text).isFalse();
    }

    /** "please" before a verb of doing, or wanting to know the council's next act: a service, not information. */
    @ParameterizedTest
    @ValueSource(strings = {
            "My crisis grant application has been sitting with you for three weeks. Please help.",
            "I want to know what you are going to do about the broken lift in the library."})
    void aPleaOrTheCouncilsNextActIsNotAnInformationRequest(String text) {
        assertThat(ENGLAND.classify(email(text)).type()).as(text).isEqualTo(RequestType.NONE);
    }

    /** The opposite side: "please" before a verb of telling, and wanting to know what was spent, ask for information. */
    @ParameterizedTest
    @ValueSource(strings = {
            "Please send me the crisis grant award totals for each month of 2025.",
            "I want to know what the council spent on repairing the library lift in 2025."})
    void tellingOrASumIsARequest(String text) {
        assertThat(ENGLAND.classify(email(text)).type()).as(text).isEqualTo(RequestType.FOI);
    }

    /** A promise told, and the time since, is a broken promise: a complaint. */
    @Test
    void aPromiseToldAndTheTimeSinceIsAComplaint() {
        String text = "The housing officer said in January they'd replace the broken boiler within a fortnight. "
                + "It's now April.";
        assertThat(ENGLAND.classify(publicPost(text)).complaint()).isTrue();
        assertThat(ENGLAND.classify(publicPost("The officer said they'd call me back on Monday about the boiler."))
                .complaint()).isFalse();
    }

    /** The staff's words that hurt the sender, with a senior review asked for: a complaint. */
    @Test
    void hurtfulWordsOfStaffWithAReviewAskedForAreAComplaint() {
        String text = "The man on your benefits desk told me people like me always have an excuse. I found that really "
                + "hurtful and I'd like someone senior to look at this.";
        assertThat(ENGLAND.classify(email(text)).complaint()).isTrue();
        assertThat(ENGLAND.classify(publicPost("The documentary about the floods was upsetting to watch."))
                .complaint()).isFalse();
    }

    /** What the sender was told, asked for in a subject access request, is the content wanted, not a broken word. */
    @Test
    void whatTheSenderWasToldIsTheContentWanted() {
        String text = "Can I have the recordings of my calls to your benefits line last spring? I want to hear exactly "
                + "what I was told.";
        Classification c = ENGLAND.classify(email(text));
        assertThat(c.type()).isEqualTo(RequestType.SAR);
        assertThat(c.complaint()).isFalse();
    }

    /**
     * A subject access request for another adult's records that shows no authority to act for them is not valid as it
     * stands: the authority is asked for. A parent asking for a young child's records, and an attorney, are valid.
     */
    @Test
    void anotherAdultsRecordsNeedTheirAuthority() {
        Classification mum = ENGLAND.classify(email("Please send me a copy of my mum's social care records."));
        assertThat(mum.type()).isEqualTo(RequestType.SAR);
        assertThat(mum.valid()).isFalse();
        assertThat(mum.missing()).containsExactly(MissingDetail.AUTHORITY);
        assertThat(mum.actions()).contains(MessageAction.ASK_FOR_AUTHORITY, MessageAction.VERIFY_IDENTITY);
        assertThat(mum.acknowledgement().full()).contains("signed consent or your power of attorney");

        Classification attorney = ENGLAND.classify(email("I hold a lasting power of attorney for my father. Please "
                + "send me a copy of my father's social care records."));
        assertThat(attorney.type()).isEqualTo(RequestType.SAR);
        assertThat(attorney.valid()).isTrue();
        assertThat(attorney.missing()).isEmpty();

        Classification child = ENGLAND.classify(email("Please send me a copy of my son's school records."));
        assertThat(child.type()).isEqualTo(RequestType.SAR);
        assertThat(child.missing()).doesNotContain(MissingDetail.AUTHORITY);

        Classification both = ENGLAND.classify(anonymousEmail("Please send me a copy of my husband's housing file."));
        assertThat(both.missing()).containsExactly(MissingDetail.NAME, MissingDetail.AUTHORITY);
    }

    /** Records of the person the sender acts for, with authority shown, are theirs: subject access, not FOI. */
    @ParameterizedTest
    @ValueSource(strings = {
            "We act for Ms Dana Holt under a signed authority, enclosed. Please disclose her housing file and repairs history.",
            "As deputy for my brother appointed by the Court of Protection, I request all care records held about him."})
    void recordsOfSomeoneActedForWithAuthorityAreSubjectAccess(String text) {
        Classification c = ENGLAND.classify(email(text));
        assertThat(c.type()).as(text).isEqualTo(RequestType.SAR);
        assertThat(c.missing()).as(text).isEmpty();
    }

    /** The opposite side: the council's own business asked for by a firm is FOI, authority or not. */
    @Test
    void aFirmAskingForTheCouncilsBusinessIsFoi() {
        String text = "We are authorised by our client to ask for this: please send the council's contract register for 2025.";
        assertThat(ENGLAND.classify(email(text)).type()).isEqualTo(RequestType.FOI);
    }
}
