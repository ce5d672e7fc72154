package org.councilpolicy.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Predicate;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.RuleInfo;
import org.junit.jupiter.api.Test;

class SelectionsTest {

    /** A rule as the engine holds it, reduced to what a selection reads: its metadata and stage. */
    private record R(RuleInfo info, boolean second) {
    }

    private static R rule(String id, Category category, boolean second) {
        return new R(RuleInfo.builder(id).title(id).category(category).clauses("CO-1").rationale("r").fires("f")
                .passes("p").build(), second);
    }

    private static final List<R> RULES = List.of(rule("a.one", Category.PERSONAL_DATA, false),
            rule("a.two", Category.CONDUCT, false), rule("a.three", Category.PERSONAL_DATA, false),
            rule("a.second", Category.PERSONAL_DATA, true));

    private final Selections<R> selections = new Selections<>(R::info, R::second);

    private static List<String> ids(List<R> rules) {
        return rules.stream().map(r -> r.info().id()).toList();
    }

    @Test
    void aLambdaThatCapturesNothingIsStatelessOneThatCapturesIsNot() {
        Predicate<RuleInfo> none = i -> i.category() == Category.PERSONAL_DATA;
        String captured = "a.one";
        Predicate<RuleInfo> capturing = i -> i.id().equals(captured);
        assertThat(selections.stateless(none)).isTrue();
        assertThat(selections.stateless(capturing)).isFalse();
    }

    @Test
    void selectsInOrderWithoutTheExceptedRuleAndWithoutSecondOpinionsForDerivedSubjects() {
        Predicate<RuleInfo> pd = i -> i.category() == Category.PERSONAL_DATA;
        assertThat(ids(selections.filter(RULES, pd, null, false))).containsExactly("a.one", "a.three", "a.second");
        assertThat(ids(selections.filter(RULES, pd, "a.one", true))).containsExactly("a.three");
    }

    @Test
    void aRememberedSelectionIsKeptApartByTypeExceptionAndDerivation() {
        Predicate<RuleInfo> pd = i -> i.category() == Category.PERSONAL_DATA;
        assertThat(ids(selections.memo(String.class, pd, null, true, RULES))).containsExactly("a.one", "a.three");
        assertThat(ids(selections.memo(String.class, pd, null, false, RULES)))
                .containsExactly("a.one", "a.three", "a.second");
        assertThat(ids(selections.memo(String.class, pd, "a.three", true, RULES))).containsExactly("a.one");
        assertThat(ids(selections.memo(Integer.class, pd, null, true, RULES.subList(1, 2)))).isEmpty();
        // asked again: the same answers, from memory
        assertThat(ids(selections.memo(String.class, pd, null, true, RULES))).containsExactly("a.one", "a.three");
        assertThat(ids(selections.memo(Integer.class, pd, null, true, RULES))).isEmpty();
    }
}
