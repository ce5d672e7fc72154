package org.councilpolicy.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.councilpolicy.core.profile.Profile;
import org.councilpolicy.core.profile.RuleOverride;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.Check;
import org.councilpolicy.core.rule.Finding;
import org.councilpolicy.core.rule.Rule;
import org.councilpolicy.core.rule.RuleContext;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.RuleSettings;
import org.councilpolicy.core.rule.Severity;
import org.councilpolicy.core.rule.SharedKey;
import org.councilpolicy.core.rule.SimpleRule;
import org.junit.jupiter.api.Test;

class EngineTest {

    /** Fires on every occurrence of "secret" in a String subject. */
    static final class SecretRule extends SimpleRule<String> {
        static final RuleInfo INFO = RuleInfo.builder("test.secret").title("Secret").category(Category.CONFIDENTIAL)
                .severity(Severity.BLOCK).clauses("PD-5").rationale("Secrets stay secret.")
                .fires("a secret plan").passes("a public plan").build();

        SecretRule() {
            super(INFO, String.class);
        }

        @Override
        public void check(String subject, RuleContext context) {
            int i = subject.indexOf("secret");
            while (i >= 0) {
                context.report(context.finding().span(i, i + 6).excerpt("s•••").message("Secret material."));
                i = subject.indexOf("secret", i + 1);
            }
        }
    }

    /** Reports whole-text advice when the text is long; has an option for the limit. */
    static final class LengthRule implements Rule<String> {
        static final RuleInfo INFO = RuleInfo.builder("test.length").title("Length").category(Category.PLATFORM)
                .severity(Severity.ADVICE).clauses("RC-14").rationale("Keep it short.")
                .fires("a very long text").passes("short")
                .option(org.councilpolicy.core.rule.RuleOption.integer("max", 10, "longest allowed"))
                .build();

        final AtomicInteger prepared = new AtomicInteger();

        @Override
        public RuleInfo info() {
            return INFO;
        }

        @Override
        public Class<String> subjectType() {
            return String.class;
        }

        @Override
        public Check<String> prepare(Profile profile, RuleSettings settings) {
            prepared.incrementAndGet();
            int max = settings.intOption("max");
            return (s, ctx) -> {
                if (s.length() > max) {
                    ctx.report(ctx.finding().message("Longer than " + max + "."));
                }
            };
        }
    }

    private static Engine engine(Profile profile, Rule<?>... rules) {
        Engine.Builder b = Engine.builder().withoutDiscovery().profile(profile);
        for (Rule<?> r : rules) {
            b.addRule(r);
        }
        return b.build();
    }

    private static Profile profile() {
        return Profile.builder("test").build();
    }

    @Test
    void reportsFindingsSortedWithVerdictFromTheWorstSeverity() {
        Report r = engine(profile(), new SecretRule(), new LengthRule()).check("our secret and another secret");
        assertThat(r.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(r.findings()).extracting(f -> f.rule()).containsExactly("test.secret", "test.secret", "test.length");
        assertThat(r.findings().get(0).span().start()).isEqualTo(4);
        assertThat(r.findings().get(1).span().start()).isEqualTo(23);
        assertThat(r.findings().get(2).span()).isNull();
    }

    @Test
    void adviceAloneGivesPass() {
        Report r = engine(profile(), new SecretRule(), new LengthRule()).check("nothing to see here");
        assertThat(r.verdict()).isEqualTo(Verdict.PASS);
        assertThat(r.findings()).hasSize(1);
    }

    @Test
    void profileOverridesSeverityDisablesRulesAndSetsOptions() {
        Profile p = Profile.builder("strict")
                .rule("test.secret", new RuleOverride(null, Severity.REVIEW, "Reviewed by the comms team.", Map.of()))
                .rule("test.length", new RuleOverride(null, null, null, Map.of("max", 100)))
                .build();
        Report r = engine(p, new SecretRule(), new LengthRule()).check("a secret that is not too long at all");
        assertThat(r.verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(r.findings()).singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.REVIEW));

        Profile off = Profile.builder("off")
                .rule("test.secret", new RuleOverride(false, null, "Not ours.", Map.of())).build();
        assertThat(engine(off, new SecretRule()).check("secret").findings()).isEmpty();
    }

    @Test
    void preparesEachRuleOnceAndRunsOnlyOnMatchingSubjects() {
        LengthRule length = new LengthRule();
        Engine e = engine(profile(), length);
        e.check("a text longer than ten");
        e.check("another text longer than ten");
        assertThat(length.prepared).hasValue(1);
    }

    @Test
    void aSubjectNoRuleChecksFailsLoudlyRatherThanPassing() {
        Engine e = engine(profile(), new LengthRule());
        assertThat(e.handles(String.class)).isTrue();
        assertThat(e.handles(Integer.class)).isFalse();
        assertThatThrownBy(() -> e.check(Integer.valueOf(5))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.lang.Integer");
        Profile off = Profile.builder("off")
                .rule("test.length", new RuleOverride(false, null, "Not ours.", Map.of())).build();
        assertThat(engine(off, new LengthRule()).check("a text longer than ten").findings())
                .as("a type whose rules the profile turned off is still a type the engine knows").isEmpty();
    }

    @Test
    void aRuleCannotReportABuilderStartedByAnotherContext() {
        Rule<String> thief = new SimpleRule<>(RuleInfo.builder("test.thief").title("t").category(Category.CONDUCT)
                .clauses("SC-1").rationale("r").fires("f").passes("p").build(), String.class) {
            private Finding.Builder stolen;

            @Override
            public void check(String s, RuleContext ctx) {
                if (stolen == null) {
                    stolen = ctx.finding().message("first");
                } else {
                    ctx.report(stolen);
                }
            }
        };
        Engine e = engine(profile(), thief);
        e.check("one");
        assertThatThrownBy(() -> e.check("two")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("did not start");
    }

    @Test
    void settingsForRulesTheEngineDoesNotHoldAreIgnored() {
        Profile p = Profile.builder("other").rule("test.nope", new RuleOverride(false, null, "x", Map.of())).build();
        assertThat(engine(p, new SecretRule()).check("secret").findings()).hasSize(1);
    }

    @Test
    void duplicateRuleIdsAreRejected() {
        assertThatThrownBy(() -> engine(profile(), new SecretRule(), new SecretRule()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("test.secret");
    }

    @Test
    void sharedAnalysesAreComputedOncePerSubject() {
        SharedKey<String> key = SharedKey.named("upper");
        AtomicInteger computed = new AtomicInteger();
        RuleInfo a = RuleInfo.builder("test.a").title("A").category(Category.CONDUCT).clauses("CO-1")
                .rationale("r").fires("f").passes("p").build();
        RuleInfo b = RuleInfo.builder("test.b").title("B").category(Category.CONDUCT).clauses("CO-1")
                .rationale("r").fires("f").passes("p").build();
        class Uses extends SimpleRule<String> {
            Uses(RuleInfo info) {
                super(info, String.class);
            }

            @Override
            public void check(String s, RuleContext ctx) {
                String up = ctx.shared(key, () -> {
                    computed.incrementAndGet();
                    return s.toUpperCase(java.util.Locale.ROOT);
                });
                if (up.contains("X")) {
                    ctx.report(ctx.finding().message("x"));
                }
            }
        }
        Engine e = engine(profile(), new Uses(a), new Uses(b));
        assertThat(e.check("x").findings()).hasSize(2);
        assertThat(computed).hasValue(1);
        e.check("y");
        assertThat(computed).hasValue(2);
    }

    @Test
    void analysesOfTextsAreSharedWithDerivedSubjectsOtherAnalysesAreNot() {
        SharedKey<String> ofTexts = SharedKey.ofTexts("texts");
        SharedKey<String> perSubject = SharedKey.named("subject");
        AtomicInteger textsComputed = new AtomicInteger();
        AtomicInteger subjectComputed = new AtomicInteger();
        RuleInfo outerInfo = RuleInfo.builder("test.outer").title("Outer").category(Category.CONDUCT)
                .clauses("CO-1").rationale("r").fires("f").passes("p").build();
        RuleInfo innerInfo = RuleInfo.builder("test.inner").title("Inner").category(Category.CONDUCT)
                .clauses("CO-1").rationale("r").fires("f").passes("p").build();
        class Inner extends SimpleRule<String> {
            Inner() {
                super(innerInfo, String.class);
            }

            @Override
            public void check(String s, RuleContext ctx) {
                ctx.shared(ofTexts, () -> "t" + textsComputed.incrementAndGet());
                ctx.shared(perSubject, () -> "s" + subjectComputed.incrementAndGet());
            }
        }
        class Outer extends SimpleRule<Integer> {
            Outer() {
                super(outerInfo, Integer.class);
            }

            @Override
            public void check(Integer n, RuleContext ctx) {
                ctx.shared(ofTexts, () -> "t" + textsComputed.incrementAndGet());
                ctx.shared(perSubject, () -> "s" + subjectComputed.incrementAndGet());
                ctx.checkAlso(String.valueOf(n), info -> true);
            }
        }
        Engine e = engine(profile(), new Outer(), new Inner());
        e.check(7);
        assertThat(textsComputed).as("computed once, shared with the derived subject").hasValue(1);
        assertThat(subjectComputed).as("computed for the subject and again for the derived one").hasValue(2);
        e.check(8);
        assertThat(textsComputed).as("never shared across checks").hasValue(2);
    }

    /** A rule of {@code type} that records its id when it runs; an Integer rule given 5 also checks 6, derived. */
    private static <S> Rule<S> recording(String id, Class<S> type, List<String> ran) {
        RuleInfo info = RuleInfo.builder(id).title(id).category(Category.CONDUCT).clauses("CO-1").rationale("r")
                .fires("f").passes("p").build();
        return new SimpleRule<>(info, type) {
            @Override
            public void check(S subject, RuleContext ctx) {
                ran.add(id + ":" + subject);
                if (type == Integer.class && subject instanceof Integer n && n < 6) {
                    ctx.checkAlso(n + 1, i -> !i.id().equals("test.skipped"));
                }
            }
        };
    }

    @Test
    void aSubjectMeetsEveryRuleOfItsTypesInEngineOrderAndADerivedOneNeverItsDeriver() {
        List<String> ran = new java.util.ArrayList<>();
        Engine e = engine(profile(), recording("test.any", Object.class, ran),
                recording("test.text", String.class, ran), recording("test.number", Integer.class, ran),
                recording("test.chars", CharSequence.class, ran), recording("test.skipped", Object.class, ran));
        e.check("x");
        assertThat(ran).as("the registry's order: by id").containsExactly("test.any:x", "test.chars:x",
                "test.skipped:x", "test.text:x");
        ran.clear();
        e.check(5);
        assertThat(ran).as("the derived 6 meets every Object or Integer rule the predicate selects but the deriver")
                .containsExactly("test.any:5", "test.number:5", "test.any:6", "test.skipped:5");
        ran.clear();
        e.check("y");
        assertThat(ran).as("the rules of a type are worked out once and kept").containsExactly("test.any:y",
                "test.chars:y", "test.skipped:y", "test.text:y");
    }

    @Test
    void rulesReadTimeFromTheInjectedClock() {
        Instant fixed = Instant.parse("2026-05-01T09:00:00Z");
        RuleInfo info = RuleInfo.builder("test.clock").title("Clock").category(Category.SCHEDULING).clauses("SC-1")
                .rationale("r").fires("f").passes("p").build();
        Engine e = Engine.builder().withoutDiscovery().profile(profile()).clock(Clock.fixed(fixed, ZoneOffset.UTC))
                .addRule(new SimpleRule<String>(info, String.class) {
                    @Override
                    public void check(String s, RuleContext ctx) {
                        ctx.report(ctx.finding().message("now " + ctx.now()));
                    }
                }).build();
        assertThat(e.check("x").findings().get(0).message()).isEqualTo("now 2026-05-01T09:00:00Z");
    }

    @Test
    void unsureFindingIsReviewWithTheReason() {
        RuleInfo info = RuleInfo.builder("test.unsure").title("Unsure").category(Category.PERSONAL_DATA)
                .clauses("PD-1").rationale("r").fires("f").passes("p").build();
        Engine e = engine(profile(), new SimpleRule<String>(info, String.class) {
            @Override
            public void check(String s, RuleContext ctx) {
                ctx.report(ctx.finding().message("Looks like a name.").unsure("no title or context"));
            }
        });
        Report r = e.check("x");
        assertThat(r.verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(r.findings().get(0).message()).contains("no title or context");
    }

    @Test
    void nullArgumentsFailFastNamingTheParameter() {
        Engine e = engine(profile(), new SecretRule());
        assertThatThrownBy(() -> e.check(null)).isInstanceOf(NullPointerException.class).hasMessage("subject");
        assertThatThrownBy(() -> Engine.builder().profile(null)).hasMessage("profile");
        assertThatThrownBy(() -> Engine.builder().clock(null)).hasMessage("clock");
    }

    @Test
    void reportRejectsAVerdictThatDoesNotFollow() {
        assertThatThrownBy(() -> new Report(List.of(), Verdict.BLOCK)).isInstanceOf(IllegalArgumentException.class);
    }
}
