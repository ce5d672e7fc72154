package org.councilpolicy.media.clearance;

import java.util.List;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.Severity;

/**
 * {@code photo.incident}: the fire service's rules for photos from incidents (SFRS 4.2: PH-4 to PH-7).
 *
 * <ul>
 *   <li>PH-4: taken only with the officer in charge's permission (missing incident details count as none).</li>
 *   <li>PH-5: not uploaded while still at the scene, unless it benefits the public, and then posted by the
 *       officer in charge or a social media administrator on their behalf.</li>
 *   <li>PH-6: what the checker saw must be edited out (NEEDS_EDIT). Signs of death ESCALATE: the policy allows
 *       editing them out, but whether that is enough is a senior officer's judgement. The visible-item checks
 *       run in every context, not only incidents: a number plate or house number is as identifying in a photo
 *       of a street event. Outside incidents an under-18 that is declared as a subject is left to
 *       {@code photo.consent}; at incidents under-18s are always edited out (SFRS 4.2 offers no consent route).</li>
 *   <li>PH-7: a person in doubt ESCALATEs: to a Station Manager or above at incidents, to the communications
 *       team otherwise.</li>
 * </ul>
 */
public final class IncidentChecklist implements Checklist {

    static final RuleInfo INFO = RuleInfo.builder("photo.incident")
            .title("Incident photo checklist")
            .category(Category.MEDIA)
            .severity(Severity.BLOCK)
            .clauses("PH-4", "PH-5", "PH-6", "PH-7")
            .rationale("Photos from incidents are taken only with the officer in charge's permission, not uploaded "
                    + "from the scene unless it benefits the public, checked for personal items, signs of death, "
                    + "house numbers, number plates, PPE, casualty faces and under-18s, and referred to a Station "
                    + "Manager when in doubt (SFRS 4.2).")
            .fires("An incident photo with a number plate visible, uploaded by the photographer while still at the scene.")
            .passes("An incident photo with the plate blurred, cleared by the officer in charge and posted after the crews left.")
            .build();

    /** For the service loader. */
    public IncidentChecklist() {
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void evaluate(PhotoDeclaration d, Assessment a) {
        boolean incident = d.context() == PhotoContext.INCIDENT;
        if (incident) {
            scene(d.incident(), a);
        }
        visible(d, incident, a);
        if (d.unsure()) {
            if (incident) {
                a.add(ActionCode.ESCALATE_TO_STATION_MANAGER, ClearanceOutcome.ESCALATE, "You are in doubt whether this "
                        + "incident photo is suitable: check with a Station Manager or above before it is used.", "PH-7");
            } else {
                a.add(ActionCode.SEEK_ADVICE, ClearanceOutcome.ESCALATE, "You are in doubt whether this photo is suitable: "
                        + "check with the communications team (or your manager) before it is used.", "PH-7");
            }
        }
    }

    private static void scene(IncidentDetails inc, Assessment a) {
        if (inc == null || !inc.officerInChargePermission()) {
            a.add(ActionCode.OBTAIN_OIC_PERMISSION, ClearanceOutcome.NOT_CLEARED, "Incident photos may only be taken with the "
                    + "permission of the officer in charge" + (inc == null ? ", and none is recorded" : "")
                    + ": do not use it unless the officer in charge agrees.", "PH-4");
        }
        if (inc != null && inc.stillAtScene()) {
            if (!inc.publicBenefit()) {
                a.add(ActionCode.WAIT_UNTIL_LEFT_SCENE, ClearanceOutcome.NOT_CLEARED, "Do not upload while still at the "
                        + "incident: send it to a social media administrator when you can, for checking.", "PH-5");
            } else if (inc.postedBy() == PostedBy.OTHER) {
                a.add(ActionCode.POST_VIA_OIC, ClearanceOutcome.NOT_CLEARED, "Posting from the scene because it benefits the "
                        + "public: the officer in charge must post it, or ask a social media administrator to post "
                        + "it on their behalf.", "PH-5");
            }
        }
    }

    /** What a visible item asks for (PH-6). */
    private record Edit(VisibleItem item, ActionCode action, ClearanceOutcome outcome, String message,
                        String... clauses) {
    }

    /** The visible items edited out in every context, in the order their actions are listed. */
    private static final List<Edit> EDITS = List.of(
            new Edit(VisibleItem.PERSONAL_ITEMS, ActionCode.REMOVE_PERSONAL_ITEMS, ClearanceOutcome.NEEDS_EDIT,
                    "Personal items are visible: edit them out, or do not upload the photo.", "PH-6"),
            new Edit(VisibleItem.SIGNS_OF_DEATH, ActionCode.DO_NOT_UPLOAD_SIGNS_OF_DEATH, ClearanceOutcome.ESCALATE,
                    "Signs of death are visible: do not upload the photo unless every sign is edited out and a "
                            + "Station Manager or above agrees it is suitable.", "PH-6", "PH-7"),
            new Edit(VisibleItem.HOUSE_NUMBER, ActionCode.BLUR_HOUSE_NUMBER, ClearanceOutcome.NEEDS_EDIT,
                    "A house number is visible: blur or crop it so the property cannot be identified.", "PH-6"),
            new Edit(VisibleItem.DISTINGUISHING_PROPERTY, ActionCode.BLUR_PROPERTY_FEATURES, ClearanceOutcome.NEEDS_EDIT,
                    "Distinguishing features of a property are visible: blur or crop them so the property cannot be "
                            + "identified.", "PH-6"),
            new Edit(VisibleItem.NUMBER_PLATE, ActionCode.BLUR_NUMBER_PLATE, ClearanceOutcome.NEEDS_EDIT,
                    "A number plate is visible: blur it.", "PH-6"),
            new Edit(VisibleItem.INAPPROPRIATE_PPE, ActionCode.CHECK_PPE, ClearanceOutcome.NEEDS_EDIT,
                    "Someone is shown in inappropriate PPE: edit them out, or do not use the photo.", "PH-6"),
            new Edit(VisibleItem.CASUALTY_FACE, ActionCode.BLUR_CASUALTY_FACE, ClearanceOutcome.NEEDS_EDIT,
                    "A casualty's face is visible: blur it, or do not upload the photo.", "PH-6"));

    private static void visible(PhotoDeclaration d, boolean incident, Assessment a) {
        for (Edit e : EDITS) {
            if (d.shows(e.item())) {
                a.add(e.action(), e.outcome(), e.message(), e.clauses());
            }
        }
        if (d.shows(VisibleItem.UNDER_18)) {
            boolean declaredChild = d.subjects().stream()
                    .anyMatch(s -> s.isChild(a.settings().ageThreshold()) || s.isAgeUnknown());
            if (incident) {
                a.add(ActionCode.BLUR_UNDER_18, ClearanceOutcome.NEEDS_EDIT, "Someone under "
                        + a.settings().ageThreshold() + " is visible in an incident photo: blur or crop them out.",
                        "PH-6", "PH-1");
            } else if (!declaredChild) {
                a.add(ActionCode.BLUR_UNDER_18, ClearanceOutcome.NEEDS_EDIT, "Someone under "
                        + a.settings().ageThreshold() + " is visible but not declared: blur or crop them out, or "
                        + "declare them with a parent's written permission.", "PH-1", "PH-6");
            }
        }
    }
}
