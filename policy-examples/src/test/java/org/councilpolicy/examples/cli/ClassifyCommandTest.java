package org.councilpolicy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassifyCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<JsonNode> lines(String out) throws Exception {
        List<JsonNode> rows = new ArrayList<>();
        for (String l : out.split("\n")) {
            if (!l.isBlank()) {
                rows.add(JSON.readTree(l));
            }
        }
        return rows;
    }

    @Test
    void classifiesPerTheContract() throws Exception {
        String in = """
                {"id": "m1", "text": "Could you tell me how many penalty notices were issued on Harbour Street in 2025? DM me", "receivedAt": "2026-03-02", "channel": "PUBLIC", "platform": "X", "sender": {"name": "Jo Bloggs", "handle": "@jobloggs"}}
                {"id": "m2", "text": "When is my bin day?", "receivedAt": "2026-03-02"}
                {"id": "m3", "text": "How much did you waste on that ridiculous sculpture?!", "receivedAt": "2026-03-02"}
                """;
        CliRun r = CliRun.run(in, "classify");
        assertThat(r.exit()).isZero();
        List<JsonNode> out = lines(r.out());
        assertThat(out).hasSize(3);
        JsonNode m1 = out.get(0);
        List<String> fields = new ArrayList<>();
        for (Iterator<String> it = m1.fieldNames(); it.hasNext(); ) {
            fields.add(it.next());
        }
        assertThat(fields).containsExactly("id", "type", "ambiguous", "confidence", "valid", "missing", "complaint",
                "regime", "due", "actions", "acknowledgement", "cues");
        // Issue 14: the cues behind the type, as offsets into the text ("how many" asks for figures).
        String text = "Could you tell me how many penalty notices were issued on Harbour Street in 2025? DM me";
        boolean figures = false;
        for (JsonNode cue : m1.get("cues")) {
            figures |= cue.get("decides").asText().equals("type")
                    && text.substring(cue.get("start").asInt(), cue.get("end").asInt()).equals("how many");
        }
        assertThat(figures).as(m1.get("cues").toString()).isTrue();
        assertThat(m1.get("id").asText()).isEqualTo("m1");
        assertThat(m1.get("type").asText()).isEqualTo("FOI");
        assertThat(m1.get("valid").asBoolean()).isFalse();
        assertThat(m1.get("missing").toString()).isEqualTo("[\"ADDRESS\"]");
        assertThat(m1.get("regime").asText()).isEqualTo("FOIA");
        assertThat(m1.get("due").asText()).isEqualTo("2026-03-31");
        assertThat(m1.get("actions").toString()).isEqualTo("[\"FORWARD_TO_INFORMATION_TEAM\",\"ASK_FOR_EMAIL\"]");
        assertThat(m1.get("acknowledgement").get("short").asText().length()).isLessThanOrEqualTo(280);
        assertThat(m1.get("acknowledgement").get("full").asText()).contains("Jo Bloggs");

        JsonNode m2 = out.get(1);
        assertThat(m2.get("type").asText()).isEqualTo("NONE");
        assertThat(m2.get("regime").isNull()).isTrue();
        assertThat(m2.get("due").isNull()).isTrue();
        assertThat(m2.get("acknowledgement").isNull()).isTrue();

        JsonNode m3 = out.get(2);
        assertThat(m3.get("ambiguous").asBoolean()).isTrue();
        assertThat(m3.get("actions").toString()).contains("ASK_IF_FOI");
    }

    /**
     * Issue 14: a message that is both a request and a complaint says both, through the command line: the request's
     * type, {@code complaint: true}, the actions of each, an acknowledgement that names both, and cue spans behind
     * the type and behind the complaint.
     */
    @Test
    void aRequestThatAlsoComplainsSaysBoth() throws Exception {
        String text = "My bins have been missed three weeks running and nobody calls back. Please send me the "
                + "contract for the council tax call centre.";
        CliRun r = CliRun.run("{\"id\":\"b1\",\"text\":\"" + text + "\",\"receivedAt\":\"2026-03-02\",\"channel\":"
                + "\"PRIVATE\",\"sender\":{\"name\":\"Jo Bloggs\",\"email\":\"jo@example.com\"}}\n", "classify");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode row = lines(r.out()).get(0);
        assertThat(row.get("type").asText()).isEqualTo("FOI");
        assertThat(row.get("complaint").asBoolean()).isTrue();
        assertThat(row.get("actions").toString()).contains("FORWARD_TO_INFORMATION_TEAM").contains("ROUTE_TO_COMPLAINTS");
        assertThat(row.get("acknowledgement").get("full").asText()).contains("request").contains("complaint");
        List<String> decides = new ArrayList<>();
        for (JsonNode cue : row.get("cues")) {
            decides.add(cue.get("decides").asText());
            assertThat(cue.get("end").asInt()).isGreaterThan(cue.get("start").asInt()).isLessThanOrEqualTo(text.length());
        }
        assertThat(decides).contains("type", "complaint");
    }

    @Test
    void scottishProfileGivesFoisa() throws Exception {
        CliRun r = CliRun.run("{\"id\":1,\"text\":\"FOISA request - how many council houses are empty right now? "
                + "Reply to a.macdonald@example.org, Alan Macdonald\",\"receivedAt\":\"2026-03-02\"}\n",
                "classify", "--profile", "scottish-borders");
        JsonNode row = lines(r.out()).get(0);
        assertThat(r.exit()).isZero();
        assertThat(row.get("regime").asText()).isEqualTo("FOISA");
        assertThat(row.get("valid").asBoolean()).isTrue();
        assertThat(row.get("due").asText()).isEqualTo("2026-03-30");
    }

    @Test
    void badLinesGetAnErrorLineAndExitTwoWhileOthersAreProcessed() throws Exception {
        String in = """
                {"id": "a", "text": "Please send me the minutes of the cabinet meeting."}
                {"id": "b", "receivedAt": "2026-03-02"}
                {"id": "c", "text": "hi", "receivedAt": "yesterday"}
                {"id": "d", "text": "hi", "channel": "SHOUTED"}
                {"id": "e", "text": "hi", "sender": {"name": 5}}
                not json
                {"id": "f", "text": "When is my bin day?"}
                """;
        CliRun r = CliRun.run(in, "classify");
        assertThat(r.exit()).isEqualTo(2);
        List<JsonNode> out = lines(r.out());
        assertThat(out).hasSize(7);
        assertThat(out.get(0).has("type")).isTrue();
        assertThat(out.get(1).get("error").asText()).contains("line 2").contains("text");
        assertThat(out.get(2).get("error").asText()).contains("receivedAt");
        assertThat(out.get(3).get("error").asText()).contains("channel");
        assertThat(out.get(4).get("error").asText()).contains("sender.name");
        assertThat(out.get(5).get("error").asText()).contains("line 6");
        assertThat(out.get(6).get("type").asText()).isEqualTo("NONE");
        assertThat(r.err()).contains("line 2").contains("line 6");
    }

    @Test
    void unknownProfileIsAUsageError() {
        CliRun r = CliRun.run("", "classify", "--profile", "no-such-council");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("policykit:");
    }

    @Test
    void anUnknownJurisdictionIsAUsageErrorBeforeAnyInputIsRead() {
        CliRun r = CliRun.run("{\"id\": \"m\", \"text\": \"When is my bin day?\"}\n", "classify", "--jurisdiction",
                "mars");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("policykit: --jurisdiction: expected ENGLAND, WALES, SCOTLAND or "
                + "NORTHERN_IRELAND, got \"mars\"");
    }
}
