package org.councilpolicy.core.clause;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.councilpolicy.core.testsupport.SharedCorpus;
import org.junit.jupiter.api.Test;

/**
 * The clause inventory shipped as data reads the same as the policies' own numbering (CLAUSES.md beside the
 * project): the same clauses in the same order, each with the same family, sources and kind. The requirement
 * is the project's own one-line summary, so it is not compared. Skips when the policies are absent.
 */
class ClauseNumberingTest {

    /** One row of CLAUSES.md: its section heading, ID, sources and kind. */
    private record Row(String family, String id, String source, String kind) {
    }

    @Test
    void theInventoryHasThePoliciesClausesInTheirOrderWithTheirSourcesAndKinds() throws IOException {
        List<Row> numbered = new ArrayList<>();
        String family = null;
        for (String line : Files.readAllLines(SharedCorpus.shared("policies", "CLAUSES.md"))) {
            if (line.startsWith("## ")) {
                family = line.substring(3).strip();
            } else if (line.matches("\\| [A-Z]{2}-\\d+ \\|.*")) {
                String[] cells = line.split("\\|");
                numbered.add(new Row(family, cells[1].strip(), cells[2].strip(), cells[cells.length - 1].strip()));
            }
        }
        List<Row> inventory = ClauseInventory.standard().clauses().stream()
                .map(c -> new Row(c.family(), c.id(), c.source(), c.kind().name())).toList();
        assertThat(numbered).as("clauses numbered in CLAUSES.md").hasSizeGreaterThan(50);
        assertThat(inventory).containsExactlyElementsOf(numbered);
    }
}
