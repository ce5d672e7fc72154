package org.councilpolicy.media.clearance;

import org.councilpolicy.core.rule.Procedure;

/** One part of the photo clearance: a {@link Procedure} that adds its actions to an assessment. */
interface Checklist extends Procedure {

    void evaluate(PhotoDeclaration declaration, Assessment assessment);
}
