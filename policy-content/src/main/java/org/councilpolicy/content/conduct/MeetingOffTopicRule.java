package org.councilpolicy.content.conduct;

import java.util.List;
import org.councilpolicy.core.rule.RuleExample;
import org.councilpolicy.core.profile.AccountType;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.content.neutrality.DraftSignals;
import org.councilpolicy.content.neutrality.Drafts;
import org.councilpolicy.content.neutrality.Hit;
import org.councilpolicy.content.neutrality.Signal;
import org.councilpolicy.core.profile.Profile;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.BaseRule;
import org.councilpolicy.core.rule.Check;
import org.councilpolicy.core.rule.RuleContext;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.RuleOption;
import org.councilpolicy.core.rule.RuleSettings;
import org.councilpolicy.core.rule.Severity;

/**
 * CO-8: a councillor posts during a council meeting they say they are attending ("Sat in full council…", "at
 * planning committee") about something other than the meeting. The profile has no meeting calendar, so
 * "during" means: the draft says the member is in the meeting now ("sat in", "at", "in", "live from" right
 * before the meeting's name) and goes out (scheduled time, else now) within the {@code meetingHours} option
 * (UK time). "About the meeting" means a word of its business appears (agenda, motion, budget, vote…).
 */
public final class MeetingOffTopicRule extends BaseRule<Draft> {

    static final RuleInfo INFO = RuleInfo.builder("conduct.meeting-off-topic")
            .title("Off-topic post during a council meeting")
            .category(Category.CONDUCT)
            .severity(Severity.ADVICE)
            .clauses("CO-8")
            .rationale("Councillors' posts during council meetings should refer to the discussions taking place; "
                    + "posting about other subjects shows they are not engaging properly in the meeting "
                    + "(SHWD 6.5, MEM).")
            .fires("Sat in full council and Argyle are 2-0 up!")
            .passes("Sat in full council debating the budget amendment on bus services.")
            .option(RuleOption.string("meetingHours", "09:00-23:00",
                    "UK times between which council meetings are held, as HH:mm-HH:mm"))
            .build();

    /** For the service loader. */
    public MeetingOffTopicRule() {
        super(INFO, Draft.class);
    }

    @Override
    public Check<Draft> prepare(Profile profile, RuleSettings settings) {
        String hours = settings.stringOption("meetingHours");
        LocalTime from;
        LocalTime to;
        try {
            String[] parts = hours.split("-", 2);
            from = LocalTime.parse(parts[0].strip());
            to = LocalTime.parse(parts[1].strip());
        } catch (DateTimeParseException | ArrayIndexOutOfBoundsException e) {
            throw new IllegalArgumentException("rules." + INFO.id() + ".options.meetingHours: expected HH:mm-HH:mm, got "
                    + hours, e);
        }
        LocalTime start = from;
        LocalTime end = to;
        return (draft, ctx) -> check(draft, ctx, start, end);
    }

    private static void check(Draft draft, RuleContext ctx, LocalTime from, LocalTime to) {
        if (!Drafts.councillor(draft)) {
            return;
        }
        DraftSignals s = DraftSignals.of(draft, ctx);
        if (!s.has(Signal.MEETING)) {
            return;
        }
        Hit meeting = null;
        for (Hit m : s.hits(Signal.MEETING)) {
            if (present(s, m)) {
                meeting = m;
                break;
            }
        }
        if (meeting == null) {
            return;
        }
        LocalTime at = Drafts.publishedAt(draft, ctx).atZone(ctx.profile().zone()).toLocalTime();
        if (at.isBefore(from) || at.isAfter(to)) {
            return;
        }
        for (Hit t : s.hits(Signal.MEETING_TOPIC)) {
            if (t.end() <= meeting.start() || t.start() >= meeting.end()) {
                return; // it talks about the meeting's business
            }
        }
        for (Signal business : new Signal[] {Signal.QUASI_JUDICIAL, Signal.CONTESTED}) {
            for (Hit t : s.hits(business)) {
                if (t.end() <= meeting.start() || t.start() >= meeting.end()) {
                    return; // an item of business ("the Sherford application", "the LTN")
                }
            }
        }
        ctx.report(ctx.finding()
                .kind(ConductKind.MEETING_OFF_TOPIC)
                .span(s.span(meeting.start(), meeting.end()))
                .excerpt(s.excerpt(meeting.start(), meeting.end()))
                .message("You say you are in a council meeting, but the post is not about its discussions. Posts "
                        + "during a meeting should refer to the meeting; others suggest you are not engaging with it.")
                .suggestion("Post about the meeting's business, or wait until the meeting is over."));
    }

    /** "sat in full council", "at planning committee", "live from the chamber": the member is there now. */
    private static boolean present(DraftSignals s, Hit m) {
        String w1 = s.wordBefore(m.start(), 1);
        String w2 = s.wordBefore(m.start(), 2);
        if (w1.equals("the") || w1.equals("today") || w1.equals("tonight") || w1.equals("s")) {
            w1 = w2;
            w2 = s.wordBefore(m.start(), 3);
        }
        boolean preposition = w1.equals("in") || w1.equals("at") || w1.equals("from");
        if (!preposition) {
            return false;
        }
        return w2.equals("sat") || w2.equals("sitting") || w2.equals("currently") || w2.equals("live")
                || w2.equals("here") || w2.equals("now") || w2.equals("still") || w2.equals("am") || w2.equals("m")
                || w2.isEmpty() || s.sentenceInitial(beforeWordStart(s, m.start()));
    }

    private static int beforeWordStart(DraftSignals s, int start) {
        String text = s.text().text();
        int i = start;
        while (i > 0 && !Character.isLetterOrDigit(text.charAt(i - 1))) {
            i--;
        }
        while (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    @Override
    public List<RuleExample<Draft>> examples() {
        return List.of(RuleExample.fires(Draft.builder(INFO.exampleFires()).account(AccountType.COUNCILLOR).build()),
                RuleExample.passes(Draft.builder(INFO.examplePasses()).account(AccountType.COUNCILLOR).build()));
    }
}
