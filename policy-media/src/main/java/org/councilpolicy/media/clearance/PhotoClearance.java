package org.councilpolicy.media.clearance;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.councilpolicy.content.draft.Draft;
import org.councilpolicy.content.draft.MediaRef;
import org.councilpolicy.core.engine.Engine;
import org.councilpolicy.core.engine.RuleRegistry;
import org.councilpolicy.core.profile.Profile;
import org.councilpolicy.core.rule.Finding;
import org.councilpolicy.media.metadata.MetadataKind;
import org.councilpolicy.media.metadata.EmbeddedMetadataRule;

/**
 * Decides whether a photo may be shared from what a person declares about it: the consent checklist
 * ({@code photo.consent}: PH-1, PH-2, PH-3, PD-8), the incident checklist ({@code photo.incident}: PH-4 to
 * PH-7, whose visible-item checks apply in every context), copyright ({@code photo.copyright}: CO-4) and, when
 * the declaration names an image file, its embedded metadata ({@code photo.metadata}: PH-8).
 *
 * <p>The decision is the most severe outcome of any action: NOT_CLEARED &gt; ESCALATE &gt; NEEDS_EDIT &gt;
 * CLEARED (see {@link ClearanceOutcome} for why a missing permission outranks an escalation). The age threshold and
 * the consent validity period come from the profile's {@code photos} section; "today" comes from the clock.
 *
 * <p>Built once; immutable and thread-safe.
 */
public final class PhotoClearance {

    private static final List<Checklist> CHECKLISTS = List.of(new ConsentChecklist(), new IncidentChecklist(),
            new CopyrightChecklist());

    private final PhotoSettings settings;
    private final Profile profile;
    private final Clock clock;
    /** The embedded-metadata rule run by the engine, so its findings take the profile's severity and settings. */
    private final Engine metadata;

    /**
     * A clearance procedure for one council.
     *
     * @param profile the council profile: its photo settings are used
     * @param clock   where the instant comes from; "today" is read in the profile's zone
     */
    public PhotoClearance(Profile profile, Clock clock) {
        this.profile = Objects.requireNonNull(profile, "profile");
        this.settings = profile.settings(PhotoSettings.SECTION);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.metadata = Engine.builder().profile(profile).clock(clock)
                .registry(RuleRegistry.of(List.of(new EmbeddedMetadataRule()))).build();
    }

    /**
     * Same as the constructor.
     *
     * @param profile the council profile: its photo settings are used
     * @param clock   where "today" comes from, in the clock's zone
     * @return the clearance procedure
     */
    public static PhotoClearance of(Profile profile, Clock clock) {
        return new PhotoClearance(profile, clock);
    }

    /**
     * Decides on one declaration; scans its image file when it names one.
     *
     * @param declaration what the person declares about the photo
     * @return the decision, the actions to take and any findings from the image's metadata
     */
    public ClearanceDecision clear(PhotoDeclaration declaration) {
        Objects.requireNonNull(declaration, "declaration");
        Assessment a = new Assessment(profile.today(clock), settings);
        for (Checklist c : CHECKLISTS) {
            c.evaluate(declaration, a);
        }
        List<Finding> findings = declaration.image() == null ? List.of()
                : metadata.check(Draft.builder("").media(new MediaRef(declaration.image().toString(), null)).build())
                        .findings();
        MetadataChecklist.evaluate(findings, a);
        List<ClearanceAction> actions = new ArrayList<>(a.actions());
        // Most severe first; the sort is stable, so checklist order is kept within a severity.
        actions.sort(Comparator.comparing(ClearanceAction::outcome).reversed());
        ClearanceOutcome decision = ClearanceOutcome.CLEARED;
        for (ClearanceAction action : actions) {
            decision = decision.max(action.outcome());
        }
        return new ClearanceDecision(decision, actions, findings);
    }

    /** Whether a finding is about the file's content rather than a failure to read it. */
    static boolean revealing(Finding f) {
        return f.kind() != MetadataKind.UNREADABLE;
    }
}
