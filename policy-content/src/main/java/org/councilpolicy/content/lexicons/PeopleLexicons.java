package org.councilpolicy.content.lexicons;

import org.councilpolicy.content.personaldata.PeopleDetector;
import org.councilpolicy.core.text.LexiconUnion;
import org.councilpolicy.core.text.SharedLexicons;

/**
 * The static lexicons that read a text's normalised view for people and their details, in one union: the people
 * cues, the identifier context words, the details-request cues and triggers. Drafts and comments are both read by
 * them, so they are kept apart from {@link DraftLexicons} (a comment would otherwise pay for the draft vocabularies'
 * scan). Built once, when this class is initialised; the engine finds it through {@link java.util.ServiceLoader}.
 */
public final class PeopleLexicons implements SharedLexicons {

    private static final LexiconUnion UNION = LexiconUnion.of(PeopleDetector.sharedLexicons());

    /** For {@link java.util.ServiceLoader}. */
    public PeopleLexicons() {
    }

    @Override
    public LexiconUnion union() {
        return UNION;
    }
}
