package org.councilpolicy.core.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * People and organisations a council may name in its posts.
 *
 * @param councillors   elected members
 * @param officers      officers, by name and role
 * @param partners      partner organisations (police, NHS trusts, charities)
 * @param publicFigures public figures in their public role (MPs, ministers)
 */
public record NamedPeople(List<NamedPerson> councillors, List<NamedPerson> officers, List<String> partners,
                          List<NamedPerson> publicFigures) {

    /** Nobody. */
    public static final NamedPeople NONE = new NamedPeople(List.of(), List.of(), List.of(), List.of());

    /**
     * Validates the components.
     *
     * @param councillors elected members
     * @param officers officers, by name and role
     * @param partners partner organisations (police, NHS trusts, charities)
     * @param publicFigures public figures in their public role (MPs, ministers)
     */
    public NamedPeople {
        councillors = List.copyOf(Objects.requireNonNull(councillors, "councillors"));
        officers = List.copyOf(Objects.requireNonNull(officers, "officers"));
        partners = List.copyOf(Objects.requireNonNull(partners, "partners"));
        publicFigures = List.copyOf(Objects.requireNonNull(publicFigures, "publicFigures"));
    }

    /** {@return every name and alias of every person listed, and the partners' names} */
    public List<String> allNames() {
        List<String> out = new ArrayList<>();
        for (List<NamedPerson> group : List.of(councillors, officers, publicFigures)) {
            for (NamedPerson p : group) {
                out.add(p.name());
                out.addAll(p.aliases());
            }
        }
        out.addAll(partners);
        return out;
    }
}
