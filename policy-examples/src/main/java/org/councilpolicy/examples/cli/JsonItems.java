package org.councilpolicy.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.councilpolicy.content.messages.MessageClassifier;
import org.councilpolicy.content.moderation.Moderator;
import org.councilpolicy.core.engine.Engine;
import org.councilpolicy.media.clearance.PhotoClearance;

/**
 * The command line's JSON conversions for one input item, open to other faces of the library (the HTTP
 * service): each handler reads one contract input object, runs it, and writes the contract's output object
 * without the {@code id}, exactly as the JSON Lines subcommands do. Handlers are as thread-safe as the
 * engine behind them (all are).
 */
public final class JsonItems {

    private JsonItems() {
    }

    /** One subcommand's conversion of one input object to its output object (without the id). */
    @FunctionalInterface
    public interface Handler {
        /**
         * Handles one item.
         *
         * @param input one contract input object
         * @return the contract output object, without the {@code id}
         * @throws InputException when a field is missing or wrong; the message names the field
         */
        ObjectNode handle(JsonNode input) throws InputException;
    }

    /** {@return the mapper the command line reads and writes JSON with} */
    public static ObjectMapper mapper() {
        return JsonLines.MAPPER;
    }

    /**
     * {@code check}: a draft in, a report out.
     *
     * @param engine the engine to check with
     * @return the handler
     */
    public static Handler check(Engine engine) {
        return in -> ReportJson.report(engine.check(DraftJson.read(in)));
    }

    /**
     * {@code account}: an account set-up in, a report out (spans point into {@code bio}).
     *
     * @param engine the engine to check with
     * @return the handler
     */
    public static Handler account(Engine engine) {
        return in -> ReportJson.report(engine.check(AccountJson.read(in)));
    }

    /**
     * {@code classify}: an inbound message in, a classification out.
     *
     * @param classifier the classifier
     * @return the handler
     */
    public static Handler classify(MessageClassifier classifier) {
        return in -> MessageJson.write(classifier.classify(MessageJson.read(in)));
    }

    /**
     * {@code moderate}: a comment in, a moderation decision out.
     *
     * @param moderator the moderator
     * @return the handler
     */
    public static Handler moderate(Moderator moderator) {
        return in -> ModerationJson.write(moderator.decide(ModerationJson.read(in)));
    }

    /**
     * {@code photo}: a clearance declaration in, a decision out. A declaration's {@code image} is read from the
     * file system: a face that must not read files refuses it before calling this.
     *
     * @param clearance the photo clearance
     * @return the handler
     */
    public static Handler photo(PhotoClearance clearance) {
        return in -> PhotoJson.write(clearance.clear(PhotoJson.read(in)));
    }

    /**
     * An input problem found outside the conversions (a limit of the face calling them), in the same form.
     *
     * @param field   the offending field, or {@code null} for the item as a whole
     * @param message what is wrong
     * @return the exception to throw
     */
    public static InputException inputError(String field, String message) {
        return new InputException(field, message);
    }
}
