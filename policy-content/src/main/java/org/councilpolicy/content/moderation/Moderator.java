package org.councilpolicy.content.moderation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.councilpolicy.core.engine.Engine;
import org.councilpolicy.core.engine.Report;
import org.councilpolicy.core.profile.Profile;
import org.councilpolicy.core.rule.Finding;
import org.councilpolicy.core.rule.PersonalDataKind;
import org.councilpolicy.core.rule.Severity;
import org.councilpolicy.core.rule.Span;
import org.councilpolicy.core.text.Token;
import org.councilpolicy.core.text.Tokenizer;

/**
 * Decides whether a third-party comment may be deleted (MD-1..MD-7): runs the {@code moderation.*} rules over
 * it, turns their findings into grounds, and adds what the policies require around a deletion (an explanation for
 * the poster, whether it may be re-posted, a report to the hate crime service, evidence for the audit log).
 * A proposed deletion without a ground is refused ({@link ModerationDecision#refusal()}).
 *
 * <p>Built once from a profile and clock; immutable and thread-safe.
 *
 * <pre>{@code
 * Moderator moderator = Moderator.of(profile, Clock.systemUTC());
 * ModerationDecision d = moderator.decide(Comment.of("Sort the potholes out, it's a disgrace")
 *         .withProposed(ProposedAction.DELETE));
 * d.decision();         // KEEP
 * d.proposalRefused();  // true: criticism is not a ground (MD-1)
 * }</pre>
 */
public final class Moderator {

    private static final Set<Ground> NO_REPOST = EnumSet.of(Ground.HATE, Ground.THREAT, Ground.HARASSMENT);
    private static final int MIN_WORDS_LEFT = 4;

    private final Engine engine;

    private Moderator(Engine engine) {
        this.engine = engine;
    }

    /**
     * A moderator for a council profile, running the rules discovered on the class path.
     *
     * @param profile the council's profile (its mild-profanity setting, named people, rule settings)
     * @param clock   the clock rules read "now" from and evidence records are stamped with
     * @return the moderator
     */
    public static Moderator of(Profile profile, Clock clock) {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(clock, "clock");
        return new Moderator(Engine.builder().profile(profile).clock(clock).build());
    }

    /**
     * A moderator over an engine already built, for callers that already hold one or want a chosen set of rules.
     *
     * @param engine the engine whose profile, clock and {@code moderation.*} rules decide
     * @return the moderator
     */
    public static Moderator of(Engine engine) {
        return new Moderator(Objects.requireNonNull(engine, "engine"));
    }

    /** {@return the profile decisions are made under} */
    public Profile profile() {
        return engine.profile();
    }

    /**
     * Decides on one comment.
     *
     * @param comment the comment, optionally with a proposed action
     * @return the decision; never throws for any text
     */
    public ModerationDecision decide(Comment comment) {
        Objects.requireNonNull(comment, "comment");
        Report report = engine.check(comment);
        EnumSet<Ground> blocking = EnumSet.noneOf(Ground.class);
        EnumSet<Ground> reviewing = EnumSet.noneOf(Ground.class);
        TreeSet<String> clauses = new TreeSet<>();
        TreeSet<String> ruleIds = new TreeSet<>();
        List<Span> offending = new ArrayList<>();
        String reply = null;
        for (Finding f : report.findings()) {
            Ground g = ground(f);
            if (g == null) {
                if (f.severity() == Severity.ADVICE && f.suggestion() != null && reply == null) {
                    reply = f.suggestion();
                }
                continue;
            }
            if (f.severity() == Severity.BLOCK) {
                blocking.add(g);
            } else if (f.severity() == Severity.REVIEW) {
                reviewing.add(g);
            } else {
                continue;
            }
            clauses.addAll(f.clauses());
            ruleIds.add(f.rule());
            f.spanIfAny().ifPresent(offending::add);
        }
        Decision decision = !blocking.isEmpty() ? Decision.DELETE : !reviewing.isEmpty() ? Decision.REVIEW : Decision.KEEP;
        EnumSet<Ground> grounds = EnumSet.copyOf(blocking.isEmpty() ? EnumSet.noneOf(Ground.class) : blocking);
        grounds.addAll(reviewing);
        List<ReportTo> reportTo = grounds.contains(Ground.HATE) && decision == Decision.DELETE
                ? List.of(ReportTo.HATE_CRIME_SERVICE) : List.of();
        boolean repost = decision == Decision.DELETE && grounds.stream().noneMatch(NO_REPOST::contains)
                && wordsLeft(comment.text(), offending) >= MIN_WORDS_LEFT;
        boolean retain = decision != Decision.KEEP;
        Optional<ProposalRefused> refusal = Optional.empty();
        String explanation;
        switch (decision) {
            case DELETE -> {
                clauses.add("MD-5");
                clauses.add("MD-6");
                explanation = deletionExplanation(grounds, repost);
            }
            case REVIEW -> {
                clauses.add("MD-6");
                explanation = "A person must review this comment before any action: it " + reasons(grounds)
                        + ". If it is removed, tell the poster why on the thread (MD-5) and keep the evidence (MD-6).";
            }
            default -> {
                clauses.add("MD-1");
                boolean removal = comment.proposed().filter(p -> p != ProposedAction.KEEP).isPresent();
                boolean criticism = reply != null;
                if (removal) {
                    String why = criticism
                            ? "criticism is not a ground (MD-1)"
                            : "no stated ground applies (MD-3)";
                    String reason = "Deletion refused: " + why + ". Comments may be removed only for swearing, "
                            + "abuse, harassment, threats, hate, defamation, naming members of the public in an "
                            + "incident, or personal data.";
                    refusal = Optional.of(new ProposalRefused(comment.proposed().get(), reason, List.of("MD-1", "MD-3")));
                    clauses.add("MD-3");
                    explanation = reason + (criticism ? " Reply instead: " + reply : "");
                } else {
                    explanation = "Keep the comment: no ground for deletion applies (MD-1)."
                            + (criticism ? " " + reply : "");
                }
            }
        }
        Optional<EvidenceRecord> evidence = retain
                ? Optional.of(new EvidenceRecord(engine.clock().instant(), sha256(comment.text()), comment.platform(),
                        decision, List.copyOf(grounds), List.copyOf(ruleIds), List.copyOf(clauses),
                        engine.profile().name(), engine.profile().version()))
                : Optional.empty();
        return new ModerationDecision(decision, List.copyOf(grounds), List.copyOf(clauses), reportTo, explanation,
                repost, retain, report.findings(), Optional.ofNullable(decision == Decision.DELETE ? null : reply),
                refusal, evidence);
    }

    private static Ground ground(Finding f) {
        if (f.kind() instanceof Ground g) {
            return g;
        }
        // Personal data that identifies or locates someone, whichever comment rule found it.
        // A partial identifier counts when the rule found it identifying in its comment (a name with a postcode).
        return f.kind() instanceof PersonalDataKind k && (k.identifiesOrLocates() || f.severity() == Severity.BLOCK)
                ? Ground.PERSONAL_DATA : null;
    }

    private static String deletionExplanation(Set<Ground> grounds, boolean repost) {
        StringBuilder sb = new StringBuilder("We have removed your comment because it ").append(reasons(grounds))
                .append(". Our social media policy lets us remove comments only on stated grounds; criticism and "
                        + "disagreement are always welcome.");
        if (repost) {
            sb.append(" You are welcome to post your comment again without ").append(parts(grounds)).append('.');
        }
        if (grounds.contains(Ground.HATE)) {
            sb.append(" Hate speech is reported to the hate crime service.");
        }
        return sb.toString();
    }

    private static String reasons(Set<Ground> grounds) {
        List<String> r = new ArrayList<>();
        for (Ground g : grounds) {
            r.add(switch (g) {
                case PROFANITY -> "contains swearing";
                case ABUSE -> "insults a person";
                case HARASSMENT -> "intimidates a person";
                case THREAT -> "contains a threat";
                case HATE -> "is hateful towards people because of who they are";
                case DEFAMATION -> "makes an allegation against an identifiable person that may be defamatory";
                case NAMES_PUBLIC_IN_INCIDENT -> "names a member of the public in connection with an incident";
                case PERSONAL_DATA -> "contains someone's personal details";
                case OFFENSIVE -> "contains offensive language";
            });
        }
        return join(r);
    }

    private static String parts(Set<Ground> grounds) {
        List<String> r = new ArrayList<>();
        for (Ground g : grounds) {
            String p = switch (g) {
                case PROFANITY -> "the swearing";
                case ABUSE -> "the insult";
                case DEFAMATION -> "the allegation";
                case NAMES_PUBLIC_IN_INCIDENT -> "the name";
                case PERSONAL_DATA -> "the personal details";
                case OFFENSIVE -> "the offensive words";
                default -> null;
            };
            if (p != null && !r.contains(p)) {
                r.add(p);
            }
        }
        return join(r);
    }

    private static String join(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /**
     * The words of {@code text} outside every offending span. One sweep over the words and the spans, merged
     * in order: a comment of thousands of offending words must not cost words × spans (hostile input).
     */
    static int wordsLeft(String text, List<Span> offending) {
        List<Span> sorted = new ArrayList<>(offending);
        sorted.sort(Comparator.comparingInt(Span::start));
        int[] starts = new int[sorted.size()];
        int[] ends = new int[sorted.size()];
        int m = 0;
        for (Span o : sorted) {
            if (m > 0 && o.start() <= ends[m - 1]) {
                ends[m - 1] = Math.max(ends[m - 1], o.end());
            } else {
                starts[m] = o.start();
                ends[m] = o.end();
                m++;
            }
        }
        int n = 0;
        int k = 0;
        for (Token t : Tokenizer.words(text)) {
            while (k < m && ends[k] <= t.start()) {
                k++;
            }
            if (!(k < m && starts[k] < t.end())) {
                n++;
            }
        }
        return n;
    }

    /** A digest never used itself, only cloned: a provider look-up per comment showed in profiles (round 11). */
    private static final MessageDigest SHA256 = newSha256();

    static String sha256(String text) {
        MessageDigest digest;
        try {
            digest = (MessageDigest) SHA256.clone();
        } catch (CloneNotSupportedException e) {
            digest = newSha256();
        }
        return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required on every Java platform", e);
        }
    }
}
