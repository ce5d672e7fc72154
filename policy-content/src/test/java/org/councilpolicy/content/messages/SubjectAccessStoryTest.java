package org.councilpolicy.content.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilpolicy.content.messages.WhoseInformationTest.email;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 14, round 12: whose information a request is for when the sender places themselves in it (a recording they are
 * in, a record of their own time in care, a visit to their home), when the regime's name is only counted, and whether
 * a subject access request that tells why it is made is also a complaint. The project's own sentences, each class with
 * the opposite side beside it.
 */
class SubjectAccessStoryTest {

    private static final MessageClassifier ENGLAND = MessageClassifier.forProfile(CorpusRows.ENGLAND);

    /** A recording asked for, and the sender says, in any sentence, that they are in it: their own images. */
    @ParameterizedTest
    @ValueSource(strings = {
            "Please send me the footage from the camera outside the bus station on Friday evening. I was the man in "
                    + "the grey hoodie who got pushed over.",
            "Can I have the video from the park cameras last Sunday afternoon? You can see me arguing with the dog "
                    + "walker.",
            "I'd like the photos your warden took on Canal Street on 2 May, I'm in most of them.",
            "Requesting the CCTV of the car park on Elm Road on the 9th around 6pm. My van was hit and I'm on it."})
    void aRecordingTheSenderSaysTheyAreInIsTheirs(String text) {
        Classification c = ENGLAND.classify(email(text));
        assertThat(c.type()).as(text).isEqualTo(RequestType.SAR);
    }

    /** The opposite side: a recording asked for with nobody placed in it, or the sender seeing something else. */
    @ParameterizedTest
    @ValueSource(strings = {
            "Please send me the footage from the camera outside the bus station on Friday evening.",
            "Please provide the council's CCTV policy and a list of the cameras on the seafront. You can see them "
                    + "from my window."})
    void aRecordingWithoutTheSenderInItIsNotTheirs(String text) {
        assertThat(ENGLAND.classify(email(text)).type()).as(text).isNotEqualTo(RequestType.SAR);
    }

    /** A record made of the sender's own time ("when I was in care") or of a visit to their home is about them. */
    @ParameterizedTest
    @ValueSource(strings = {
            "Please send me the records the children's services department kept while I was living at Ashdown "
                    + "children's home.",
            "I would like copies of the notes the health visitor made after she visited my house in 2019.",
            "Can I have the report the housing officer wrote when he came to my flat about the mould?",
            "I'd like the records from my time at Brookside pupil referral unit, 2011 to 2013."})
    void aRecordOfTheSendersOwnTimeOrHomeVisitIsTheirs(String text) {
        assertThat(ENGLAND.classify(email(text)).type()).as(text).isEqualTo(RequestType.SAR);
    }

    /** The opposite side: a visit the sender made elsewhere leaves the record the council's. */
    @ParameterizedTest
    @ValueSource(strings = {
            "Please send me the inspection reports on the council's day centres, one of which I visited in April."})
    void aVisitElsewhereLeavesTheRecordTheCouncils(String text) {
        assertThat(ENGLAND.classify(email(text)).type()).as(text).isNotEqualTo(RequestType.SAR);
    }

    /** The regime counted is statistics about requests (FOI), not the sender asking for their own data. */
    @ParameterizedTest
    @ValueSource(strings = {
            "Please tell me the number of subject access requests the council received in 2025.",
            "How many subject access requests were answered late last year? Please send the figures by month."})
    void theRegimeCountedIsStatistics(String text) {
        Classification c = ENGLAND.classify(email(text));
        assertThat(c.type()).as(text).isEqualTo(RequestType.FOI);
    }

    /** The opposite side: the regime named as what the sender makes is subject access. */
    @ParameterizedTest
    @ValueSource(strings = {
            "Please treat this as a subject access request for all the information you hold about me.",
            "This is a subject access request. I want every record of my housing application."})
    void theRegimeMadeIsSubjectAccess(String text) {
        assertThat(ENGLAND.classify(email(text)).type()).as(text).isEqualTo(RequestType.SAR);
    }

    /** The regime asked about as a procedure (how to make one, where to send it, its form) is a service question. */
    @ParameterizedTest
    @ValueSource(strings = {
            "Where do I send a subject access request? Is it the data protection officer?",
            "Is there a subject access form I have to fill in, or will a letter do?",
            "How can I make a subject access request online?"})
    void theRegimeAskedAboutIsAServiceQuestion(String text) {
        assertThat(ENGLAND.classify(email(text)).type()).as(text).isEqualTo(RequestType.NONE);
    }

    /** The opposite side: the procedure asked about for a record named is the request itself. */
    @ParameterizedTest
    @ValueSource(strings = {
            "How do I make a subject access request for my social care file? I want to see it.",
            "Where do I send a subject access request for the notes you hold about me?"})
    void theRegimeAskedAboutForARecordIsSubjectAccess(String text) {
        assertThat(ENGLAND.classify(email(text)).type()).as(text).isEqualTo(RequestType.SAR);
    }

    /**
     * A subject access request that tells why it is made (contact repeated, one reply missing, staff recording the
     * sender) is not also a complaint: the story is the reason for the request.
     */
    @ParameterizedTest
    @ValueSource(strings = {
            "I called your benefits line six times in March about my claim. Please send me the recordings of those "
                    + "calls and the notes on my claim.",
            "I wrote to you last month but have not heard back. I want a copy of everything you hold about me.",
            "Your warden filmed me on his body camera when he gave me a ticket on 4 May. I want that footage and his "
                    + "notes about me."})
    void aSubjectAccessRequestsReasonIsNotAComplaint(String text) {
        Classification c = ENGLAND.classify(email(text));
        assertThat(c.type()).as(text).isEqualTo(RequestType.SAR);
        assertThat(c.complaint()).as(text).isFalse();
    }

    /** The opposite side: a failure repeated, dissatisfaction voiced or staff's conduct makes it both. */
    @ParameterizedTest
    @ValueSource(strings = {
            "You have lost my medical forms twice now. Please send me copies of everything on my housing file.",
            "I have rung five times and nobody rings me back. I want copies of all the notes on my account.",
            "I am disgusted with how your officer spoke to me on 3 May. Please send me all the notes he made about me.",
            "Your housing officer has put false information about my rent arrears on my file. I want to see all of it."})
    void aSubjectAccessRequestThatVoicesAComplaintIsBoth(String text) {
        Classification c = ENGLAND.classify(email(text));
        assertThat(c.type()).as(text).isEqualTo(RequestType.SAR);
        assertThat(c.complaint()).as(text).isTrue();
    }
}
