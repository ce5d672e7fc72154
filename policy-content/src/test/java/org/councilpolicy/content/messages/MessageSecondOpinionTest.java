package org.councilpolicy.content.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.councilpolicy.core.engine.SecondOpinion;
import org.councilpolicy.core.rule.Rule;
import org.junit.jupiter.api.Test;

/** A second opinion may raise a message to "ask whether this is a request", and do nothing else. */
class MessageSecondOpinionTest {

    private static final LocalDate MON_2_MAR_2026 = LocalDate.of(2026, 3, 2);

    /** Says every message reads like a request, and counts how often it is asked. */
    static final class Always implements SecondOpinion {
        final AtomicInteger asked = new AtomicInteger();

        @Override
        public String name() {
            return "always";
        }

        @Override
        public List<Rule<?>> rules() {
            return List.of();
        }

        @Override
        public Optional<Opinion> requestOpinion(String text) {
            asked.incrementAndGet();
            return Optional.of(new Opinion("request", 0.9, 0.7, List.of("request-p-0001")));
        }
    }

    private static Message msg(String text) {
        return Message.builder(text).receivedAt(MON_2_MAR_2026).build();
    }

    @Test
    void aNonRequestThatReadsLikeOneIsAskedAboutNeverTreatedAsCertain() {
        MessageClassifier plain = MessageClassifier.forProfile(CorpusRows.ENGLAND);
        Always stage = new Always();
        MessageClassifier semantic = plain.withSecondOpinion(stage);
        Message m = msg("Thanks for fixing the streetlight so quickly");
        assertThat(plain.classify(m).type()).isEqualTo(RequestType.NONE);
        Classification c = semantic.classify(m);
        assertThat(c.type()).isEqualTo(RequestType.FOI);
        assertThat(c.ambiguous()).isTrue();
        assertThat(c.actions()).contains(MessageAction.ASK_IF_FOI);
        assertThat(c.reasons()).contains("semantic head request: score 0.90 >= threshold 0.70; reads like: request-p-0001");
        assertThat(c.acknowledgement().full()).contains("Would you like us to handle it as");
    }

    @Test
    void aRequestTheRulesFoundIsLeftAsItIsAndTheStageIsNotAsked() {
        Always stage = new Always();
        MessageClassifier plain = MessageClassifier.forProfile(CorpusRows.ENGLAND);
        Message m = msg("How much did the council spend on the new signage last year?");
        assertThat(plain.withSecondOpinion(stage).classify(m)).isEqualTo(plain.classify(m));
        assertThat(stage.asked).hasValue(0);
    }
}
