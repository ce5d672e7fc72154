package org.councilpolicy.media.clearance;

import java.time.LocalDate;
import java.util.Optional;
import org.councilpolicy.core.rule.Category;
import org.councilpolicy.core.rule.RuleInfo;
import org.councilpolicy.core.rule.Severity;

/**
 * {@code photo.consent}: everyone recognisable in a photo has given permission (PH-1, PH-2, PH-3, PD-8).
 *
 * <ul>
 *   <li>A recognisable child (under the profile's age threshold, by exact age when given, else by band)
 *       needs written parental consent on the official form, with its reference and date, still valid.</li>
 *   <li>A recognisable adult needs their own permission (written or verbal), still valid; a colleague their
 *       express permission (PD-8). A parent's consent no longer covers someone who has since come of age.</li>
 *   <li>Someone of unknown age is treated as possibly a child: a parent's consent or their own with their age
 *       confirmed.</li>
 *   <li>An unrecognisable child needs no consent, but the policy advises caution: advice only.</li>
 * </ul>
 * A consent is valid up to its {@code expires} date, or for the profile's {@code consentValidityMonths}
 * from the day it was given.
 */
public final class ConsentChecklist implements Checklist {

    static final RuleInfo INFO = RuleInfo.builder("photo.consent")
            .title("Photo consent checklist")
            .category(Category.MEDIA)
            .severity(Severity.BLOCK)
            .clauses("PH-1", "PH-2", "PH-3", "PD-8")
            .rationale("Parental permission, in writing on the official form, must be obtained for any child under "
                    + "18 before their image is shared (SCC 2.9, SFRS 4.3); permission is obtained before "
                    + "photographing anyone, and colleagues' photos need their express permission.")
            .fires("A recognisable 7-year-old at a school event, no parental consent form.")
            .passes("The same photo with parental consent form F-123 signed last month.")
            .build();

    /** For the service loader. */
    public ConsentChecklist() {
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void evaluate(PhotoDeclaration declaration, Assessment a) {
        int n = declaration.subjects().size();
        for (int i = 0; i < n; i++) {
            PhotoSubject s = declaration.subjects().get(i);
            String who = n == 1 ? "The person in the photo" : "Person " + (i + 1) + " in the photo";
            int threshold = a.settings().ageThreshold();
            if (s.isChild(threshold)) {
                child(s, who, threshold, a);
            } else if (s.isAgeUnknown()) {
                unknownAge(s, who, threshold, a);
            } else {
                adult(s, who, threshold, a);
            }
        }
    }

    private static void child(PhotoSubject s, String who, int threshold, Assessment a) {
        ConsentRecord c = s.consent();
        boolean parental = c != null && c.kind() == ConsentKind.PARENTAL_WRITTEN;
        if (!s.recognisable()) {
            if (!parental) {
                a.add(ActionCode.CAUTION_UNRECOGNISABLE_CHILD, ClearanceOutcome.CLEARED, who + " is a child who cannot be "
                        + "recognised, so parental permission is not needed; still, err on the side of caution: "
                        + "make sure no face, name, school badge or other detail identifies them.", "PH-1");
            }
            return;
        }
        String age = s.age() == null ? "a child" : "a child aged " + s.age();
        if (c == null) {
            a.add(ActionCode.OBTAIN_PARENTAL_CONSENT, ClearanceOutcome.NOT_CLEARED, who + " is " + age + " (under "
                    + threshold + ") and recognisable: get a parent's written permission on the official "
                    + "permissions form before sharing, or make the child unrecognisable.", "PH-1", "PH-3");
            return;
        }
        if (!parental) {
            a.add(ActionCode.OBTAIN_PARENTAL_CONSENT, ClearanceOutcome.NOT_CLEARED, who + " is " + age + " (under "
                    + threshold + "): " + describe(c.kind()) + " is not enough; a parent must give written "
                    + "permission on the official form.", "PH-1", "PH-3");
            return;
        }
        parentalFormDetails(c, who, a);
    }

    private static void parentalFormDetails(ConsentRecord c, String who, Assessment a) {
        Optional<LocalDate> last = c.lastValidDay(a.settings().consentValidityMonths());
        if (last.isPresent() && last.get().isBefore(a.today())) {
            a.add(ActionCode.RENEW_CONSENT, ClearanceOutcome.NOT_CLEARED, "The parental consent for " + lower(who)
                    + " expired on " + last.get() + ": ask the parent to sign a new form.", "PH-1");
            return;
        }
        if (!c.hasReference() || last.isEmpty()) {
            a.add(ActionCode.RECORD_CONSENT_FORM, ClearanceOutcome.NOT_CLEARED, "The parental consent for " + lower(who)
                    + " has no " + (c.hasReference() ? "date" : "form reference")
                    + ": record the signed official form (its reference and the date it was given) so it can "
                    + "be checked.", "PH-1");
        }
    }

    private static void unknownAge(PhotoSubject s, String who, int threshold, Assessment a) {
        ConsentRecord c = s.consent();
        if (!s.recognisable()) {
            if (c == null || c.kind() != ConsentKind.PARENTAL_WRITTEN) {
                a.add(ActionCode.CAUTION_UNRECOGNISABLE_CHILD, ClearanceOutcome.CLEARED, who + " may be a child and cannot "
                        + "be recognised: no permission is needed, but err on the side of caution.", "PH-1");
            }
            return;
        }
        if (c != null && c.kind() == ConsentKind.PARENTAL_WRITTEN) {
            parentalFormDetails(c, who, a);
            return;
        }
        if (c == null) {
            a.add(ActionCode.CONFIRM_AGE, ClearanceOutcome.NOT_CLEARED, who + " is recognisable and their age is not known: "
                    + "confirm they are " + threshold + " or over and get their permission, or treat them as a "
                    + "child and get a parent's written permission on the official form.", "PH-1", "PH-2", "PH-3");
            return;
        }
        if (expired(c, who, a, "PH-2")) {
            return;
        }
        a.add(ActionCode.CONFIRM_AGE, ClearanceOutcome.CLEARED, who + " gave their own permission but their age is not "
                + "recorded: confirm they are " + threshold + " or over (otherwise a parent's written permission is "
                + "needed).", "PH-1");
    }

    private static void adult(PhotoSubject s, String who, int threshold, Assessment a) {
        if (!s.recognisable()) {
            return;
        }
        ConsentRecord c = s.consent();
        String clause = s.colleague() ? "PD-8" : "PH-2";
        if (c == null) {
            if (s.colleague()) {
                a.add(ActionCode.OBTAIN_COLLEAGUE_PERMISSION, ClearanceOutcome.NOT_CLEARED, who + " is a colleague: do not "
                        + "upload photos of colleagues without their express permission.", "PD-8", "PH-3");
            } else {
                a.add(ActionCode.OBTAIN_ADULT_PERMISSION, ClearanceOutcome.NOT_CLEARED, who + " is a recognisable adult "
                        + "who has not given permission: ask them before sharing their picture.", "PH-2", "PH-3");
            }
            return;
        }
        if (c.kind() == ConsentKind.PARENTAL_WRITTEN) {
            String age = s.age() == null ? "now an adult" : "now " + s.age();
            a.add(ActionCode.RENEW_CONSENT, ClearanceOutcome.NOT_CLEARED, "The consent for " + lower(who) + " was given by a "
                    + "parent, but they are " + age + " (the threshold is " + threshold + "): they must now give "
                    + "their own permission.", "PH-1", clause);
            return;
        }
        expired(c, who, a, clause);
    }

    private static boolean expired(ConsentRecord c, String who, Assessment a, String clause) {
        Optional<LocalDate> last = c.lastValidDay(a.settings().consentValidityMonths());
        if (last.isPresent() && last.get().isBefore(a.today())) {
            a.add(ActionCode.RENEW_CONSENT, ClearanceOutcome.NOT_CLEARED, "The permission from " + lower(who)
                    + " expired on " + last.get() + ": ask them again.", clause);
            return true;
        }
        return false;
    }

    private static String describe(ConsentKind kind) {
        return switch (kind) {
            case PARENTAL_WRITTEN -> "written parental consent";
            case ADULT_WRITTEN -> "an adult's written consent";
            case ADULT_VERBAL -> "verbal consent";
            case STAFF -> "a staff consent";
        };
    }

    private static String lower(String who) {
        return Character.toLowerCase(who.charAt(0)) + who.substring(1);
    }
}
