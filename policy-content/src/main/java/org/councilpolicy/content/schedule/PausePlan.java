package org.councilpolicy.content.schedule;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a posting pause means for a schedule: which posts to hold (and until when) and which stay as they are.
 *
 * @param pause      the pause
 * @param held       posts scheduled within the pause, in schedule order
 * @param unaffected posts scheduled outside it, in the order given
 */
public record PausePlan(PostingPause pause, List<HeldPost> held, List<ScheduledPost> unaffected) {
    /**
     * Validates that nothing is null and copies the lists.
     *
     * @param pause      the pause
     * @param held       posts scheduled within the pause
     * @param unaffected posts scheduled outside it
     */
    public PausePlan {
        Objects.requireNonNull(pause, "pause");
        held = List.copyOf(Objects.requireNonNull(held, "held"));
        unaffected = List.copyOf(Objects.requireNonNull(unaffected, "unaffected"));
    }

    /**
     * The hold of the post with that id, if the pause holds it.
     *
     * @param id the post's id
     * @return the hold, or empty
     */
    public Optional<HeldPost> hold(String id) {
        Objects.requireNonNull(id, "id");
        return held.stream().filter(h -> h.post().id().equals(id)).findFirst();
    }

    /**
     * Whether the pause holds the post with that id.
     *
     * @param id the post's id
     * @return whether it is held
     */
    public boolean isHeld(String id) {
        return hold(id).isPresent();
    }
}
