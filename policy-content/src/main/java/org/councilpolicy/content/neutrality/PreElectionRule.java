package org.councilpolicy.content.neutrality;

import org.councilpolicy.content.judgement.Composition;
import org.councilpolicy.content.judgement.Electioneering;
import org.councilpolicy.core.rule.RuleExample;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.content.draft.PostKind;
import org.councilpolicy.core.profile.Period;
import org.councilpolicy.core.profile.Profile;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.BaseRule;
import org.councilpolicy.core.rule.Check;
import org.councilpolicy.core.rule.Finding;
import org.councilpolicy.core.rule.RuleContext;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.RuleOption;
import org.councilpolicy.core.rule.RuleSettings;
import org.councilpolicy.core.rule.Severity;

/**
 * PN-1, PN-5 in a pre-election period ({@link Profile#preElectionPeriods()}): an official draft published on a
 * day inside one (its {@code scheduledAt}, else now, as a UK date) must not name or feature councillors or
 * candidates (BLOCK), and controversial or political matters need sign-off (REVIEW).
 *
 * <p>Emergency and public-safety information (flood warnings, road closures, evacuations, boil-water notices,
 * fires, police appeals…) is exempt: its findings are downgraded to ADVICE and say "exempt:
 * emergency/public-safety information", so the person posting still sees the reminder. Neutral election
 * administration ("the statement of persons nominated is published", "polling stations open at 7am") may
 * mention candidates.
 */
public final class PreElectionRule extends BaseRule<Draft> {

    /** The message suffix of an exempt finding. */
    public static final String EXEMPT = "exempt: emergency/public-safety information";

    private static final String CONTROVERSIAL = "controversialSeverity";
    private static final String EXEMPT_SEVERITY = "exemptSeverity";

    static final RuleInfo INFO = RuleInfo.builder("neutrality.pre-election")
            .title("Pre-election period publicity")
            .category(Category.POLITICAL)
            .severity(Severity.BLOCK)
            .clauses("PN-1", "PN-5")
            .rationale("In the pre-election period council publicity must not feature councillors or candidates "
                    + "or deal with controversial matters (Code of Recommended Practice on Local Authority "
                    + "Publicity; SHWD 3.6, SCC 4.2); emergency and public-safety information still goes out.")
            .fires("Cllr Jane Smith opened the new play park today. (scheduled inside a pre-election period)")
            .passes("The new play park in Fore Street is now open. (scheduled inside a pre-election period)")
            .option(RuleOption.severity(CONTROVERSIAL, Severity.REVIEW,
                    "The severity of an official post on a controversial matter in the period (at most the rule's)"))
            .option(RuleOption.severity(EXEMPT_SEVERITY, Severity.ADVICE,
                    "The severity of any finding on emergency or public-safety information, which is exempt"))
            .build();

    /** For the service loader. */
    public PreElectionRule() {
        super(INFO, Draft.class);
    }

    @Override
    public Check<Draft> prepare(Profile profile, RuleSettings settings) {
        if (profile.preElectionPeriods().isEmpty()) {
            return (draft, ctx) -> { };
        }
        ProfileNames names = ProfileNames.of(profile);
        return (draft, ctx) -> check(draft, ctx, names);
    }

    private static void check(Draft draft, RuleContext ctx, ProfileNames names) {
        if (!Drafts.official(draft)) {
            return;
        }
        Optional<Period> period = ctx.profile().preElectionPeriodOn(Drafts.publishedOn(draft, ctx));
        if (period.isEmpty()) {
            return;
        }
        DraftSignals s = DraftSignals.of(draft, ctx);
        boolean emergency = s.has(Signal.EMERGENCY);
        String when = " during the pre-election period (" + period.get().name() + ", " + period.get().start()
                + " to " + period.get().end() + ")";
        List<Finding.Builder> out = new ArrayList<>();

        // Councillors and candidates, by name from the profile or by title.
        List<int[]> people = new ArrayList<>();
        for (ProfileNames.Found f : names.find(draft, ctx)) {
            if (f.kind() == ProfileNames.Kind.COUNCILLOR || f.kind() == ProfileNames.Kind.PUBLIC_FIGURE) {
                people.add(new int[] {f.start(), f.end()});
            }
        }
        for (Hit h : s.hits(Signal.COUNCILLOR_TITLE)) {
            if (!overlaps(people, h.start(), h.end()) && featuresSomeone(s, h)) {
                people.add(new int[] {h.start(), h.end()});
            }
        }
        java.util.regex.Matcher handle = draft.text().indexOf('@') < 0 ? null : COUNCILLOR_HANDLE.matcher(draft.text());
        if (handle != null && handle.find()) {
            people.add(new int[] {handle.start(), handle.end()}); // "RT @CllrJaneSmith: ..." features her
        }
        if (!s.has(Signal.ELECTION_ADMIN)) {
            for (Hit h : s.hits(Signal.CANDIDATE)) {
                if (!overlaps(people, h.start(), h.end()) && electoral(s, h)) {
                    people.add(new int[] {h.start(), h.end()});
                }
            }
        }
        people.sort((a, b) -> Integer.compare(a[0], b[0]));
        if (!people.isEmpty()) {
            int[] first = people.get(0);
            out.add(ctx.finding()
                    .kind(NeutralityKind.FEATURES_COUNCILLOR)
                    .clauses("PN-1")
                    .span(s.span(first[0], first[1]))
                    .excerpt(s.excerpt(first[0], first[1]))
                    .message("An official post names or features a councillor or candidate" + when + "."
                            + (people.size() > 1 ? " (" + people.size() + " mentions.)" : ""))
                    .suggestion("Leave councillors and candidates out until the election is over; quote an "
                            + "officer if a quote is needed."));
        }
        if (draft.kind() == PostKind.SHARE && draft.sharedFrom() != null && !draft.sharedFrom().official()
                && names.isCouncillorHandle(draft.sharedFrom().account(), ctx.profile())) {
            out.add(ctx.finding()
                    .kind(NeutralityKind.FEATURES_COUNCILLOR)
                    .clauses("PN-1", "PN-3")
                    .message("An official account shares a councillor's post" + when + ".")
                    .suggestion("Do not share elected members' posts until the election is over."));
        }

        // Controversial or political matters.
        PoliticalContent p = s.political();
        int[] controversial = null;
        String what = null;
        if (!p.parties().isEmpty()) {
            controversial = new int[] {p.parties().get(0).start(), p.parties().get(0).end()};
            what = "a political party";
        } else if (s.has(Signal.CONTESTED)) {
            Hit h = s.hits(Signal.CONTESTED).get(0);
            controversial = new int[] {h.start(), h.end()};
            what = "a contested matter (" + h.label() + ")";
        } else if (!p.praiseOrBlame().isEmpty()) {
            Judgement j = p.praiseOrBlame().get(0);
            controversial = new int[] {j.start(), j.end()};
            what = "praise or blame of " + j.about();
        } else if (s.has(Signal.RECORD)) {
            Hit h = s.hits(Signal.RECORD).get(0);
            controversial = new int[] {h.start(), h.end()};
            what = "the council's own record (\"" + s.excerpt(h.start(), h.end()) + "\")";
        } else if (s.has(Signal.CONTROVERSIAL_DECISION)) {
            Hit h = s.hits(Signal.CONTROVERSIAL_DECISION).get(0);
            controversial = new int[] {h.start(), h.end()};
            what = "a controversial decision on a service (\"" + s.excerpt(h.start(), h.end()) + "\")";
        } else {
            // round 10: the same two matters by composition (a withdrawal on a public asset, the record credited)
            Optional<ServiceDecisions.Found> m = ServiceDecisions.in(s);
            if (m.isPresent()) {
                controversial = new int[] {m.get().start(), m.get().end()};
                what = m.get().what();
            }
        }
        var campaigning = controversial != null ? Optional.<Electioneering.Found>empty()
                : Electioneering.in(Composition.of(draft, ctx));
        if (campaigning.isPresent()) {
            // composition, not a phrase list: the polls beside praise or blame, or the council's political sides
            Composition c = Composition.of(draft, ctx);
            Electioneering.Found e = campaigning.get();
            out.add(ctx.finding()
                    .kind(NeutralityKind.CONTROVERSIAL)
                    .clauses("PN-5")
                    .severity(ctx.settings().severity().atMost(ctx.settings().severityOption(CONTROVERSIAL)))
                    .span(c.span(e.at(), e.with()))
                    .excerpt(c.words(e.at()))
                    .message("An official post deals with " + e.what() + when + ": electioneering in the council's "
                            + "voice needs sign-off before it is published.")
                    .suggestion("Hold it until after the election unless a manager and the monitoring officer "
                            + "agree it must go out now."));
        }
        if (controversial != null) {
            out.add(ctx.finding()
                    .kind(NeutralityKind.CONTROVERSIAL)
                    .clauses("PN-5")
                    .severity(ctx.settings().severity().atMost(ctx.settings().severityOption(CONTROVERSIAL)))
                    .span(s.span(controversial[0], controversial[1]))
                    .excerpt(s.excerpt(controversial[0], controversial[1]))
                    .message("An official post deals with " + what + when + ": controversial or political "
                            + "matters need sign-off before they are published.")
                    .suggestion("Hold it until after the election unless a manager and the monitoring officer "
                            + "agree it must go out now."));
        }
        for (Finding.Builder f : out) {
            if (emergency) {
                ctx.report(f.severity(ctx.settings().severityOption(EXEMPT_SEVERITY)).note(EXEMPT));
            } else {
                ctx.report(f);
            }
        }
    }

    /** A councillor's social media handle ("@CllrJaneSmith", "@Councillor_Patel"). */
    private static final java.util.regex.Pattern COUNCILLOR_HANDLE = java.util.regex.Pattern.compile(
            "(?<![\\w@])@(?:cllr|councillor)_?\\p{L}[\\w]*", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** A committee named within a few words after "chair of the", "chairs the". */
    private static final java.util.regex.Pattern COMMITTEE_AFTER = java.util.regex.Pattern.compile(
            "\\s*(?:[\\w'\u2019-]+\\s+){0,3}(?:sub-)?committee\\b");

    /** Words before a role that make it anyone's, not someone's ("your ward councillors", "elect two ..."). */
    private static final java.util.Set<String> GENERIC = java.util.Set.of("your", "their", "a", "an", "any", "all",
            "every", "each", "elect", "elects", "electing", "new", "two", "three", "four", "five", "six", "contact");

    /**
     * A title names someone when a capitalised name follows it ("Cllr Jane Smith"); a role is one person. Round 12:
     * "leader" alone only before a name and not after another noun ("Leader Anna Cole", not "team leader Sam"); the
     * roles in the plural and "our leader" unless generic; a chair only of a committee.
     */
    private static boolean featuresSomeone(DraftSignals s, Hit title) {
        switch (title.label()) {
            case "leader before a name" -> {
                String before = s.wordBefore(title.start());
                int next = s.wordAfterStart(title.end());
                boolean ours = before.isEmpty() || before.equals("our") || before.equals("the")
                        || before.startsWith("council");
                return ours && next >= 0 && next - title.end() <= 2 && s.capitalised(next);
            }
            case "members", "the leader" -> {
                String before = s.wordBefore(title.start());
                return before.isEmpty() || !GENERIC.contains(before) && !before.chars().allMatch(Character::isDigit);
            }
            case "committee chair" -> {
                String t = s.text().text();
                String after = t.substring(title.end(), Math.min(t.length(), title.end() + 40));
                return t.startsWith("chair of planning", title.start())
                        || t.startsWith("chair of licensing", title.start())
                        || COMMITTEE_AFTER.matcher(after).lookingAt();
            }
            case "cllr", "councillor", "ward member", "ward councillor", "cllrs", "councillors", "mp", "local mp" -> {
                int next = s.wordAfterStart(title.end());
                return next >= 0 && next - title.end() <= 2 && s.capitalised(next);
            }
            default -> {
                return true;
            }
        }
    }

    /** "candidates" is about an election only with a political word nearby (not "candidates for the job"). */
    private static boolean electoral(DraftSignals s, Hit candidate) {
        for (Hit c : s.hits(Signal.POLITICAL_CUE)) {
            if (!(c.start() >= candidate.start() && c.end() <= candidate.end()) && !c.label().startsWith("candidate")) {
                return true;
            }
        }
        String t = s.text().text();
        return !s.parties().isEmpty() || t.contains("standing") || t.contains(" ward") || t.contains("hustings");
    }

    private static boolean overlaps(List<int[]> ranges, int start, int end) {
        for (int[] r : ranges) {
            if (start < r[1] && r[0] < end) {
                return true;
            }
        }
        return false;
    }

    @Override
    public List<RuleExample<Draft>> examples() {
        java.util.function.UnaryOperator<Profile> period = p -> p.toBuilder().preElectionPeriod(new Period(
                "Local elections", java.time.LocalDate.of(2026, 3, 1), java.time.LocalDate.of(2026, 5, 7))).build();
        return List.of(RuleExample.fires(Draft.of("Cllr Jane Smith opened the new play park today.")).tuned(period),
                RuleExample.passes(Draft.of("The new play park in Fore Street is now open.")).tuned(period));
    }
}
