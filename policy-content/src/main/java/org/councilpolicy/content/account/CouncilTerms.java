package org.councilpolicy.content.account;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.councilpolicy.content.requiredcontent.Links;
import org.councilpolicy.core.profile.Profile;
import org.councilpolicy.core.text.Lexicon;
import org.councilpolicy.core.text.LexiconMatch;
import org.councilpolicy.core.text.NormalisedText;

/**
 * The words by which a profile's council is known (its name, short forms, handles, domains) and the phrases
 * of working for it, prepared once per profile for the account rules.
 */
final class CouncilTerms {

    private static final List<String> EMPLOYMENT = List.of("work for", "work at", "work in", "working for",
            "working at", "works for", "works at", "employed by", "employee of", "employee at", "officer at",
            "officer for", "officer with", "staff at", "member of staff", "team at", "on the team at", "proud to work",
            "council officer", "council employee", "council worker", "council staff", "local government officer",
            "i'm a", "i am a", "manager at", "manager for", "adviser at", "advisor at", "lead at", "part of",
            "based at", "colleagues at", "job at", "role at", "my day job");

    private static final List<String> ROLE_WORDS = List.of("officer", "officers", "manager", "team", "service",
            "services", "lead", "head of", "director", "coordinator", "co-ordinator", "adviser", "advisor",
            "librarian", "library", "libraries", "ranger", "rangers", "warden", "wardens", "planner", "planning",
            "engineer", "inspector", "worker", "practitioner", "specialist", "consultant", "assistant", "apprentice",
            "surveyor", "archivist", "archives", "curator", "museum", "nurse", "therapist", "leader", "unit", "hub",
            "partnership", "programme", "project", "trading standards", "highways", "parks", "countryside", "youth",
            "education", "schools", "social work", "public health", "fire", "rescue", "station", "watch",
            "commander", "chief", "support", "development", "community", "communications", "digital", "recycling",
            "waste", "housing", "registrar", "registration", "customer", "events", "tourism", "economic", "energy",
            "climate", "transport", "travel", "safeguarding", "health", "wellbeing", "learning", "skills", "careers",
            "adult", "children", "family", "families", "care", "carers", "environment", "environmental", "licensing",
            "democratic", "elections", "electoral", "emergency", "resilience", "heritage", "arts", "sport", "leisure",
            "country park", "visitor centre", "help desk", "helpdesk", "contact centre", "news", "jobs", "hr");

    private final boolean generic;
    private final Lexicon<String> brand;
    private final Lexicon<String> employment;
    private final Lexicon<String> roles;
    private final Set<String> handles;
    private final Profile profile;

    CouncilTerms(Profile profile, List<String> extraBrand) {
        this.profile = profile;
        Set<String> names = new LinkedHashSet<>(brandNames(profile.council()));
        names.addAll(extraBrand);
        this.handles = new LinkedHashSet<>();
        for (String h : profile.ownContacts().handles()) {
            String k = h.startsWith("@") ? h.substring(1) : h;
            names.add(k);
            handles.add(k.toLowerCase(Locale.ROOT));
        }
        names.addAll(profile.ownContacts().domains());
        this.generic = names.isEmpty();
        Lexicon.Builder<String> b = Lexicon.builder();
        names.forEach(n -> b.add(n, n));
        b.add("council", "council"); // payload marks the generic word
        this.brand = b.build();
        this.employment = lexicon(EMPLOYMENT);
        this.roles = lexicon(ROLE_WORDS);
    }

    private static Lexicon<String> lexicon(List<String> phrases) {
        Lexicon.Builder<String> b = Lexicon.builder();
        phrases.forEach(p -> b.add(p, p));
        return b.build();
    }

    /** Names of the council: "Suffolk County Council" gives it, "Suffolk CC" and "Suffolk County". */
    static List<String> brandNames(String council) {
        List<String> out = new ArrayList<>();
        if (council == null || council.isBlank() || council.toLowerCase(Locale.ROOT).startsWith("a ")) {
            return out; // the generic default profile has no brand of its own
        }
        String c = council;
        int paren = c.indexOf('(');
        if (paren > 0 && c.endsWith(")")) {
            out.addAll(brandNames(c.substring(paren + 1, c.length() - 1)));
            c = c.substring(0, paren).strip();
        }
        for (String part : splitJointCouncils(c)) {
            String p = part.strip();
            out.add(p);
            for (String[] kind : new String[][] {{" County Council", "CC"}, {" District Council", "DC"},
                    {" Borough Council", "BC"}, {" City Council", "CC"}}) {
                if (p.endsWith(kind[0])) {
                    String place = p.substring(0, p.length() - kind[0].length());
                    out.add(place + " " + kind[1]);
                    out.add(place + kind[1]);
                    out.add(place + kind[0].substring(0, kind[0].length() - " Council".length()));
                }
            }
        }
        return out;
    }

    /**
     * Splits "South Hams District Council and West Devon Borough Council" at each " and " that is followed by a
     * capitalised word and, through letters and spaces only, "Council". One pass from the right, so linear in
     * the name's length (the name comes from the profile, and a look-ahead per " and " was quadratic).
     */
    static List<String> splitJointCouncils(String c) {
        int n = c.length();
        int[] nextCouncil = new int[n + 1]; // start of the nearest "Council" at or after i, through letters/spaces
        nextCouncil[n] = -1;
        for (int i = n - 1; i >= 0; i--) {
            char ch = c.charAt(i);
            if (c.startsWith("Council", i)) {
                nextCouncil[i] = i;
            } else if (Character.isLetter(ch) && ch < 128 || ch == ' ') {
                nextCouncil[i] = nextCouncil[i + 1];
            } else {
                nextCouncil[i] = -1;
            }
        }
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int i = c.indexOf(" and ", from); i >= 0; i = c.indexOf(" and ", i + 1)) {
            int w = i + 5;
            int j = w;
            if (j < n && c.charAt(j) >= 'A' && c.charAt(j) <= 'Z') {
                j++;
                int lower = j;
                while (j < n && c.charAt(j) >= 'a' && c.charAt(j) <= 'z') {
                    j++;
                }
                if (j > lower && j < n && c.charAt(j) == ' ' && nextCouncil[j + 1 > n ? n : j + 1] >= 0) {
                    out.add(c.substring(from, i));
                    from = w;
                }
            }
        }
        out.add(c.substring(from));
        return out;
    }

    /** Whether the profile names no council of its own (the generic default): then the word "council" stands in. */
    boolean generic() {
        return generic;
    }

    /** The first mention of the council itself in {@code text}, or {@code null}; the bare word counts only if generic. */
    LexiconMatch<String> brandIn(NormalisedText text, boolean acceptGenericWord) {
        for (LexiconMatch<String> m : brand.findLongest(text)) {
            if (!m.payload().equals("council") || acceptGenericWord) {
                return m;
            }
        }
        return null;
    }

    /** Whether the handle is one of the council's own. */
    boolean isOwnHandle(String handle) {
        String k = handle.startsWith("@") ? handle.substring(1) : handle;
        return handles.contains(k.toLowerCase(Locale.ROOT));
    }

    /**
     * Where {@code text} says its owner works for the council: a mention of the council by name (or, for any
     * council, the word "council" together with a phrase of working there). {@code null} when it does not.
     */
    LexiconMatch<String> worksForCouncil(NormalisedText text) {
        LexiconMatch<String> named = brandIn(text, false);
        if (named != null) {
            return named;
        }
        LexiconMatch<String> word = brandIn(text, true);
        if (word != null && employment.containsAny(text)) {
            return word;
        }
        return null;
    }

    /** Whether the text names a role or service (a job title or a team). */
    boolean namesRole(NormalisedText text) {
        return roles.containsAny(text);
    }

    /** Whether a link (in the links list or the bio) points to the council's own website. */
    boolean linksToCouncil(List<String> links, String bio) {
        for (String l : links) {
            String host = Links.host(l);
            if (host != null && isCouncilHost(host)) {
                return true;
            }
        }
        for (Links.Link l : Links.find(bio)) {
            if (isCouncilHost(l.host())) {
                return true;
            }
        }
        return false;
    }

    private boolean isCouncilHost(String host) {
        if (profile.ownContacts().domains().isEmpty()) {
            return host.endsWith(".gov.uk") || host.endsWith(".gov.scot") || host.endsWith(".gov.wales")
                    || host.endsWith(".llyw.cymru") || host.endsWith(".gov.je");
        }
        return profile.ownContacts().isOwnDomain(host);
    }
}
