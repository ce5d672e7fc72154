package org.councilpolicy.content.messages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 item 11: {@code valid} and {@code missing} say the same thing (a request is valid exactly when nothing
 * is missing; a message that is not a request has neither), over every message of the project's own corpus.
 */
class ValidityAgreesWithMissingTest {

    @Test
    void validExactlyWhenNothingIsMissing() {
        int requests = 0;
        for (JsonNode row : CorpusRows.readResource("/corpus/messages.jsonl")) {
            Classification c = MessageClassifier.forProfile(CorpusRows.profileFor(row)).classify(CorpusRows.message(row));
            assertThat(c.valid()).as(row.path("id").asText()).isEqualTo(c.type() != RequestType.NONE && c.missing().isEmpty());
            if (c.type() == RequestType.NONE) {
                assertThat(c.missing()).as(row.path("id").asText()).isEmpty();
            } else {
                requests++;
            }
        }
        assertThat(requests).isGreaterThan(100);
    }
}
