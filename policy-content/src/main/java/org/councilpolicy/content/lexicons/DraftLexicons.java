package org.councilpolicy.content.lexicons;

import java.util.List;
import org.councilpolicy.content.confidential.CaseworkRule;
import org.councilpolicy.content.confidential.EmbargoRule;
import org.councilpolicy.content.confidential.ProtectiveMarkingRule;
import org.councilpolicy.content.judgement.Element;
import org.councilpolicy.content.neutrality.DraftSignals;
import org.councilpolicy.content.requiredcontent.AttributionRule;
import org.councilpolicy.content.requiredcontent.PlainEnglishRule;
import org.councilpolicy.core.text.LexiconUnion;
import org.councilpolicy.core.text.SharedLexicons;

/**
 * The static lexicons that read a draft's normalised view, in one union: the judgement and neutrality
 * vocabularies, embargo cues, protective markings, casework cues, credits and reposts, and the built-in jargon
 * list. A draft is scanned once for all of them instead of once per lexicon; each still finds exactly what it finds
 * alone. Built once, when this class is initialised; the engine finds it through {@link java.util.ServiceLoader}.
 *
 * <p>Left out on purpose: the people and details-request cues (comments are read by them and by none of these, so
 * sharing would make a comment's one scan dearer; a union of their own saved nothing measurable, as most drafts
 * skip two of those four scans) and every per-profile lexicon (built per engine).
 */
public final class DraftLexicons implements SharedLexicons {

    private static final LexiconUnion UNION = LexiconUnion.of(List.of(Element.vocabulary(),
            DraftSignals.vocabulary(), EmbargoRule.cues(), ProtectiveMarkingRule.markings(), CaseworkRule.cues(),
            AttributionRule.credits(), AttributionRule.reposts(), PlainEnglishRule.builtInJargon()));

    /** For {@link java.util.ServiceLoader}. */
    public DraftLexicons() {
    }

    @Override
    public LexiconUnion union() {
        return UNION;
    }
}
