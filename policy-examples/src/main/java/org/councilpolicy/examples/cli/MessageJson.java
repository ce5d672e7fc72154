package org.councilpolicy.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.councilpolicy.content.draft.Platform;
import org.councilpolicy.content.messages.Channel;
import org.councilpolicy.content.messages.Classification;
import org.councilpolicy.content.messages.CueSpan;
import org.councilpolicy.content.messages.Message;
import org.councilpolicy.content.messages.MessageAction;
import org.councilpolicy.content.messages.MissingDetail;
import org.councilpolicy.content.messages.Sender;

/** A {@code classify} input line to a {@link Message}, and a {@link Classification} to its output, per the contract. */
final class MessageJson {
    private MessageJson() {
    }

    static Message read(JsonNode in) throws InputException {
        Message.Builder b = Message.builder(Fields.requiredText(in, "text"))
                .receivedAt(Fields.optionalDate(in, "receivedAt"))
                .channel(Fields.optionalEnum(in, "channel", Channel.class, Channel.PUBLIC))
                .platform(Fields.optionalEnum(in, "platform", Platform.class, Platform.OTHER))
                .reference(Fields.optionalText(in, "reference"));
        JsonNode sender = Fields.optionalObject(in, "sender");
        if (sender != null) {
            b.sender(Sender.named(text(sender, "name")).withHandle(text(sender, "handle"))
                    .withEmail(text(sender, "email")).withPostalAddress(text(sender, "postalAddress")));
        }
        return b.build();
    }

    private static String text(JsonNode sender, String field) throws InputException {
        try {
            return Fields.optionalText(sender, field);
        } catch (InputException e) {
            throw new InputException("sender." + field, e.getMessage());
        }
    }

    /**
     * The contract's output fields, always all present: {@code regime} and {@code due} are null for NONE, and
     * {@code acknowledgement} is null when there is nothing to acknowledge (a service question).
     */
    static ObjectNode write(Classification c) {
        ObjectNode out = JsonLines.MAPPER.createObjectNode();
        out.put("type", c.type().name());
        out.put("ambiguous", c.ambiguous());
        out.put("confidence", c.confidence());
        out.put("valid", c.valid());
        ArrayNode missing = out.putArray("missing");
        for (MissingDetail m : c.missing()) {
            missing.add(m.name());
        }
        out.put("complaint", c.complaint());
        if (c.regime() == null) {
            out.putNull("regime");
            out.putNull("due");
        } else {
            out.put("regime", c.regime().name());
            out.put("due", c.due().toString());
        }
        ArrayNode actions = out.putArray("actions");
        for (MessageAction a : c.actions()) {
            actions.add(a.name());
        }
        if (c.acknowledgement() == null) {
            out.putNull("acknowledgement");
        } else {
            ObjectNode ack = out.putObject("acknowledgement");
            ack.put("full", c.acknowledgement().full());
            ack.put("short", c.acknowledgement().shortForm());
        }
        ArrayNode cues = out.putArray("cues");
        for (CueSpan span : c.cues()) {
            cues.addObject().put("decides", span.decides()).put("cue", span.cue()).put("start", span.start())
                    .put("end", span.end());
        }
        return out;
    }
}
