package org.councilpolicy.content.testkit;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.councilpolicy.content.messages.Acknowledgement;
import org.councilpolicy.content.messages.Classification;
import org.councilpolicy.content.messages.MessageAction;
import org.councilpolicy.content.messages.MissingDetail;
import org.councilpolicy.content.messages.RequestType;
import org.councilpolicy.testkit.Failures;

/**
 * Assertions on a {@link Classification}. Each method returns {@code this} so assertions chain; the
 * first that does not hold throws {@link AssertionError} describing the classification: type, regime,
 * due date, validity, what is missing, actions and the acknowledgement's length (never its wording,
 * which may hold the requester's name).
 */
public final class ClassificationAssert {

    private final Classification classification;
    private String description;

    ClassificationAssert(Classification classification) {
        this.classification = classification;
    }

    /**
     * Names the subject in failure messages, for example the message's reference.
     *
     * @param value what is being checked
     * @return this
     */
    public ClassificationAssert describedAs(String value) {
        this.description = value;
        return this;
    }

    /**
     * The classification under test, for checks the kit does not offer.
     *
     * @return the classification
     */
    public Classification classification() {
        return classification;
    }

    /**
     * Asserts the message is a request for information (FOI, EIR or SAR) and not an ambiguous one.
     *
     * @return this
     */
    public ClassificationAssert isRequest() {
        if (!classification.isRequest() || classification.ambiguous()) {
            throw fail("Expected a request for information but it is " + what() + ".");
        }
        return this;
    }

    /**
     * Asserts the request type (for an ambiguous message: what it would be if it is a request).
     *
     * @param expected FOI, EIR, SAR or NONE
     * @return this
     */
    public ClassificationAssert isType(RequestType expected) {
        Objects.requireNonNull(expected, "expected");
        if (classification.type() != expected) {
            throw fail("Expected type " + expected + " but was " + classification.type() + ".");
        }
        return this;
    }

    /**
     * Asserts the message is not a request for information and not an ambiguous one either.
     *
     * @return this
     */
    public ClassificationAssert isNotARequest() {
        if (classification.isRequest() || classification.ambiguous()) {
            throw fail("Expected no request for information but it is " + what() + ".");
        }
        return this;
    }

    /**
     * Asserts the message is ambiguous: the policy's "if you are unsure, ask the customer" applies.
     *
     * @return this
     */
    public ClassificationAssert isAmbiguous() {
        if (!classification.ambiguous()) {
            throw fail("Expected an ambiguous message (ask the customer) but it is " + what() + ".");
        }
        return this;
    }

    /**
     * Asserts the request is valid as it stands (an FOI request with a real name and an address).
     *
     * @return this
     */
    public ClassificationAssert isValid() {
        if (!classification.valid()) {
            throw fail("Expected a valid request but it is not valid"
                    + (classification.missing().isEmpty() ? "." : ": missing " + classification.missing() + "."));
        }
        return this;
    }

    /**
     * Asserts the request is not valid as it stands.
     *
     * @return this
     */
    public ClassificationAssert isNotValid() {
        if (classification.valid()) {
            throw fail("Expected an invalid request but it is valid.");
        }
        return this;
    }

    /**
     * Asserts exactly these details are missing, in any order; with no argument, that nothing is.
     *
     * @param expected the missing details
     * @return this
     */
    public ClassificationAssert isMissing(MissingDetail... expected) {
        Objects.requireNonNull(expected, "expected");
        Set<MissingDetail> want = EnumSet.noneOf(MissingDetail.class);
        for (MissingDetail d : expected) {
            want.add(Objects.requireNonNull(d, "missing detail"));
        }
        Set<MissingDetail> actual = EnumSet.noneOf(MissingDetail.class);
        actual.addAll(classification.missing());
        if (!actual.equals(want)) {
            throw fail("Expected missing " + (want.isEmpty() ? "nothing" : List.copyOf(want)) + " but "
                    + (actual.isEmpty() ? "nothing is missing." : "missing is " + classification.missing() + "."));
        }
        return this;
    }

    /**
     * Asserts the message is (also) a complaint.
     *
     * @return this
     */
    public ClassificationAssert isComplaint() {
        if (!classification.complaint()) {
            throw fail("Expected a complaint but it is not one.");
        }
        return this;
    }

    /**
     * Asserts the message is not a complaint.
     *
     * @return this
     */
    public ClassificationAssert isNotComplaint() {
        if (classification.complaint()) {
            throw fail("Expected no complaint but it is one.");
        }
        return this;
    }

    /**
     * Asserts the statutory due date.
     *
     * @param expected the last day for the response
     * @return this
     */
    public ClassificationAssert isDue(LocalDate expected) {
        Objects.requireNonNull(expected, "expected");
        if (!expected.equals(classification.due())) {
            throw fail("Expected due " + expected + " but "
                    + (classification.due() == null ? "there is no deadline." : "it is due " + classification.due() + "."));
        }
        return this;
    }

    /**
     * Asserts the classification asks for each of these actions.
     *
     * @param expected one or more actions
     * @return this
     */
    public ClassificationAssert hasAction(MessageAction... expected) {
        Objects.requireNonNull(expected, "expected");
        if (expected.length == 0) {
            throw new IllegalArgumentException("name at least one action");
        }
        List<MessageAction> absent = Arrays.stream(expected).map(a -> Objects.requireNonNull(a, "action"))
                .filter(a -> !classification.has(a)).toList();
        if (!absent.isEmpty()) {
            throw fail("Expected action" + (absent.size() == 1 ? " " + absent.get(0) : "s " + absent)
                    + " but the actions are " + classification.actions() + ".");
        }
        return this;
    }

    /**
     * Asserts the classification does not ask for this action.
     *
     * @param unexpected the action
     * @return this
     */
    public ClassificationAssert hasNoAction(MessageAction unexpected) {
        Objects.requireNonNull(unexpected, "unexpected");
        if (classification.has(unexpected)) {
            throw fail("Expected no action " + unexpected + " but the actions are " + classification.actions() + ".");
        }
        return this;
    }

    /**
     * Asserts there is an acknowledgement whose short form fits an X post: at most
     * {@value Acknowledgement#SHORT_LIMIT} characters (code points).
     *
     * @return this
     */
    public ClassificationAssert hasShortAcknowledgementWithin280() {
        Acknowledgement ack = classification.acknowledgement();
        if (ack == null) {
            throw fail("Expected an acknowledgement but there is none.");
        }
        int length = ack.shortForm().codePointCount(0, ack.shortForm().length());
        if (length > Acknowledgement.SHORT_LIMIT || ack.shortForm().isBlank()) {
            throw fail("Expected a short acknowledgement of 1 to " + Acknowledgement.SHORT_LIMIT
                    + " characters but it has " + length + ".");
        }
        return this;
    }

    private String what() {
        Classification c = classification;
        if (c.ambiguous()) {
            return "ambiguous (possibly " + c.type() + ")";
        }
        return c.isRequest() ? "a request of type " + c.type() : "not a request";
    }

    private AssertionError fail(String expectation) {
        return Failures.fail(description, expectation, describe(classification));
    }

    /**
     * Describes a classification for an assertion message, without the acknowledgement's wording.
     *
     * @param c the classification
     * @return indented lines
     */
    static String describe(Classification c) {
        String nl = System.lineSeparator();
        Acknowledgement ack = c.acknowledgement();
        return "  type " + c.type() + (c.ambiguous() ? " (ambiguous)" : "")
                + String.format(java.util.Locale.ROOT, ", confidence %.2f", c.confidence())
                + ", valid " + c.valid() + ", missing " + c.missing() + ", complaint " + c.complaint() + nl
                + "  regime " + c.regime() + ", due " + c.due() + nl
                + "  actions " + c.actions() + nl
                + "  acknowledgement " + (ack == null ? "none"
                        : "full " + ack.full().length() + " chars, short "
                        + ack.shortForm().codePointCount(0, ack.shortForm().length()) + " chars") + nl
                + "  reasons " + c.reasons();
    }
}
