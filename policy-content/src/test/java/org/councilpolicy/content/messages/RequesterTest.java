package org.councilpolicy.content.messages;

import static org.assertj.core.api.Assertions.assertThat;

import org.councilpolicy.core.profile.OwnContacts;
import org.junit.jupiter.api.Test;

class RequesterTest {

    @Test
    void realNamesAndDescriptions() {
        assertThat(Requester.looksLikeRealName("Jo Bloggs")).isTrue();
        assertThat(Requester.looksLikeRealName("Siân Jones")).isTrue();
        assertThat(Requester.looksLikeRealName("Margaret O'Neill")).isTrue();
        assertThat(Requester.looksLikeRealName("Dr J. Smith")).isTrue();
        assertThat(Requester.looksLikeRealName("Mr Smith")).isTrue();
        assertThat(Requester.looksLikeRealName("@binwatcher99")).isFalse();
        assertThat(Requester.looksLikeRealName("Concerned Resident")).isFalse();
        assertThat(Requester.looksLikeRealName("binwatcher99")).isFalse();
        assertThat(Requester.looksLikeRealName("Sue")).isFalse();
        assertThat(Requester.looksLikeRealName("J B")).isFalse();
        assertThat(Requester.looksLikeRealName(null)).isFalse();
    }

    @Test
    void namesSignedInTheText() {
        assertThat(Requester.signedName("What did you spend on recycling? Jo Blogs, [email address]")).isEqualTo("Jo Blogs");
        assertThat(Requester.signedName("faint? Siân Jones, sian@example.org")).isEqualTo("Siân Jones");
        assertThat(Requester.signedName("Reply to a.macdonald@example.org, Alan Macdonald")).isEqualTo("Alan Macdonald");
        assertThat(Requester.signedName("Many thanks,\nNatalie Brooks")).isEqualTo("Natalie Brooks");
        assertThat(Requester.signedName("My name is Kate Holloway and I would like the minutes")).isEqualTo("Kate Holloway");
        assertThat(Requester.signedName("Which day is my bin collected? I live on Quarry Lane.")).isNull();
        assertThat(Requester.signedName("Before you fell the trees in Elm Park, please publish the survey.")).isNull();
        assertThat(Requester.signedName("What are the noise figures for the Red Lion pub?")).isNull();
    }

    @Test
    void addressesForCorrespondence() {
        assertThat(Requester.hasEmail("reply to jo.bloggs@example.co.uk please", OwnContacts.NONE)).isTrue();
        assertThat(Requester.hasEmail("@monmouthshirecc FOI request", OwnContacts.NONE)).isFalse();
        assertThat(Requester.hasEmail("DM me", OwnContacts.NONE)).isFalse();
        assertThat(Requester.hasPostalAddress("Jane Smith, 12 Elm Road")).isTrue();
        assertThat(Requester.hasPostalAddress("write to 4 Mill Cottages")).isTrue();
        assertThat(Requester.hasPostalAddress("send it to IP1 2BX")).isTrue();
        assertThat(Requester.hasPostalAddress("I'm on Mill Road")).isFalse();
        assertThat(Requester.hasPostalAddress("in 2024 and 2025")).isFalse();
        assertThat(Requester.isEmailShape("jo@example")).isFalse();
        assertThat(Requester.isEmailShape("jo@example.com.")).isTrue();
    }
}
