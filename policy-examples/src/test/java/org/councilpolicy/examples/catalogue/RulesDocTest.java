package org.councilpolicy.examples.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.councilpolicy.examples.cli.PolicyKit;
import org.junit.jupiter.api.Test;

/** docs/rules.md is what {@code ./policykit rules --format markdown} prints, to the byte. */
class RulesDocTest {

    @Test
    void rulesMarkdownIsUpToDate() throws Exception {
        StringWriter out = new StringWriter();
        int code = PolicyKit.execute(new String[] {"rules", "--format", "markdown"}, new PrintWriter(out),
                new PrintWriter(new StringWriter()));
        assertThat(code).isZero();
        Path doc = Path.of("..", "docs", "rules.md");
        assertThat(doc).exists();
        String onDisk = Files.readString(doc, StandardCharsets.UTF_8);
        assertThat(onDisk)
                .as("docs/rules.md is out of date: run ./policykit rules --format markdown > docs/rules.md")
                .isEqualTo(out.toString());
    }
}
