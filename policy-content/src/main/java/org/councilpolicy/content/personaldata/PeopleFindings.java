package org.councilpolicy.content.personaldata;

import java.util.List;
import java.util.Objects;

/**
 * What the people detectors found in one draft: private persons' names, children and home addresses, each
 * sorted by position. Shared between rules through {@link PeopleDetector#analyse}.
 *
 * @param names     names of private individuals (not the children, who are in {@code children})
 * @param children  children named together with an age, school, class or year group
 * @param addresses house numbers or house names with a street, not venues
 * @param worksSites house numbers or house names with a street that only a fault or works word makes public ("the
 *                  streetlight outside 15 Farm Lane"): a works site in the council's own post, the resident's home
 *                  in a reply, a councillor's casework post or a resident's comment
 */
public record PeopleFindings(List<PeopleMention> names, List<PeopleMention> children,
                             List<PeopleMention> addresses, List<PeopleMention> worksSites) {

    /**
     * Copies the lists.
     *
     * @param names      names of private individuals
     * @param children   children named with an age, school, class or year group
     * @param addresses  home addresses
     * @param worksSites addresses where a fault or works are reported
     */
    public PeopleFindings {
        names = List.copyOf(Objects.requireNonNull(names, "names"));
        children = List.copyOf(Objects.requireNonNull(children, "children"));
        addresses = List.copyOf(Objects.requireNonNull(addresses, "addresses"));
        worksSites = List.copyOf(Objects.requireNonNull(worksSites, "worksSites"));
    }

    /**
     * Findings with no works sites.
     *
     * @param names     names of private individuals
     * @param children  children named with an age, school, class or year group
     * @param addresses home addresses
     */
    public PeopleFindings(List<PeopleMention> names, List<PeopleMention> children, List<PeopleMention> addresses) {
        this(names, children, addresses, List.of());
    }

    /** {@return whether anything identifying a person was found} */
    public boolean identifiesSomeone() {
        return !names.isEmpty() || !children.isEmpty() || !addresses.isEmpty();
    }
}
