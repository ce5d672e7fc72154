package org.councilpolicy.content.personaldata;

import java.util.List;
import java.util.Objects;

/**
 * The first names and surnames the person-name detector knows, from licensed public lists (see
 * {@code people-first-names.txt} and {@code people-surnames.txt} beside this class for sources and licences).
 * Immutable; loaded once.
 */
public final class NameGazetteer {

    static final NameGazetteer INSTANCE = new NameGazetteer();

    private NameGazetteer() {
    }

    /** {@return the shared instance} */
    public static NameGazetteer get() {
        return INSTANCE;
    }

    /**
     * Whether {@code word} is a known first name (compared after normalisation: case, accents).
     *
     * @param word a single word
     * @return whether it is in the first-name list
     */
    public boolean isFirstName(String word) {
        Objects.requireNonNull(word, "word");
        return (PeopleTerms.get().flags(PeopleTerms.key(word)) & PeopleTerms.FIRST) != 0;
    }

    /**
     * Whether {@code word} is a known surname (compared after normalisation: case, accents).
     *
     * @param word a single word
     * @return whether it is in the surname list
     */
    public boolean isSurname(String word) {
        Objects.requireNonNull(word, "word");
        return (PeopleTerms.get().flags(PeopleTerms.key(word)) & PeopleTerms.SURNAME) != 0;
    }

    /**
     * Whether {@code word} could stand in a name but is never taken as one on its own: a place, venue, street
     * type or everyday word ("Totnes", "Road", "Will").
     *
     * @param word a single word
     * @return whether it is ambiguous or never a name
     */
    public boolean isAmbiguousOrNotName(String word) {
        Objects.requireNonNull(word, "word");
        int f = PeopleTerms.get().flags(PeopleTerms.key(word));
        return (f & (PeopleTerms.AMBIGUOUS | PeopleTerms.NOT_NAME | PeopleTerms.STREET_TYPE | PeopleTerms.STOP
                | PeopleTerms.ROLE_AFTER | PeopleTerms.ROLE_BEFORE | PeopleTerms.TITLE | PeopleTerms.SCHOOL
                | PeopleTerms.VENUE_WORD | PeopleTerms.HOUSE_WORD | PeopleTerms.ADULT_ROLE)) != 0;
    }

    /**
     * Whether {@code word} is an everyday lower-case English word ({@code everyday-words.txt}): written with a
     * capital on its own, such a word is no unlisted surname ("Victoria Park", "Carol Service").
     *
     * @param word a single word
     * @return whether it is in the everyday-word list
     */
    public boolean isEverydayWord(String word) {
        Objects.requireNonNull(word, "word");
        return (PeopleTerms.get().flags(PeopleTerms.key(word)) & PeopleTerms.COMMON) != 0;
    }

    /** {@return every first name, as written in the list} */
    public List<String> firstNames() {
        return PeopleTerms.get().firstNames();
    }

    /** {@return every surname, as written in the list} */
    public List<String> surnames() {
        return PeopleTerms.get().surnames();
    }
}
