package org.councilpolicy.content.requiredcontent;

import org.councilpolicy.core.rule.RuleExample;
import java.util.List;
import java.util.Locale;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.content.draft.PostKind;
import org.councilpolicy.core.analysis.TextAnalysis;
import org.councilpolicy.core.profile.Profile;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.BaseRule;
import org.councilpolicy.core.rule.Check;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.RuleOption;
import org.councilpolicy.core.rule.RuleSettings;
import org.councilpolicy.core.rule.Severity;
import org.councilpolicy.core.rule.Span;
import org.councilpolicy.core.text.Lexicon;
import org.councilpolicy.core.text.LexiconMatch;

/**
 * RC-5: a fire service's replies carry no officer's name, end with a safety message and then the service's
 * sign-off ({@code signOff}, e.g. "Suffolk Fire and Rescue Service"). Off by default; the fire service's profile
 * turns it on.
 */
public final class FireReplyFormatRule extends BaseRule<Draft> {

    static final List<String> DEFAULT_SAFETY = List.of("stay safe", "keep safe", "be safe", "take care",
            "drive safely", "drive carefully", "safe driving", "test your smoke alarm", "test your smoke alarms",
            "check your smoke alarm", "check your smoke alarms", "smoke alarms save lives", "stay warm and safe",
            "be water aware", "close internal doors at night", "never leave cooking unattended", "safety first",
            "stay safe online", "have a safe", "enjoy safely", "be careful");

    static final RuleInfo INFO = RuleInfo.builder("required-content.fire-reply-format")
            .title("Fire service reply format")
            .category(Category.REQUIRED_CONTENT)
            .severity(Severity.REVIEW)
            .clauses("RC-5")
            .rationale("Suffolk Fire and Rescue Service does not put officers' names on replies; a reply ends "
                    + "with a safety message and then \"Suffolk Fire and Rescue Service\" (SFRS 5.1).")
            .fires("Hi Paul, please DM us more details. Thanks, Dave")
            .passes("Hi Paul, please DM us more details. Thank you. Stay safe. Suffolk Fire and Rescue Service")
            .disabledByDefault()
            .option(RuleOption.string("signOff", "",
                    "The sign-off every reply ends with; empty means the profile's council name"))
            .option(RuleOption.stringList("safetyPhrases", DEFAULT_SAFETY,
                    "Phrases that count as a closing safety message"))
            .option(RuleOption.integer("safetyWindow", 160, 1,
                    "How many characters before the sign-off the safety message must fall within"))
            .build();

    /** Creates the rule; the engine finds it through {@link java.util.ServiceLoader}. */
    public FireReplyFormatRule() {
        super(INFO, Draft.class);
    }

    @Override
    public Check<Draft> prepare(Profile profile, RuleSettings settings) {
        String configured = settings.stringOption("signOff");
        String signOff = configured == null || configured.isBlank() ? profile.council() : configured.strip();
        String signOffKey = fold(signOff);
        Lexicon.Builder<String> b = Lexicon.builder();
        settings.stringListOption("safetyPhrases").forEach(p -> b.add(p, p));
        Lexicon<String> safety = b.build();
        int window = settings.intOption("safetyWindow");
        return (draft, context) -> {
            if (draft.kind() != PostKind.REPLY || !draft.account().isOfficial()) {
                return;
            }
            String text = draft.text();
            int end = SignOffs.contentEnd(text);
            String tail = fold(text.substring(Math.max(0, end - signOffKey.length() - 8), end));
            boolean signed = tail.endsWith(signOffKey);
            int signOffStart = signed ? Math.max(0, end - signOff.length()) : end;
            if (!signed) {
                context.report(context.finding()
                        .kind(RequiredContentKind.MISSING_SIGN_OFF)
                        .message("Replies end with \"" + signOff + "\".")
                        .suggestion("Finish with a safety message and then \"" + signOff + "\"."));
            }
            String author = draft.author() == null ? null : draft.author().name();
            int lineStart = 0;
            while (lineStart < signOffStart) {
                int nl = text.indexOf('\n', lineStart);
                int lineEnd = nl < 0 || nl > signOffStart ? signOffStart : nl;
                Span officer = SignOffs.personalSignOff(text.substring(lineStart, lineEnd), author);
                if (officer != null) {
                    reportName(new Span(lineStart + officer.start(), lineStart + officer.end()), context);
                }
                lineStart = lineEnd + 1;
            }
            boolean hasSafety = false;
            for (LexiconMatch<String> m : safety.findAll(TextAnalysis.of(context, draft.text()).normalised())) {
                if (m.original().end() <= signOffStart && m.original().end() >= signOffStart - window) {
                    hasSafety = true;
                    break;
                }
            }
            if (!hasSafety) {
                context.report(context.finding()
                        .kind(RequiredContentKind.MISSING_SAFETY_MESSAGE)
                        .message("Replies end with a safety message before the sign-off.")
                        .suggestion("Add a short safety message such as \"Stay safe\" before \"" + signOff + "\"."));
            }
        };
    }

    private static void reportName(Span name, org.councilpolicy.core.rule.RuleContext context) {
        context.report(context.finding()
                .kind(RequiredContentKind.OFFICER_NAME)
                .span(name)
                .message("Fire service replies do not carry officers' names.")
                .suggestion("Remove the name; sign off as the service."));
    }

    /** Lower case with runs of whitespace as one space, for comparing sign-offs. */
    private static String fold(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    @Override
    public List<RuleExample<Draft>> examples() {
        return List.of(RuleExample.fires(Draft.builder(INFO.exampleFires()).kind(PostKind.REPLY).build())
                        .under("suffolk-fire-rescue"),
                RuleExample.passes(Draft.builder(INFO.examplePasses()).kind(PostKind.REPLY).build())
                        .under("suffolk-fire-rescue"));
    }
}
