package org.councilpolicy.content.judgement;

import org.councilpolicy.core.rule.Span;

/**
 * A stance on a matter a quasi-judicial committee is to decide, found by PN-9's composition
 * ({@link CommitteePredeterminationRule#predetermined}).
 *
 * @param span   where the stance is in the draft's text
 * @param words  the stance's words as written
 * @param label  what the stance does, for a message: "will vote against", "says it must be refused"
 * @param matter the matter it is on, for a message: "an application"
 * @param ownVoice whether the stance's sentence has a first-person word ("I", "my", "we"): the speaker's own view
 * @param national whether the stance's or the matter's sentence names the government, a minister or a national
 *                 policy: a campaign on policy ("the government's planning reforms"), not a matter a committee decides
 * @param sameSentence whether the stance and the matter are in one sentence
 * @param referredBack whether (round 12) the stance's sentence comes within two after the matter's and refers back to
 *                     it with a pronoun ("The Westgate tower goes to planning next week. It's a monstrosity and I'll
 *                     be saying no."): the same matter, said in two sentences
 */
public record Predetermined(Span span, String words, String label, String matter, boolean ownVoice,
                           boolean national, boolean sameSentence, boolean referredBack) {
}
