package org.councilpolicy.content.draft;

import java.util.Objects;
import org.councilpolicy.core.rule.RuleContext;
import org.councilpolicy.core.rule.SharedKey;
import org.councilpolicy.core.text.NormalisedText;

/**
 * The draft's text normalised once per check and shared by every rule that reads it (personal data,
 * confidential material, political neutrality and conduct), so a draft is normalised once whatever the number
 * of rules.
 */
public final class DraftText {

    /** The draft's own text, normalised with the default options. */
    public static final SharedKey<NormalisedText> NORMALISED = SharedKey.named("draft.text.normalised");

    private DraftText() {
    }

    /**
     * The draft's text normalised with the default options, computed at most once per check.
     *
     * @param draft   the draft being checked (the subject of {@code context})
     * @param context the rule context of that check
     * @return the normalised text of {@code draft.text()}
     */
    public static NormalisedText normalised(Draft draft, RuleContext context) {
        Objects.requireNonNull(draft, "draft");
        return normalised(draft.text(), context);
    }

    /**
     * Like {@link #normalised(Draft, RuleContext)} for callers that hold only the text.
     *
     * @param draftText the text of the draft being checked, never any other text (it is cached as the draft's)
     * @param context   the rule context of that check
     * @return the normalised text
     */
    public static NormalisedText normalised(String draftText, RuleContext context) {
        Objects.requireNonNull(draftText, "draftText");
        Objects.requireNonNull(context, "context");
        return context.shared(NORMALISED, () -> NormalisedText.of(draftText));
    }
}
