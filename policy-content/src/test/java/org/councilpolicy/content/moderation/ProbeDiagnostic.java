package org.councilpolicy.content.moderation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.councilpolicy.core.engine.RuleRegistry;
import org.junit.jupiter.api.Test;

/**
 * Development aid, run by name only (not matched by the build's test patterns): decides each line
 * ({@code class<TAB>expected<TAB>text}, the moderation-classes.tsv format) of the file named by the {@code probe}
 * property (default {@code target/probe.tsv}) and writes the misses to {@code target/probe-out.txt}. For trying an
 * engineer's own new sentences before they join the regression corpus; never pointed at a blind set.
 */
class ProbeDiagnostic {

    @Test
    void writeDecisions() throws IOException {
        Moderator moderator = Moderator.of(RuleRegistry.discover().profileLoader().builtIn("uk-council"),
                Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC));
        List<String> out = new ArrayList<>();
        int ok = 0;
        int n = 0;
        for (String line : Files.readAllLines(Path.of(System.getProperty("probe", "target/probe.tsv")))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            ModerationDecision d = moderator.decide(Comment.of(f[2]));
            boolean right = f[1].equals("KEEP") ? d.decision() != Decision.DELETE
                    : d.decision() == Decision.DELETE && d.grounds().contains(Ground.valueOf(f[1]));
            n++;
            ok += right ? 1 : 0;
            out.add((right ? "ok  " : "MISS") + "\t" + f[0] + "\t" + f[1] + "\tgot=" + d.decision() + " " + d.grounds()
                    + "\t" + f[2] + "\t" + org.councilpolicy.content.offence.OffenceDetector.standard().analyse(f[2]).offences()
                    .stream().map(o -> o.kind() + ":" + o.term() + "(" + o.reason() + ")").toList());
        }
        out.add(0, "right " + ok + "/" + n);
        Files.write(Path.of("target", "probe-out.txt"), out);
    }
}
