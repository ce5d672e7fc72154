package org.councilpolicy.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.councilpolicy.content.draft.Platform;
import org.councilpolicy.content.moderation.Comment;
import org.councilpolicy.content.moderation.ModerationDecision;
import org.councilpolicy.content.moderation.ProposedAction;

/** JSON mapping for {@code moderate}: {@link Comment} in, {@link ModerationDecision} out (docs/cli.md). */
final class ModerationJson {

    private ModerationJson() {
    }

    static Comment read(JsonNode in) throws InputException {
        String text = Fields.requiredText(in, "text");
        Platform platform = Fields.optionalEnum(in, "platform", Platform.class, Platform.OTHER);
        String onPost = Fields.optionalText(in, "onPost");
        ProposedAction proposed = Fields.optionalEnum(in, "proposed", ProposedAction.class, null);
        return new Comment(text, platform, Optional.ofNullable(onPost), Optional.ofNullable(proposed));
    }

    static ObjectNode write(ModerationDecision d) {
        ObjectNode o = JsonLines.MAPPER.createObjectNode();
        o.put("decision", d.decision().name());
        ArrayNode grounds = o.putArray("grounds");
        d.grounds().forEach(g -> grounds.add(g.name()));
        ArrayNode reportTo = o.putArray("reportTo");
        d.reportTo().forEach(r -> reportTo.add(r.name()));
        o.put("explanation", d.explanation());
        o.put("repostAllowed", d.repostAllowed());
        o.put("retainEvidence", d.retainEvidence());
        ReportJson.putFindings(o, d.findings());
        o.put("proposalRefused", d.proposalRefused());
        d.replySuggestion().ifPresent(s -> o.put("replySuggestion", s));
        d.evidence().ifPresent(e -> {
            ObjectNode ev = o.putObject("evidence");
            ev.put("recordedAt", e.recordedAt().toString());
            ev.put("textSha256", e.textSha256());
            ev.put("profile", e.profileName());
            ev.put("profileVersion", e.profileVersion());
        });
        return o;
    }
}
