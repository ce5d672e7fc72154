package org.councilpolicy.content.checklist;

import java.util.List;
import java.util.Objects;

/**
 * What the person found when asking, before posting, what else is happening at the same time (SCC 4.2).
 *
 * @param checked              the person looked at what else is happening on social media and in the council
 * @param conflicts            short descriptions of events or messages that conflict with this one, or that this
 *                             one might affect (empty when none was found)
 * @param similarPostExpected  someone else in the organisation may be about to post something similar
 */
public record PostingConflicts(boolean checked, List<String> conflicts, boolean similarPostExpected) {

    /**
     * Checks and copies the conflicts.
     *
     * @param checked             whether the person looked
     * @param conflicts           the conflicting events or messages
     * @param similarPostExpected whether a similar post may be coming from someone else
     * @throws IllegalArgumentException when a conflict is blank
     */
    public PostingConflicts {
        conflicts = List.copyOf(Objects.requireNonNull(conflicts, "conflicts"));
        if (conflicts.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("conflicts: a conflict needs a description");
        }
    }

    /** {@return a declaration that the person looked and found nothing} */
    public static PostingConflicts noneFound() {
        return new PostingConflicts(true, List.of(), false);
    }

    /** {@return the declaration without the descriptions, which may name people or events} */
    @Override
    public String toString() {
        return "PostingConflicts[checked=" + checked + ", conflicts=" + conflicts.size()
                + ", similarPostExpected=" + similarPostExpected + "]";
    }
}
