package org.councilpolicy.content.messages;

import java.util.List;

/**
 * What {@link RequestScorer} makes of a message's text, before the profile (regime, deadline, wording) is applied.
 *
 * @param type           the request type; for an ambiguous message, the type it would be if it is a request
 * @param ambiguous      whether to ask the customer if they want it handled as an FOI request
 * @param confidence     confidence in {@code type} (and for an ambiguous message, that it is a request), 0..1
 * @param score          the request score the decision was made on
 * @param complaint      whether it is (also) a complaint
 * @param serviceEnquiry whether it reads as an everyday service question
 * @param fireSensitive  whether it asks about incident details a fire service may not give on social media
 * @param reasons        the cues behind the decision, for people (lexicon phrases and features, never the text)
 * @param cues           where the deciding cues are in the text, by decision
 */
record RequestAssessment(RequestType type, boolean ambiguous, double confidence, double score, boolean complaint,
                  boolean serviceEnquiry, boolean fireSensitive, List<String> reasons,
                  List<CueSpan> cues) {
    RequestAssessment {
        reasons = List.copyOf(reasons);
        cues = List.copyOf(cues);
    }
}
