package org.councilpolicy.examples.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.councilpolicy.content.messages.MessageClassifier;
import org.councilpolicy.core.engine.RuleRegistry;
import org.councilpolicy.examples.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FoiRegisterTest {

    @TempDir
    Path dir;

    @Test
    void mainWritesTheRegisterOfTheSampleInbox() throws Exception {
        String out = Samples.stdout(() -> FoiRegister.main(new String[] {Samples.file("messages.jsonl").toString()}));
        assertThat(out.lines().toList()).containsExactly(
                FoiRegister.HEADER,
                "m1,2026-03-02,FOI,false,FOIA,2026-03-31,false,ADDRESS,FORWARD_TO_INFORMATION_TEAM;ASK_FOR_EMAIL",
                "m3,2026-03-02,FOI,true,FOIA,2026-03-31,false,NAME;ADDRESS,ASK_IF_FOI;FORWARD_TO_INFORMATION_TEAM",
                "m4,2026-03-02,EIR,false,EIR,2026-03-31,true,,FORWARD_TO_INFORMATION_TEAM",
                "m5,2026-01-31,SAR,false,UK_GDPR,2026-03-02,true,,FORWARD_TO_INFORMATION_TEAM;VERIFY_IDENTITY",
                "# 4 in the register, 2 not requests for information");
    }

    @Test
    void scottishCouncilsCountUnderFoisaAndTheRegisterHoldsNoText() throws Exception {
        Path inbox = dir.resolve("inbox.jsonl");
        Files.write(inbox, List.of(
                "{\"id\":\"SB/1, urgent\",\"text\":\"Please tell me how much the council spent on agency staff in 2024/25.\","
                        + "\"receivedAt\":\"2026-03-02\",\"sender\":{\"name\":\"Jo Testperson\",\"email\":\"jo@example.org\"}}",
                "{\"id\":\"SB/2\",\"text\":\"When is my bin day?\"}"));
        Clock clock = Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC);
        MessageClassifier scottish = MessageClassifier.forProfile(
                RuleRegistry.discover().profileLoader().builtIn("scottish-borders"), clock);
        StringWriter out = new StringWriter();
        int rows = new FoiRegister(scottish, clock).run(inbox, new PrintWriter(out));
        assertThat(rows).isEqualTo(1);
        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(1)).startsWith("\"SB/1, urgent\",2026-03-02,FOI,false,FOISA,").contains(",true,,");
        assertThat(out.toString()).doesNotContain("Testperson").doesNotContain("example.org").doesNotContain("agency");
    }

    @Test
    void fieldsWithCommasOrQuotesAreQuoted() {
        assertThat(FoiRegister.csv("m1")).isEqualTo("m1");
        assertThat(FoiRegister.csv("a,b")).isEqualTo("\"a,b\"");
        assertThat(FoiRegister.csv("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    }
}
