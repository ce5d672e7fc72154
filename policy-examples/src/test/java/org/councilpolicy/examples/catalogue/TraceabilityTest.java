package org.councilpolicy.examples.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.councilpolicy.core.clause.Clause;
import org.councilpolicy.core.clause.ClauseInventory;
import org.councilpolicy.core.clause.ClauseKind;
import org.councilpolicy.core.engine.RuleRegistry;
import org.councilpolicy.core.rule.RuleInfo;
import org.junit.jupiter.api.Test;

/** Every rule cites real clauses; every CHECK or AID clause has a rule or says why not yet. */
class TraceabilityTest {

    private final List<RuleInfo> rules = RuleRegistry.discover().infos();
    private final ClauseInventory inventory = ClauseInventory.standard();

    @Test
    void theInventoryMatchesTheSharedClauseList() {
        assertThat(inventory.clauses()).hasSize(76);
        assertThat(inventory.clauses()).extracting(Clause::id).doesNotHaveDuplicates();
    }

    @Test
    void everyCitedClauseExists() {
        List<String> bad = new ArrayList<>();
        for (RuleInfo r : rules) {
            for (String c : r.clauses()) {
                if (!inventory.contains(c)) {
                    bad.add(r.id() + " cites " + c);
                }
            }
        }
        assertThat(bad).as("rules citing clauses that do not exist").isEmpty();
    }

    @Test
    void everyCheckOrAidClauseHasARuleOrSaysWhyNot() {
        Set<String> cited = rules.stream().flatMap(r -> r.clauses().stream()).collect(Collectors.toSet());
        List<String> uncovered = inventory.clauses().stream()
                .filter(c -> c.kind() != ClauseKind.GUIDE)
                .filter(c -> !cited.contains(c.id()) && c.note() == null)
                .map(Clause::id).toList();
        assertThat(uncovered).as("CHECK/AID clauses with no rule and no pending note").isEmpty();
    }

    @Test
    void guideClausesSayWhyPeopleDecideThem() {
        assertThat(inventory.clauses()).filteredOn(c -> c.kind() == ClauseKind.GUIDE)
                .allSatisfy(c -> assertThat(c.note()).as(c.id()).isNotBlank());
    }

    @Test
    void aClauseWithARuleCarriesNoStalePendingNote() {
        Set<String> cited = rules.stream().flatMap(r -> r.clauses().stream()).collect(Collectors.toSet());
        List<String> stale = inventory.clauses().stream()
                .filter(c -> c.kind() != ClauseKind.GUIDE && cited.contains(c.id()) && c.note() != null)
                .map(Clause::id).toList();
        assertThat(stale).as("clauses covered by a rule that still say 'pending'").isEmpty();
    }
}
