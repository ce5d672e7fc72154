package org.councilpolicy.content.personaldata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What an e-mail address's two halves say about its owner, for {@link OwnerAttribution}: the domain (public-sector
 * suffixes and known partners in {@code organisation-domains.tsv}, consumer providers in
 * {@code personal-mail-domains.txt}, organisation-style registrations such as {@code .org.uk} and {@code .co.uk})
 * and the local part ({@code role-mailboxes.txt}: a role, team or service, written with separators or run together,
 * "tenancy.services", "eventsteam").
 */
final class Mailboxes {

    private static final Map<String, String> ORGANISATION_DOMAINS = organisationDomains();
    private static final Set<String> PERSONAL_DOMAINS = Set.copyOf(OwnerCues.readLines("personal-mail-domains.txt")
            .stream().map(d -> d.toLowerCase(Locale.ROOT)).toList());
    private static final Set<String> ROLE_WORDS = Set.copyOf(OwnerCues.readLines("role-mailboxes.txt")
            .stream().map(d -> d.toLowerCase(Locale.ROOT)).toList());
    private static final List<String> ORGANISATION_SUFFIXES = List.of(".org.uk", ".co.uk", ".ltd.uk", ".plc.uk",
            ".org", ".com", ".net", ".uk", ".scot", ".wales", ".cymru", ".pub", ".shop", ".cafe", ".church", ".charity",
            ".club", ".info", ".biz", ".london");
    /** Longest local part segmented into role words; longer ones are not looked at (bounded work). */
    private static final int MAX_SEGMENTED = 40;
    /** Shortest role word a run-together local part may be cut into ("hr" and "it" only stand alone). */
    private static final int MIN_SEGMENT = 3;

    private Mailboxes() {
    }

    /** Whether the domain is a consumer mailbox provider's (gmail.com, hotmail.co.uk…). */
    static boolean personalProvider(String domain) {
        return PERSONAL_DOMAINS.contains(domain);
    }

    /** Domains registered for organisations and businesses: .org.uk, .co.uk, .org, .com… */
    static boolean organisationStyle(String domain) {
        for (String suffix : ORGANISATION_SUFFIXES) {
            if (domain.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    /** Whether some part of the local part (between dots, hyphens, underscores or digits) is a role word. */
    static boolean anyRolePart(String local) {
        for (String p : local.split("[._\\-0-9]")) {
            if (p.length() > 2 && (ROLE_WORDS.contains(p) || roleWords(p))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the local part names only roles, teams or services: each part between separators is a role word
     * or role words run together ("customerservices", "eventsteam", "parkingservices").
     */
    static boolean roleMailbox(String local) {
        if (ROLE_WORDS.contains(local)) {
            return true;
        }
        String[] parts = local.split("[._-]");
        for (String p : parts) {
            if (!p.isEmpty() && !ROLE_WORDS.contains(p) && !roleWords(p)) {
                return false;
            }
        }
        return parts.length > 0;
    }

    /**
     * Whether a local part names a service with a place or an organisation's name ("exeter.libraries",
     * "reception.thornhill"): some part is a role word and no other part is a person's first name or surname.
     */
    static boolean serviceMailbox(String local) {
        if (!anyRolePart(local)) {
            return false;
        }
        NameGazetteer names = NameGazetteer.get();
        for (String p : local.split("[._\\-0-9]")) {
            if (!p.isEmpty() && !ROLE_WORDS.contains(p) && !roleWords(p)
                    && (p.length() < 3 || names.isFirstName(p) || names.isSurname(p))) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code part} is two or more role words run together, each at least three letters long. */
    private static boolean roleWords(String part) {
        int n = part.length();
        if (n < 2 * MIN_SEGMENT || n > MAX_SEGMENTED) {
            return false;
        }
        // ok[i]: part[0, i) splits into role words; quadratic in a bounded length
        boolean[] ok = new boolean[n + 1];
        ok[0] = true;
        for (int i = MIN_SEGMENT; i <= n; i++) {
            for (int j = 0; j + MIN_SEGMENT <= i && !ok[i]; j++) {
                ok[i] = ok[j] && (j > 0 || i < n) && ROLE_WORDS.contains(part.substring(j, i));
            }
        }
        return ok[n];
    }

    /** What the domain is when it is a public body's or known partner's, or {@code null}. */
    static String organisationDomain(String domain) {
        for (var e : ORGANISATION_DOMAINS.entrySet()) {
            String d = e.getKey();
            boolean match = d.startsWith(".") ? domain.endsWith(d) : domain.equals(d) || domain.endsWith("." + d);
            if (match) {
                return e.getValue();
            }
        }
        return null;
    }

    private static Map<String, String> organisationDomains() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : OwnerCues.readLines("organisation-domains.tsv")) {
            int tab = line.indexOf('\t');
            if (tab <= 0) {
                throw new IllegalStateException("organisation-domains.tsv: no tab in line '" + line + "'");
            }
            out.put(line.substring(0, tab).strip().toLowerCase(Locale.ROOT), line.substring(tab + 1).strip());
        }
        return java.util.Collections.unmodifiableMap(out);
    }
}
