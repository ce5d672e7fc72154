package org.councilpolicy.content.moderation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.core.engine.RuleRegistry;
import org.councilpolicy.core.profile.Profile;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.BaseRule;
import org.councilpolicy.core.rule.Check;
import org.councilpolicy.core.rule.Finding;
import org.councilpolicy.core.rule.Rule;
import org.councilpolicy.core.rule.RuleContext;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.RuleSettings;
import org.councilpolicy.core.rule.SharedKey;
import org.councilpolicy.core.rule.Severity;
import org.councilpolicy.core.text.Masking;

/**
 * Personal data posted in a comment (someone's phone number, email, address, NI or NHS number, card...): a
 * ground for deletion (PD-1, PD-7). There is one implementation of personal-data detection: this rule runs the
 * draft rules of category PERSONAL_DATA found on the class path over the comment's text and reports what they
 * find that identifies a person. Only when no such rule is installed does it fall back to a minimal detector of
 * email addresses and UK phone numbers (libphonenumber). Data the poster gives about themselves ("call me on
 * ...") is reported as unsure, for review.
 */
public final class PersonalDataCommentRule extends BaseRule<Comment> {

    static final RuleInfo INFO = RuleInfo.builder("moderation.personal-data")
            .title("Personal data in a comment")
            .category(Category.PERSONAL_DATA)
            .severity(Severity.BLOCK)
            .clauses("MD-3", "PD-1", "PD-7")
            .rationale("Publishing another person's personal data breaches data protection law (SCC 3.7); the "
                    + "council must not leave it on its pages.")
            .fires("Her number is 07700 900123, ring her and tell her what you think")
            .passes("Ring the council on its main number for help")
            .build();

    /** Kinds that identify or locate a person; names alone, requests and children are other rules' business. */
    private static final Set<String> KINDS = Set.of("EMAIL", "PHONE", "STREET_ADDRESS", "NI_NUMBER", "NHS_NUMBER",
            "PAYMENT_CARD", "BANK_ACCOUNT", "IBAN", "DATE_OF_BIRTH", "PASSPORT", "DRIVING_LICENCE");
    private static final List<String> OWN_CUES = List.of("call me", "ring me", "text me", "email me", "e-mail me",
            "contact me", "my number", "my email", "my phone", "my mobile", "my address", "message me", "reach me");

    private final Supplier<List<Rule<?>>> personalDataRules;

    /** Public no-arg constructor for ServiceLoader: uses the PERSONAL_DATA draft rules on the class path. */
    public PersonalDataCommentRule() {
        this(() -> RuleRegistry.discover().rules());
    }

    /** For tests: the rules to draw PERSONAL_DATA draft rules from. */
    PersonalDataCommentRule(Supplier<List<Rule<?>>> rules) {
        super(INFO, Comment.class);
        this.personalDataRules = Objects.requireNonNull(rules, "rules");
    }

    @Override
    public Check<Comment> prepare(Profile profile, RuleSettings settings) {
        List<Inner> inner = new ArrayList<>();
        for (Rule<?> r : personalDataRules.get()) {
            if (r.info().category() == Category.PERSONAL_DATA && r.subjectType().isAssignableFrom(Draft.class)
                    && !(r instanceof PersonalDataCommentRule)) {
                RuleSettings s = profile.settingsFor(r.info());
                if (s.enabled()) {
                    inner.add(prepareInner(r, profile, s));
                }
            }
        }
        List<Inner> rules = List.copyOf(inner);
        return (comment, ctx) -> {
            List<Finding> found = new ArrayList<>();
            Draft draft = Draft.of(comment.text());
            for (Inner i : rules) {
                i.run(draft, ctx, found);
            }
            boolean own = ownData(comment.text());
            for (Finding f : found) {
                if (f.kind() == null || !KINDS.contains(f.kind()) || f.span() == null) {
                    continue;
                }
                Finding.Builder b = ctx.finding()
                        .kind(f.kind())
                        .span(f.span())
                        .excerpt(f.excerpt() != null ? f.excerpt() : Masking.mask(f.span().of(comment.text())))
                        .message("The comment contains personal data (" + f.kind().toLowerCase(java.util.Locale.ROOT)
                                .replace('_', ' ') + ")" + (f.rule().equals(INFO.id()) ? "." : ", found by " + f.rule()
                                + "."))
                        .suggestion("Delete it; the poster may post again without the personal details.");
                if (own) {
                    b.unsure("the poster seems to be giving their own details");
                }
                ctx.report(b);
            }
        };
    }

    private static boolean ownData(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        return OWN_CUES.stream().anyMatch(lower::contains);
    }

    private static <S> Inner prepareInner(Rule<S> rule, Profile profile, RuleSettings settings) {
        Check<S> check = rule.prepare(profile, settings);
        return (draft, outer, sink) -> {
            InnerContext ctx = new InnerContext(rule.info(), settings, outer, sink);
            check.check(rule.subjectType().cast(draft), ctx);
        };
    }

    @FunctionalInterface
    private interface Inner {
        void run(Draft draft, RuleContext outer, List<Finding> sink);
    }

    /** The context a draft rule sees when run inside this rule: its own id and settings, our clock and profile. */
    private static final class InnerContext implements RuleContext {
        private final RuleInfo info;
        private final RuleSettings settings;
        private final RuleContext outer;
        private final List<Finding> sink;

        InnerContext(RuleInfo info, RuleSettings settings, RuleContext outer, List<Finding> sink) {
            this.info = info;
            this.settings = settings;
            this.outer = outer;
            this.sink = sink;
        }

        @Override
        public RuleInfo rule() {
            return info;
        }

        @Override
        public Profile profile() {
            return outer.profile();
        }

        @Override
        public RuleSettings settings() {
            return settings;
        }

        @Override
        public Clock clock() {
            return outer.clock();
        }

        @Override
        public Finding.Builder finding() {
            return Finding.builder(info).severity(settings.severity());
        }

        @Override
        public void report(Finding finding) {
            sink.add(Objects.requireNonNull(finding, "finding"));
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T shared(SharedKey<T> key, Supplier<T> compute) {
            // Analyses of the text (normalised view, identifier index…) are shared with the comment's other rules.
            return outer.shared(key, compute);
        }
    }

}
