package org.councilpolicy.content.messages;

import org.councilpolicy.core.text.Masking;

/**
 * Who sent a message, as far as the platform or the message says. Every part may be {@code null}.
 * {@link #toString()} masks every part: these are personal data.
 *
 * @param name          the display name or given name, e.g. {@code "Jo Bloggs"} or {@code "Concerned Resident"}
 * @param handle        the platform handle, e.g. {@code "@binwatcher99"}
 * @param email         an email address given with the message
 * @param postalAddress a postal address given with the message
 */
public record Sender(String name, String handle, String email, String postalAddress) {

    /** A sender the platform tells us nothing about. */
    public static final Sender UNKNOWN = new Sender(null, null, null, null);

    /**
     * Blank parts become {@code null}, and the rest are trimmed.
     *
     * @param name          display name
     * @param handle        handle
     * @param email         email address
     * @param postalAddress postal address
     */
    public Sender {
        name = clean(name);
        handle = clean(handle);
        email = clean(email);
        postalAddress = clean(postalAddress);
    }

    /**
     * A sender with a name and handle only.
     *
     * @param name   display name, or {@code null}
     * @param handle handle, or {@code null}
     * @return the sender
     */
    public static Sender of(String name, String handle) {
        return new Sender(name, handle, null, null);
    }

    /**
     * A sender known by the name they gave; add what else they gave with the {@code with…} methods, e.g.
     * {@code Sender.named("Jo Bloggs").withEmail("jo@example.com")}: named parts, never a positional mix-up.
     *
     * @param name the name the sender gave, or {@code null}
     * @return the sender
     */
    public static Sender named(String name) {
        return new Sender(name, null, null, null);
    }

    /**
     * @param value the platform handle, e.g. {@code "@binwatcher99"}, or {@code null}
     * @return a copy with that handle
     */
    public Sender withHandle(String value) {
        return new Sender(name, value, email, postalAddress);
    }

    /**
     * @param value an email address given with the message, or {@code null}
     * @return a copy with that email address
     */
    public Sender withEmail(String value) {
        return new Sender(name, handle, value, postalAddress);
    }

    /**
     * @param value a postal address given with the message, or {@code null}
     * @return a copy with that postal address
     */
    public Sender withPostalAddress(String value) {
        return new Sender(name, handle, email, value);
    }

    private static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    @Override
    public String toString() {
        return "Sender[name=" + masked(name) + ", handle=" + masked(handle) + ", email=" + masked(email)
                + ", postalAddress=" + masked(postalAddress) + "]";
    }

    private static String masked(String s) {
        return s == null ? "null" : Masking.mask(s);
    }
}
