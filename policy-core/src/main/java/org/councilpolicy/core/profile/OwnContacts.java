package org.councilpolicy.core.profile;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The council's own contact details: never flagged as personal data.
 *
 * @param domains web and email domains, e.g. {@code southhams.gov.uk} (subdomains included)
 * @param emails  public email addresses
 * @param phones  public phone numbers, in any UK format
 * @param handles social media handles, with or without the {@code @}
 */
public record OwnContacts(List<String> domains, List<String> emails, List<String> phones, List<String> handles) {

    /** No contacts. */
    public static final OwnContacts NONE = new OwnContacts(List.of(), List.of(), List.of(), List.of());

    /**
     * Validates the components.
     *
     * @param domains web and email domains, e.g. {@code southhams.gov.uk} (subdomains included)
     * @param emails public email addresses
     * @param phones public phone numbers, in any UK format
     * @param handles social media handles, with or without the {@code @}
     */
    public OwnContacts {
        domains = List.copyOf(Objects.requireNonNull(domains, "domains"));
        emails = List.copyOf(Objects.requireNonNull(emails, "emails"));
        phones = List.copyOf(Objects.requireNonNull(phones, "phones"));
        handles = List.copyOf(Objects.requireNonNull(handles, "handles"));
    }

    /**
     * Whether {@code host} is one of the domains or a subdomain of one (case-insensitive).
     *
     * @param host a host name, such as {@code www.example.gov.uk}
     * @return whether {@code host} is one of the domains or a subdomain of one (case-insensitive)
     */
    public boolean isOwnDomain(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        for (String d : domains) {
            String dd = d.toLowerCase(Locale.ROOT);
            if (h.equals(dd) || h.endsWith("." + dd)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code email} is listed, or its domain is one of the council's.
     *
     * @param email an e-mail address
     * @return whether {@code email} is listed, or its domain is one of the council's
     */
    public boolean isOwnEmail(String email) {
        for (String e : emails) {
            if (e.equalsIgnoreCase(email)) {
                return true;
            }
        }
        int at = email.lastIndexOf('@');
        return at >= 0 && isOwnDomain(email.substring(at + 1));
    }

    /**
     * Whether {@code phone} is listed, comparing digits only (a leading +44 counts as 0).
     *
     * @param phone a phone number as written
     * @return whether {@code phone} is listed, comparing digits only (a leading +44 counts as 0)
     */
    public boolean isOwnPhone(String phone) {
        String p = digits(phone);
        for (String own : phones) {
            if (digits(own).equals(p)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code handle} is listed (case-insensitive, {@code @} optional).
     *
     * @param handle a social media handle
     * @return whether {@code handle} is listed (case-insensitive, {@code @} optional)
     */
    public boolean isOwnHandle(String handle) {
        String h = stripAt(handle);
        return handles.stream().anyMatch(x -> stripAt(x).equalsIgnoreCase(h));
    }

    private static String stripAt(String s) {
        return s.startsWith("@") ? s.substring(1) : s;
    }

    static String digits(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                sb.append(c);
            }
        }
        String d = sb.toString(); // by hand: this runs for every phone number in every draft
        if (s.trim().startsWith("+44")) {
            d = "0" + d.substring(2);
        } else if (d.startsWith("0044")) {
            d = "0" + d.substring(4);
        }
        return d;
    }
}
