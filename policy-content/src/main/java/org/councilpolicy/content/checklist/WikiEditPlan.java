package org.councilpolicy.content.checklist;

import java.util.Objects;

/**
 * A planned edit to an open wiki site such as Wikipedia (OFF, Appendix B).
 *
 * @param aboutCouncilOrConflict      the entry is about the council, or the edit might be deemed a conflict of
 *                                    interest
 * @param readSiteTerms               the person read the site's terms and conditions
 * @param editorPermission            whether the wiki editor's permission is needed and given
 * @param communicationsTeamAdvice    the person sought the Communications Team's advice
 */
public record WikiEditPlan(boolean aboutCouncilOrConflict, boolean readSiteTerms, EditorPermission editorPermission,
                           boolean communicationsTeamAdvice) {

    /**
     * Checks the parts.
     *
     * @param aboutCouncilOrConflict   whether the entry is about the council or a conflict of interest
     * @param readSiteTerms            whether the terms were read
     * @param editorPermission         the editor's permission
     * @param communicationsTeamAdvice whether advice was sought
     */
    public WikiEditPlan {
        Objects.requireNonNull(editorPermission, "editorPermission");
    }
}
