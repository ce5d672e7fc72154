package org.councilpolicy.content.requiredcontent;

import java.util.List;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.core.rule.RuleContext;
import org.councilpolicy.core.rule.SharedKey;
import org.councilpolicy.core.text.NormalisedText;

/** Per-draft analyses the required-content rules share, computed once per draft. */
final class DraftText {

    private static final SharedKey<NormalisedText> NORMALISED = SharedKey.named("requiredcontent.normalised");
    private static final SharedKey<List<Links.Link>> LINKS = SharedKey.named("requiredcontent.links");

    private DraftText() {
    }

    /** The draft's text with the default normalisation (what the lexicons here are built with). */
    static NormalisedText normalised(Draft draft, RuleContext context) {
        return context.shared(NORMALISED, () -> NormalisedText.of(draft.text()));
    }

    /** The links in the draft's text. */
    static List<Links.Link> links(Draft draft, RuleContext context) {
        return context.shared(LINKS, () -> Links.find(draft.text()));
    }
}
