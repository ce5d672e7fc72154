package org.councilpolicy.core.engine;

import java.time.Clock;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.councilpolicy.core.profile.Profile;
import org.councilpolicy.core.rule.Check;
import org.councilpolicy.core.rule.Finding;
import org.councilpolicy.core.rule.Rule;
import org.councilpolicy.core.rule.RuleContext;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.RuleSettings;
import org.councilpolicy.core.rule.Severity;
import org.councilpolicy.core.rule.SharedKey;
import org.councilpolicy.core.text.LexiconUnion;

/**
 * Runs a profile's rules over subjects (drafts, account set-ups, comments…).
 *
 * <p>Built once from a profile; immutable and thread-safe, so one engine serves every thread. Each
 * rule is {@linkplain Rule#prepare prepared} once at build time; a subject is checked by every
 * enabled rule whose {@linkplain Rule#subjectType() subject type} it is an instance of.
 *
 * <pre>{@code
 * Engine engine = Engine.builder()
 *         .profile(RuleRegistry.discover().profileLoader().builtIn("south-hams-west-devon"))
 *         .build();
 * Report report = engine.check(Draft.of("Bins are collected on Monday"));
 * }</pre>
 */
public final class Engine {

    private final Profile profile;
    private final Clock clock;
    private final RuleRegistry registry;
    private final List<Prepared<?>> prepared;
    private final SecondOpinion secondOpinion;
    /** Whether some rule checks subjects of a type, worked out once per type rather than once per check. */
    private final ClassValue<Boolean> handled = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return registry.rules().stream().anyMatch(r -> r.subjectType().isAssignableFrom(type));
        }
    };
    /**
     * The prepared rules that check subjects of a type, in the engine's order: worked out once per type, so a check
     * (and a derived subject's, such as a comment read as a draft) visits only its own type's rules.
     */
    private final Selections<Prepared<?>> selections = new Selections<>(p -> p.info, p -> p.escalateOnly);
    private final ClassValue<List<Prepared<?>>> preparedFor = new ClassValue<>() {
        @Override
        protected List<Prepared<?>> computeValue(Class<?> type) {
            return prepared.stream().filter(p -> p.subjectType.isAssignableFrom(type)).toList();
        }
    };

    private Engine(Profile profile, Clock clock, RuleRegistry registry, SecondOpinion secondOpinion) {
        this.profile = profile;
        this.clock = clock;
        this.registry = registry;
        this.secondOpinion = secondOpinion;
        List<Prepared<?>> list = new ArrayList<>();
        for (Rule<?> rule : registry.rules()) {
            RuleSettings settings = profile.settingsFor(rule.info());
            if (settings.enabled()) {
                list.add(prepare(rule, settings, false));
            }
        }
        // The second stage runs after every rule, so its findings only ever add to theirs.
        if (secondOpinion != null) {
            for (Rule<?> rule : secondOpinion.rules()) {
                RuleSettings settings = profile.settingsFor(rule.info());
                if (settings.severity() == Severity.BLOCK) {
                    throw new IllegalArgumentException("second-opinion rule " + rule.info().id()
                            + " would block: a second opinion may only escalate to REVIEW");
                }
                if (settings.enabled()) {
                    list.add(prepare(rule, settings, true));
                }
            }
        }
        this.prepared = List.copyOf(list);
    }

    private <S> Prepared<S> prepare(Rule<S> rule, RuleSettings settings, boolean escalateOnly) {
        Check<S> check = Objects.requireNonNull(rule.prepare(profile, settings),
                () -> "rule " + rule.info().id() + " prepared no check");
        return new Prepared<>(rule.info(), rule.subjectType(), settings, check, escalateOnly);
    }



    /**
     * Starts an engine: the built-in rules on the class path, the default {@code uk-council} profile, UTC
     * clock.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Checks one subject with every enabled rule that applies to its type.
     *
     * <p>Fails closed: a subject of a type no rule of the registry checks (a {@code String}, a type from a module
     * that is not on the class path) is an error, never an empty, passing report.
     *
     * @param subject a draft, account set-up, comment… of a type some rules check
     * @return the findings and verdict (empty when the profile turned off every rule for the type)
     * @throws IllegalArgumentException if no rule of this engine's registry checks subjects of its type
     */
    public Report check(Object subject) {
        Objects.requireNonNull(subject, "subject");
        requireHandled(subject.getClass());
        Context shared = new Context(subject, 0, null);
        shared.run(p -> true, null);
        return Report.of(NestedFindings.withoutNested(shared.findings));
    }

    /**
     * Whether some rule of this engine's registry (enabled or not) checks subjects of this type.
     *
     * @param subjectType a subject type
     * @return whether {@link #check} accepts it
     */
    public boolean handles(Class<?> subjectType) {
        Objects.requireNonNull(subjectType, "subjectType");
        return handled.get(subjectType);
    }

    private void requireHandled(Class<?> type) {
        if (!handles(type)) {
            throw new IllegalArgumentException("no rule checks subjects of type " + type.getName()
                    + ": nothing would be checked, so nothing can pass (is the module with its rules on the class path?)");
        }
    }

    /** {@return the profile this engine was built from} */
    public Profile profile() {
        return profile;
    }

    /** {@return the engine's clock} */
    public Clock clock() {
        return clock;
    }

    /** {@return every rule and procedure the engine knows, enabled or not} */
    public RuleRegistry registry() {
        return registry;
    }

    /** {@return the second stage this engine runs after its rules, if any} */
    public java.util.Optional<SecondOpinion> secondOpinion() {
        return java.util.Optional.ofNullable(secondOpinion);
    }

    /** {@return the metadata of the rules this engine runs} */
    public List<RuleInfo> enabledRules() {
        return prepared.stream().map(p -> p.info).toList();
    }

    /**
     * A rule's effective settings under this engine's profile.
     *
     * @param ruleId a rule id, such as {@code personal-data.email}
     * @return a rule's effective settings under this engine's profile
     */
    public RuleSettings settings(String ruleId) {
        return registry.infos().stream().filter(i -> i.id().equals(ruleId)).findFirst()
                .map(profile::settingsFor)
                .orElseThrow(() -> new IllegalArgumentException("unknown rule id " + ruleId));
    }

    /** Per-subject state: the findings so far and the shared analyses. Never crosses threads. */
    private final class Context {
        /** A subject derived from a derived subject… is a loop, not a use. */
        private static final int MAX_DEPTH = 2;

        final Object subject;
        final int depth;
        final List<Finding> findings = new ArrayList<>();
        /** The shared analyses, made on the first one (a derived subject often has none of its own). */
        private Map<SharedKey<?>, Object> analyses;
        /** Where values of {@link SharedKey#ofTexts} keys live: the outermost subject's context. */
        private final Context root;

        Context(Object subject, int depth, Context root) {
            this.subject = subject;
            this.depth = depth;
            this.root = root == null ? this : root;
        }

        /** Runs the rules of the subject's type that {@code which} selects, but never rule {@code except} (or null). */
        void run(Predicate<RuleInfo> which, String except) {
            List<Prepared<?>> rules = preparedFor.get(subject.getClass());
            if (selections.stateless(which)) { // the selection worked out once per type and selector class
                for (Prepared<?> p : selections.memo(subject.getClass(), which, except, depth > 0, rules)) {
                    p.run(subject, new RuleRun(p));
                }
                return;
            }
            for (Prepared<?> p : rules) {
                if (selections.selects(p, which, except, depth > 0)) {
                    p.run(subject, new RuleRun(p));
                }
            }
        }

        /** The context one rule sees for this subject. */
        final class RuleRun extends RuleContext {
            private final Prepared<?> p;

            RuleRun(Prepared<?> p) {
                this.p = p;
            }

            @Override
            public RuleInfo rule() {
                return p.info;
            }

            @Override
            public Profile profile() {
                return profile;
            }

            @Override
            public RuleSettings settings() {
                return p.settings;
            }

            @Override
            public Clock clock() {
                return clock;
            }

            @Override
            protected void accept(Finding finding) {
                if (p.escalateOnly && finding.severity() == Severity.BLOCK) {
                    throw new IllegalStateException("second-opinion rule " + p.info.id()
                            + " reported a BLOCK finding: a second opinion may only escalate to REVIEW");
                }
                findings.add(finding);
            }

            @Override
            public List<Finding> checkAlso(Object derived, Predicate<RuleInfo> which) {
                Objects.requireNonNull(derived, "derived");
                Objects.requireNonNull(which, "which");
                if (depth >= MAX_DEPTH) {
                    throw new IllegalStateException("rule " + p.info.id() + " derived a subject from a derived subject");
                }
                Context inner = new Context(derived, depth + 1, root);
                inner.run(which, p.info.id());
                return List.copyOf(inner.findings);
            }

            @Override
            public List<LexiconUnion> lexiconUnions() {
                return registry.lexiconUnions();
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T shared(SharedKey<T> key, Supplier<T> compute) {
                Context owner = key.ofTextsOnly() ? root : Context.this;
                Object v = owner.analyses == null ? null : owner.analyses.get(key);
                if (v == null) {
                    v = compute.get();
                    if (v == null) { // the message built only then: a concatenation per analysis showed in profiles
                        throw new NullPointerException("shared analysis " + key);
                    }
                    if (owner.analyses == null) {
                        owner.analyses = new IdentityHashMap<>();
                    }
                    owner.analyses.put(key, v);
                }
                return (T) v;
            }
        }
    }

    /**
     * Builds an {@link Engine}. A profile's settings for rules the engine does not hold are ignored: rule
     * ids are validated when a profile is read ({@link org.councilpolicy.core.profile.ProfileLoader}), and an
     * engine may deliberately run a subset of the rules (a benchmark, a test, one family).
     */
    public static final class Builder {
        private Profile profile;
        private Clock clock = Clock.systemUTC();
        private RuleRegistry registry;
        private final List<Rule<?>> extra = new ArrayList<>();
        private boolean discover = true;
        private SecondOpinion secondOpinion;

        Builder() {
        }

        /**
         * The council profile; defaults to the built-in {@code uk-council}.
         *
         * @param value the profile
         * @return this builder
         */
        public Builder profile(Profile value) {
            this.profile = Objects.requireNonNull(value, "profile");
            return this;
        }

        /**
         * The clock rules read "now" from; defaults to the system UTC clock.
         *
         * @param value the clock
         * @return this builder
         */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * Use exactly this registry instead of discovering rules on the class path.
         *
         * @param value the registry
         * @return this builder
         */
        public Builder registry(RuleRegistry value) {
            this.registry = Objects.requireNonNull(value, "registry");
            return this;
        }

        /**
         * Do not discover rules on the class path: only {@link #addRule} ones run.
         *
         * @return this builder
         */
        public Builder withoutDiscovery() {
            this.discover = false;
            return this;
        }

        /**
         * Adds a rule of the council's own, alongside the discovered ones.
         *
         * @param rule the rule
         * @return this builder
         */
        public Builder addRule(Rule<?> rule) {
            extra.add(Objects.requireNonNull(rule, "rule"));
            return this;
        }

        /**
         * Adds a second stage that runs after the rules and may only escalate: its rules' findings are REVIEW or
         * ADVICE, never BLOCK (a profile that sets one of them to BLOCK fails this build; a BLOCK finding from one
         * is an error), and they are added to the rules' findings, never in place of them.
         *
         * @param value the stage, such as the one {@link SecondOpinion#discover()} finds
         * @return this builder
         */
        public Builder secondOpinion(SecondOpinion value) {
            this.secondOpinion = Objects.requireNonNull(value, "secondOpinion");
            return this;
        }

        /**
         * Builds it, failing fast on a missing or invalid part.
         *
         * @return the built engine
         */
        public Engine build() {
            RuleRegistry base = registry != null ? registry
                    : discover ? RuleRegistry.discover() : RuleRegistry.of(List.of());
            if (!extra.isEmpty()) {
                base = base.with(extra);
            }
            Profile p = profile != null ? profile : base.profileLoader().builtIn("uk-council");
            return new Engine(p, clock, base, secondOpinion);
        }
    }
}
