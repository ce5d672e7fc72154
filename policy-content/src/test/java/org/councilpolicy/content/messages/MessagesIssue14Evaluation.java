package org.councilpolicy.content.messages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 14's development cases, {@code corpus/messages-issue14.jsonl}: written for this project, one or more per
 * class the issue describes (own records asked for in any words and under any law, environmental tests and results,
 * complaints without the word, request plus complaint, casual questions to ask about, problem reports, a deceased
 * parent's records, pseudonyms), and since the IN-5 decision of 2026-12-07 bare questions on social media (asked
 * about), the same asked of the council or by email (requests), written asks ("I would be grateful for", "whatever
 * you hold on"), departments named after environmental subjects, and own records named in one sentence and asked
 * for in the next; and since round 4 (i14-195 on) complaints by composition (a remedy asked, dissatisfaction about
 * how something was handled or about staff, broken promises with the time passed, failures asked as questions,
 * misspellings, the English of Scotland and Northern Ireland, Welsh), requests in an email's own words, service
 * questions about where or when something is published, and casual questions about facts the council holds; and since
 * round 5 (i14-529 on) questions about who made a council decision, when, or whether anyone was consulted (asked
 * about on social media, requests by email), requests by email in a letter's words, and service questions on
 * environmental subjects that ask the council to do something or say when it will (near-miss EIR requests beside
 * them); and since round 6 (i14-930 on) post the sender sent or received told in a complaint, two figures asked on
 * social media, the ground's state and pest poisons, the EIR cited for a budget, a service's charge, own records told
 * after the record noun, complaints in more everyday words, imperative and wishing request wording, and near misses
 * beside each. Type,
 * complaint and, for requests, validity are checked. One known miss is allowed and named in
 * {@link #KNOWN}: a log "of every time I've called" is not read as the sender's own record (calls the sender made
 * are not composed with "me", which mistook requests that mention a call for subject access) and reads as
 * repeated contact (a complaint).
 */
class MessagesIssue14Evaluation {

    static final java.util.Set<String> KNOWN = java.util.Set.of("i14-013 SAR", "i14-013 complaint");

    @Test
    void everyDevelopmentCaseAgrees() {
        List<JsonNode> rows = CorpusRows.readResource("/corpus/messages-issue14.jsonl");
        List<String> wrong = new ArrayList<>();
        for (JsonNode row : rows) {
            String label = row.get("label").asText();
            Classification c = MessageClassifier.forProfile(CorpusRows.profileFor(row)).classify(CorpusRows.message(row));
            String id = row.get("id").asText();
            if (!CorpusRows.agrees(label, c)) {
                wrong.add(id + " " + label + " -> " + CorpusRows.describe(c) + " " + c.reasons());
            }
            if (row.get("complaint").asBoolean() != c.complaint()) {
                wrong.add(id + " complaint " + row.get("complaint").asBoolean() + " -> " + c.complaint() + " "
                        + c.reasons());
            }
            if (row.hasNonNull("valid") && CorpusRows.isRequestLabel(label) && c.valid() != row.get("valid").asBoolean()) {
                wrong.add(id + " valid " + row.get("valid").asBoolean() + " -> " + c.valid());
            }
        }
        System.out.println("MessagesIssue14Evaluation: " + rows.size() + " rows, " + wrong.size() + " disagreements");
        wrong.forEach(w -> System.out.println("  " + w));
        assertThat(rows).hasSizeGreaterThanOrEqualTo(500);
        assertThat(wrong).allMatch(w -> KNOWN.stream().anyMatch(w::startsWith), "a known miss");
    }
}
