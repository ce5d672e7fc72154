package org.councilpolicy.content.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.councilpolicy.content.draft.Platform;
import org.councilpolicy.core.calendar.Regime;
import org.councilpolicy.core.profile.Profile;
import org.junit.jupiter.api.Test;

class MessageClassifierTest {

    private static final LocalDate MON_2_MAR_2026 = LocalDate.of(2026, 3, 2);
    private static final MessageClassifier ENGLAND = MessageClassifier.forProfile(CorpusRows.ENGLAND);
    private static final MessageClassifier SCOTLAND = MessageClassifier.forProfile(CorpusRows.SCOTLAND);
    private static final Profile SUFFOLK = CorpusRows.REGISTRY.profileLoader().builtIn("suffolk");
    private static final Profile FIRE = CorpusRows.REGISTRY.profileLoader().builtIn("suffolk-fire-rescue");

    private static Message msg(String text) {
        return Message.builder(text).receivedAt(MON_2_MAR_2026).build();
    }

    @Test
    void requestWithoutSayingFoiIsFoiWithDeadlineAndActions() {
        Classification c = ENGLAND.classify(msg("Can you tell me how much the council spent on the new signage last year?"));
        assertThat(c.type()).isEqualTo(RequestType.FOI);
        assertThat(c.ambiguous()).isFalse();
        assertThat(c.regime()).isEqualTo(Regime.FOIA);
        // Mon 2 Mar 2026: day 1 Tue 3 Mar; 17 Mar (NI) excluded; 20th working day Tue 31 Mar
        assertThat(c.due()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(c.valid()).isFalse();
        assertThat(c.missing()).containsExactly(MissingDetail.NAME, MissingDetail.ADDRESS);
        assertThat(c.actions()).containsExactly(MessageAction.FORWARD_TO_INFORMATION_TEAM, MessageAction.ASK_FOR_EMAIL,
                MessageAction.ASK_FOR_NAME);
        assertThat(c.procedures()).contains(RequestRecognitionProcedure.ID, DeadlineProcedure.ID,
                AcknowledgementProcedure.ID);
        assertThat(c.clauses()).contains("IN-1", "IN-3", "IN-4");
        assertThat(c.acknowledgement().full()).contains("31 March 2026").contains("email");
        assertThat(c.confidence()).isBetween(0.5, 1.0);
    }

    @Test
    void imperativesFragmentsAndFirstPersonWantsAreRequests() {
        for (String text : List.of("Please send me any emails or meeting minutes about the broken traffic lights",
                "I'd like a copy of the contract with the leisure operator",
                "Provide the figures for agency staff spending in 2024/25",
                "The number of staff suspended on full pay in 2024.",
                "Could you tell me how many penalty notices were issued on Harbour Street in 2025?")) {
            Classification c = ENGLAND.classify(msg(text));
            assertThat(c.type()).as(text).isEqualTo(RequestType.FOI);
            assertThat(c.ambiguous()).as(text).isFalse();
        }
    }

    @Test
    void environmentalInformationIsEirWhateverLawItCites() {
        Classification c = ENGLAND.classify(msg("Under the Freedom of Information Act please send me the air quality "
                + "monitoring data for Bridge Street."));
        assertThat(c.type()).isEqualTo(RequestType.EIR);
        assertThat(c.regime()).isEqualTo(Regime.EIR);
        assertThat(c.valid()).as("an EIR request needs a real name and an address, like FOI (issue 14)").isFalse();
        assertThat(c.actions()).contains(MessageAction.ASK_FOR_EMAIL, MessageAction.ASK_FOR_NAME);
        assertThat(c.acknowledgement().full()).contains("environmental information").doesNotContain("Freedom of");
    }

    @Test
    void ownPersonalDataIsSubjectAccessWhateverItCites() {
        Classification c = ENGLAND.classify(Message.builder("Under FOI I want all the information you hold about me")
                .receivedAt(LocalDate.of(2025, 1, 31)).channel(Channel.PUBLIC).build());
        assertThat(c.type()).isEqualTo(RequestType.SAR);
        assertThat(c.regime()).isEqualTo(Regime.UK_GDPR);
        assertThat(c.due()).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(c.valid()).as("no name and no address: the data subject cannot be identified or answered").isFalse();
        assertThat(c.actions()).contains(MessageAction.VERIFY_IDENTITY, MessageAction.REPLY_BY_PRIVATE_MESSAGE);
        assertThat(c.acknowledgement().full()).contains("private message");
    }

    @Test
    void serviceQuestionsComplaintsAndOpinionsAreNotRequests() {
        for (String text : List.of("When is my bin day?", "Is the tip open on Sunday?", "Why are you so useless?",
                "What do you think about the new cycle lanes?", "Thanks for fixing the streetlight so quickly!",
                "The recycling service round here is a total farce.")) {
            Classification c = ENGLAND.classify(msg(text));
            assertThat(c.type()).as(text).isEqualTo(RequestType.NONE);
            assertThat(c.ambiguous()).as(text).isFalse();
            assertThat(c.regime()).as(text).isNull();
            assertThat(c.due()).as(text).isNull();
            assertThat(c.valid()).as(text).isFalse();
            assertThat(c.missing()).as(text).isEmpty();
        }
        assertThat(ENGLAND.classify(msg("When is my bin day?")).actions())
                .containsExactly(MessageAction.ANSWER_AS_SERVICE_ENQUIRY);
        assertThat(ENGLAND.classify(msg("When is my bin day?")).acknowledgement()).isNull();
    }

    /**
     * IN-5 ("where unsure whether a question is a request, ask the person"), as decided on 2026-12-07: a bare question
     * on social media for figures the council holds could be answered as ordinary business, so it is FOI with the
     * ask step; the same words asked of the council, the Act named, a description of the information, an email, or
     * environmental information are requests as they stand; asking how to make a request is not one.
     */
    @Test
    void bareQuestionForFiguresOnSocialMediaIsAskedAboutAndForwarded() {
        String bare = "How much did the council spend on the new signage last year?";
        for (Platform p : List.of(Platform.X, Platform.FACEBOOK, Platform.OTHER)) {
            Classification c = ENGLAND.classify(Message.builder(bare).receivedAt(MON_2_MAR_2026)
                    .channel(Channel.PUBLIC).platform(p).build());
            assertThat(c.type()).as(p.name()).isEqualTo(RequestType.FOI);
            assertThat(c.ambiguous()).as(p.name()).isTrue();
            assertThat(c.actions()).as(p.name()).containsExactly(MessageAction.ASK_IF_FOI,
                    MessageAction.FORWARD_TO_INFORMATION_TEAM);
            assertThat(c.due()).as(p.name()).isEqualTo(LocalDate.of(2026, 3, 31));
        }
        Classification dm = ENGLAND.classify(Message.builder("how many staff work in the parks team?")
                .receivedAt(MON_2_MAR_2026).channel(Channel.PRIVATE).platform(Platform.INSTAGRAM).build());
        assertThat(dm.ambiguous()).as("a direct message").isTrue();

        for (String request : List.of("Can you tell me how much the council spent on the new signage last year?",
                "FOI: how much did the council spend on the new signage last year?",
                "Please provide the total spent on the new signage last year.",
                "The total cost of the new signage, with the invoices.",
                "How many air quality readings on the High Street were over the legal limit last year?")) {
            Classification c = ENGLAND.classify(Message.builder(request).receivedAt(MON_2_MAR_2026)
                    .channel(Channel.PUBLIC).platform(Platform.X).build());
            assertThat(c.isRequest()).as(request).isTrue();
            assertThat(c.ambiguous()).as(request).isFalse();
        }
        Classification email = ENGLAND.classify(Message.builder(bare).receivedAt(MON_2_MAR_2026)
                .channel(Channel.PRIVATE).build());
        assertThat(email.type()).isEqualTo(RequestType.FOI);
        assertThat(email.ambiguous()).as("written to the council by email").isFalse();

        for (String notRequest : List.of("Is there a form for an FOI request or do I just email?",
                "Do students have to pay council tax?")) {
            Classification c = ENGLAND.classify(Message.builder(notRequest).receivedAt(MON_2_MAR_2026)
                    .channel(Channel.PUBLIC).platform(Platform.FACEBOOK).build());
            assertThat(c.type()).as(notRequest).isEqualTo(RequestType.NONE);
            assertThat(c.ambiguous()).as(notRequest).isFalse();
        }
    }

    @Test
    void rhetoricalJibeAboutSpendingIsAmbiguousAndAsksTheCustomer() {
        Classification c = ENGLAND.classify(msg("How much did you waste on that ridiculous sculpture?!"));
        assertThat(c.ambiguous()).isTrue();
        assertThat(c.valid()).isFalse();
        assertThat(c.actions()).startsWith(MessageAction.ASK_IF_FOI).contains(MessageAction.FORWARD_TO_INFORMATION_TEAM);
        assertThat(c.acknowledgement().shortForm()).isEqualTo("Would you like us to handle your question as a Freedom "
                + "of Information request? If so, please send your full name and an email address.");
        assertThat(c.due()).as("counted from receipt in case it is a request").isNotNull();
    }

    @Test
    void validityNeedsARealNameAndAnAddressForCorrespondence() {
        String q = "FOI request: how many council houses are empty?";
        Classification handleOnly = ENGLAND.classify(Message.builder(q).receivedAt(MON_2_MAR_2026)
                .sender("Concerned Resident", "@binwatcher99", null, null).build());
        assertThat(handleOnly.valid()).isFalse();
        assertThat(handleOnly.missing()).containsExactly(MissingDetail.NAME, MissingDetail.ADDRESS);

        Classification nameOnly = ENGLAND.classify(Message.builder(q).receivedAt(MON_2_MAR_2026)
                .sender("Jo Bloggs", "@jobloggs", null, null).build());
        assertThat(nameOnly.missing()).containsExactly(MissingDetail.ADDRESS);
        assertThat(nameOnly.actions()).contains(MessageAction.ASK_FOR_EMAIL).doesNotContain(MessageAction.ASK_FOR_NAME);

        Classification full = ENGLAND.classify(Message.builder(q).receivedAt(MON_2_MAR_2026)
                .sender("Jo Bloggs", "@jobloggs", "jo@example.com", null).build());
        assertThat(full.valid()).isTrue();
        assertThat(full.missing()).isEmpty();
        assertThat(full.actions()).containsExactly(MessageAction.FORWARD_TO_INFORMATION_TEAM);

        Classification signed = ENGLAND.classify(msg(q + " Reply to a.macdonald@example.org, Alan Macdonald"));
        assertThat(signed.valid()).isTrue();
        Classification postal = ENGLAND.classify(msg(q + " Jane Smith, 12 Elm Road"));
        assertThat(postal.valid()).isTrue();
    }

    @Test
    void theCouncilsOwnEmailIsNotTheRequestersAddress() {
        Classification c = MessageClassifier.forProfile(SUFFOLK).classify(Message.builder(
                "Please send me the minutes of the last cabinet meeting. I tried Information.Management@suffolk.gov.uk")
                .receivedAt(MON_2_MAR_2026).sender("Jo Bloggs", null, null, null).build());
        assertThat(c.missing()).containsExactly(MissingDetail.ADDRESS);
    }

    @Test
    void scottishCouncilAnswersUnderFoisaOnTheScottishCalendar() {
        // Mon 2 Mar 2026 received; FOISA ignores St Patrick's Day (NI): Mon 30 Mar
        Classification c = SCOTLAND.classify(msg("How many council houses are empty right now? Alan Macdonald, "
                + "a.macdonald@example.org"));
        assertThat(c.regime()).isEqualTo(Regime.FOISA);
        assertThat(c.due()).isEqualTo(LocalDate.of(2026, 3, 30));
        Classification eir = SCOTLAND.classify(msg("Please send the air quality readings for the High Street."));
        assertThat(eir.regime()).isEqualTo(Regime.EIR);
        assertThat(eir.due()).as("EISR: Scottish working days").isEqualTo(LocalDate.of(2026, 3, 30));
    }

    @Test
    void suffolkUsesItsOwnTemplates() {
        Classification c = MessageClassifier.forProfile(SUFFOLK).classify(msg("Please send me the number of "
                + "agency staff employed in 2024."));
        assertThat(c.acknowledgement().full()).startsWith("Thank you for your request. Our Freedom of Information Team");
        assertThat(c.acknowledgement().shortForm()).startsWith("Thanks for the request. Please DM us your email")
                .contains("full name");
        // Suffolk's wording asks for an email: when one was given, the library's wording thanks and gives the date.
        Classification withEmail = MessageClassifier.forProfile(SUFFOLK).classify(Message.builder("Please send me the "
                + "number of agency staff employed in 2024.").receivedAt(MON_2_MAR_2026)
                .sender("Jo Bloggs", null, "jo@example.com", null).build());
        assertThat(withEmail.acknowledgement().full()).startsWith("Thank you for your Freedom of Information request, "
                + "Jo Bloggs.").contains("31 March 2026").doesNotContain("email");
        assertThat(withEmail.acknowledgement().shortForm()).doesNotContain("email");
    }

    @Test
    void complaintIsRoutedAndCanAlsoBeARequest() {
        Classification only = ENGLAND.classify(msg("Nobody emptied our green bin again, fourth time this month. Sort it out."));
        assertThat(only.complaint()).isTrue();
        assertThat(only.type()).isEqualTo(RequestType.NONE);
        assertThat(only.actions()).containsExactly(MessageAction.ROUTE_TO_COMPLAINTS);
        assertThat(only.clauses()).contains("IN-6");
        assertThat(only.acknowledgement().full()).contains("our customer services team");

        Classification both = ENGLAND.classify(msg("I want to make a complaint about the missed collections. Please "
                + "also send me the number of missed bins reported in my ward this year."));
        assertThat(both.complaint()).isTrue();
        assertThat(both.type()).isEqualTo(RequestType.FOI);
        assertThat(both.actions()).contains(MessageAction.FORWARD_TO_INFORMATION_TEAM, MessageAction.ROUTE_TO_COMPLAINTS);

        MessageClassifier shwd = MessageClassifier.forProfile(
                CorpusRows.REGISTRY.profileLoader().builtIn("south-hams-west-devon"));
        assertThat(shwd.classify(msg("I want to complain about the state of the toilets")).acknowledgement().full())
                .contains("our Customer Call Centre");
    }

    @Test
    void fireServiceAsksForAnFoiRequestForIncidentDetails() {
        MessageClassifier fire = MessageClassifier.forProfile(FIRE);
        Classification c = fire.classify(msg("How many firefighters were on the engine at the house fire on Elm Road?"));
        assertThat(c.actions()).contains(MessageAction.SUGGEST_FOI_REQUEST);
        assertThat(c.clauses()).contains("IN-8");
        assertThat(c.acknowledgement().full()).contains("Freedom of Information request")
                .contains("Information.Management@suffolk.gov.uk");
        assertThat(fire.classify(msg("Was anyone hurt in the fire last night?")).actions())
                .contains(MessageAction.SUGGEST_FOI_REQUEST);
        assertThat(fire.classify(msg("Great work by the crews at the weekend")).actions())
                .doesNotContain(MessageAction.SUGGEST_FOI_REQUEST);
        // Off elsewhere: a council is not a fire service.
        assertThat(MessageClassifier.forProfile(SUFFOLK).classify(msg("Was anyone hurt in the fire last night?"))
                .actions()).doesNotContain(MessageAction.SUGGEST_FOI_REQUEST);
    }

    @Test
    void missingReceiptDateUsesTheClock() {
        Clock clock = Clock.fixed(MON_2_MAR_2026.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        Classification c = MessageClassifier.forProfile(CorpusRows.ENGLAND, clock)
                .classify(Message.of("Please send me the minutes of the planning committee."));
        assertThat(c.deadline().received()).isEqualTo(MON_2_MAR_2026);
    }

    @Test
    void nullsFailFastAndToStringHidesPersonalData() {
        assertThatThrownBy(() -> ENGLAND.classify(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("message");
        assertThatThrownBy(() -> MessageClassifier.forProfile(null)).isInstanceOf(NullPointerException.class);
        Message m = Message.builder("Jo Bloggs jo@example.com wants the minutes")
                .sender("Jo Bloggs", "@jobloggs", "jo@example.com", "12 Elm Road").build();
        assertThat(m.toString()).doesNotContain("Jo", "Bloggs", "jo@example.com", "minutes");
        assertThat(m.sender().toString()).doesNotContain("Bloggs", "example", "Elm");
        Classification c = ENGLAND.classify(m);
        assertThat(c.toString()).doesNotContain("Bloggs", "jo@example.com");
    }

    @Test
    void hostileLongInputIsHandled() {
        // Shapes that would be quadratic for a careless scanner: many '@', capitalised pairs, numbers before
        // capitalised words, question marks. Linear scanners finish this at once.
        String chunk = "a@b@c. Jo Bloggs Aaa Bbb 12 Elm Road ?!? how many FOI my records about me 2024 ";
        String hostile = chunk.repeat(2_000) + "x".repeat(50_000);
        Classification c = ENGLAND.classify(msg(hostile));
        assertThat(c.regime() == null).as("a regime exactly when it is a request").isEqualTo(c.type() == RequestType.NONE);
        assertThat(c.acknowledgement() == null || c.acknowledgement().shortForm().length() <= 280).isTrue();
        org.councilpolicy.core.testsupport.Scaling.assertLinear("classifying a hostile mixture", 20_000,
                n -> () -> ENGLAND.classify(msg(chunk.repeat(n / chunk.length()))));
    }

    @Test
    void sharedAcrossThreadsGivesTheSameAnswers() throws Exception {
        List<String> texts = List.of("How much did the council spend on consultants in 2024?", "When is my bin day?",
                "I want a copy of all the data you hold on me", "What is the council's position on the incinerator?");
        List<Classification> expected = texts.stream().map(t -> ENGLAND.classify(msg(t))).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                int k = i % texts.size();
                results.add(pool.submit(() -> ENGLAND.classify(msg(texts.get(k))).equals(expected.get(k))));
            }
            for (Future<Boolean> f : results) {
                assertThat(f.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
