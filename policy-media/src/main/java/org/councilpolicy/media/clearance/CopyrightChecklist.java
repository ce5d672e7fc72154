package org.councilpolicy.media.clearance;

import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.Severity;

/**
 * {@code photo.copyright}: the council owns the photo, or holds a named licence or permission (CO-4).
 * A photo of unknown origin, or "licensed" with no licence named, is not cleared: "don't publish anything
 * you are unsure about, or obtain prior permission".
 */
public final class CopyrightChecklist implements Checklist {

    static final RuleInfo INFO = RuleInfo.builder("photo.copyright")
            .title("Photo copyright checklist")
            .category(Category.MEDIA)
            .severity(Severity.BLOCK)
            .clauses("CO-4")
            .rationale("Placing images from a copyrighted source on the council's pages without permission is likely "
                    + "to breach copyright and lead to damages (Appendix B).")
            .fires("A photo found online, source UNKNOWN.")
            .passes("A stock photo, source LICENSED under the council's Shutterstock standard licence.")
            .build();

    /** For the service loader. */
    public CopyrightChecklist() {
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void evaluate(PhotoDeclaration d, Assessment a) {
        ImageSource src = d.source();
        switch (src.kind()) {
            case OWN -> {
                // The council's own photo: nothing to confirm.
            }
            case LICENSED -> {
                if (!src.hasLicence()) {
                    a.add(ActionCode.CONFIRM_LICENCE, ClearanceOutcome.NOT_CLEARED, "The photo is said to be licensed but no "
                            + "licence is named: record the licence and follow its terms (credit, allowed uses), or "
                            + "do not use it.", "CO-4");
                }
            }
            case THIRD_PARTY_PERMISSION -> {
                if (!src.hasLicence()) {
                    a.add(ActionCode.CONFIRM_LICENCE, ClearanceOutcome.NOT_CLEARED, "The owner's permission is not "
                            + "recorded: note who gave permission and when before using their photo.", "CO-4");
                }
            }
            case UNKNOWN -> a.add(ActionCode.CONFIRM_LICENCE, ClearanceOutcome.NOT_CLEARED, "Nobody has said who owns this "
                    + "photo: using it without permission is likely to breach copyright. Find the owner and get "
                    + "permission, or use one of the council's own.", "CO-4");
        }
    }
}
