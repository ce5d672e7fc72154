/**
 * Test kit for integrators, over policy-content's decisions: fluent assertions on message
 * {@link org.councilpolicy.content.messages.Classification}s and comment
 * {@link org.councilpolicy.content.moderation.ModerationDecision}s, through
 * {@link org.councilpolicy.content.testkit.ContentAssertions}. Like core's
 * {@link org.councilpolicy.testkit.PolicyAssertions} it needs no test framework: a failed assertion
 * throws {@link java.lang.AssertionError} with a readable message that never shows personal data
 * unmasked.
 */
package org.councilpolicy.content.testkit;
