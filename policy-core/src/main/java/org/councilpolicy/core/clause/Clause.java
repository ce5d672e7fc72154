package org.councilpolicy.core.clause;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One numbered clause of the source policies, with a one-line summary in the project's own words and the source
 * document and section it comes from (all listed in {@code docs/rules.md}; the documents in {@code docs/sources.md}).
 *
 * @param id          stable id, e.g. {@code PD-1}
 * @param family      the heading it sits under, e.g. "Personal data and confidentiality"
 * @param source      the policy sections it comes from, as document abbreviations and sections, e.g. "SCC 3.4, RBC"
 * @param kind        whether the library checks it, evaluates a checklist for it, or leaves it to people
 * @param requirement what the clause requires, as the policy states it
 * @param summary     what it asks, in one line of the project's own words
 * @param note        for a GUIDE clause why people decide it; for a CHECK or AID clause not yet covered,
 *                    why not yet; otherwise {@code null}
 */
public record Clause(String id, String family, String source, ClauseKind kind, String requirement, String summary,
                     String note) {

    /** The source documents by the abbreviations {@link #source()} uses. */
    private static final Map<String, String> DOCUMENTS = Map.of(
            "SBC", "Scottish Borders Council, Approach to connections on social media",
            "SHWD", "South Hams District Council and West Devon Borough Council, Social Media Policy",
            "SCC", "Suffolk County Council, Social Media Policy v1.4 (May 2024)",
            "FOI", "Suffolk County Council, Social Media Policy v1.4, appendix 8.1 (Freedom of Information requests)",
            "SFRS", "Suffolk County Council, Social Media Policy v1.4, appendix 8.2 (Suffolk Fire and Rescue Service)",
            "MEM", "Suffolk County Council, Social Media Policy v1.4, appendix 8.3 (protocol for Members)",
            "RBC", "Rushcliffe Borough Council, Social media guidance for councillors",
            "OFF", "A council's Social Media Policy, appendix B (guidance for officers)");

    /**
     * Validates the components.
     *
     * @param id stable id, e.g. {@code PD-1}
     * @param family the heading it sits under, e.g. "Personal data and confidentiality"
     * @param source the policy sections it comes from
     * @param kind whether the library checks it, evaluates a checklist for it, or leaves it to people
     * @param requirement what the clause requires, as the policy states it
     * @param summary what it asks, in one line of the project's own words
     * @param note for a GUIDE clause why people decide it; for a CHECK or AID clause not yet covered, why not yet; otherwise {@code null}
     */
    public Clause {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(requirement, "requirement");
        Objects.requireNonNull(summary, "summary");
    }

    /** {@return the note, if any} */
    public Optional<String> noteIfAny() {
        return Optional.ofNullable(note);
    }

    /**
     * The source documents and sections spelled out, e.g. "Suffolk County Council, Social Media Policy v1.4 (May
     * 2024), section 3.4"; a part that names no known document (platform terms) is kept as written.
     *
     * @return one entry per part of {@link #source()}
     */
    public List<String> sourceDocuments() {
        List<String> out = new ArrayList<>();
        String parts = source;
        int open = source.indexOf(" (");
        if (open > 0 && source.endsWith(")")) {
            // "platform terms (SCC 3.1, OFF)": a source outside the documents, with the sections that cite it
            out.add(source.substring(0, open));
            parts = source.substring(open + 2, source.length() - 1);
        }
        for (String part : parts.split(",\\s*")) {
            String[] words = part.trim().split("\\s+", 2);
            String document = DOCUMENTS.get(words[0]);
            out.add(document == null ? part.trim() : words.length == 1 ? document : document + ", section " + words[1]);
        }
        return List.copyOf(out);
    }
}
