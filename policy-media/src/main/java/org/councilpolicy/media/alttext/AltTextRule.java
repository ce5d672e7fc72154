package org.councilpolicy.media.alttext;

import org.councilpolicy.core.rule.RuleExample;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.content.draft.MediaRef;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.RuleContext;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.Severity;
import org.councilpolicy.core.rule.SimpleRule;

/**
 * {@code media.alt-text}: advises when an attached image has no alternative text, or only a placeholder
 * ("image", "photo", its file name).
 *
 * <p>No policy clause names alt text. It cites RC-13 (SCC 3.2: plain, friendly communication with everyone)
 * as the nearest: a picture without a description says nothing to someone using a screen reader, and public
 * bodies must meet accessibility duties. Hence ADVICE only.
 */
public final class AltTextRule extends SimpleRule<Draft> {

    static final RuleInfo INFO = RuleInfo.builder("media.alt-text")
            .title("Alternative text for images")
            .category(Category.MEDIA)
            .severity(Severity.ADVICE)
            .clauses("RC-13")
            .rationale("People using screen readers only get a picture's content from its alternative text; the "
                    + "policies ask for plain communication that everyone can follow.")
            .fires("A draft with media photos/bridge.jpg and no altText.")
            .passes("The same draft with altText \"The new footbridge over the River Gipping at dusk\".")
            .build();

    // Words that describe that there is a picture, not what it shows.
    private static final Set<String> PLACEHOLDERS = Set.of("image", "img", "photo", "photograph", "picture", "pic",
            "graphic", "screenshot", "alt", "alt text", "untitled", "attachment", "media", "video", "gif");

    /** For the service loader. */
    public AltTextRule() {
        super(INFO, Draft.class);
    }

    @Override
    public void check(Draft draft, RuleContext ctx) {
        List<MediaRef> media = draft.media();
        for (int i = 0; i < media.size(); i++) {
            MediaRef m = media.get(i);
            String label = "Attachment " + (i + 1) + " (" + m.path() + ")";
            String alt = m.altText() == null ? "" : m.altText().strip();
            if (alt.isEmpty()) {
                ctx.report(ctx.finding().kind(AltTextKind.ALT_TEXT_MISSING)
                        .message(label + " has no alternative text, so people using screen readers miss it.")
                        .suggestion("Describe what the picture shows in a sentence, as you would to someone on the phone."));
            } else if (isPlaceholder(alt, m.path())) {
                ctx.report(ctx.finding().kind(AltTextKind.ALT_TEXT_PLACEHOLDER)
                        .message(label + " has alternative text that only says there is a picture.")
                        .suggestion("Describe what the picture shows in a sentence, as you would to someone on the phone."));
            }
        }
    }

    static boolean isPlaceholder(String alt, String path) {
        String a = alt.toLowerCase(Locale.ROOT).replaceAll("[\\p{Punct}\\s]+", " ").strip();
        if (PLACEHOLDERS.contains(a)) {
            return true;
        }
        String file = path.replace('\\', '/');
        file = file.substring(file.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        int dot = file.lastIndexOf('.');
        String stem = dot > 0 ? file.substring(0, dot) : file;
        String altLower = alt.toLowerCase(Locale.ROOT).strip();
        return altLower.equals(file) || altLower.equals(stem);
    }

    @Override
    public List<RuleExample<Draft>> examples() {
        Draft.Builder photo = Draft.builder("The new footbridge is open.");
        return List.of(RuleExample.fires(photo.media(new MediaRef("photos/bridge.jpg", null)).build()),
                RuleExample.passes(Draft.builder("The new footbridge is open.").media(new MediaRef("photos/bridge.jpg",
                        "The new footbridge over the River Gipping at dusk")).build()));
    }
}
