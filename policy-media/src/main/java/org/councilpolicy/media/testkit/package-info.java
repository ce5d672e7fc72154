/**
 * Test kit for integrators, over photo clearance: fluent assertions on
 * {@link org.councilpolicy.media.clearance.ClearanceDecision}s through
 * {@link org.councilpolicy.media.testkit.MediaAssertions}, built like core's
 * {@link org.councilpolicy.testkit.PolicyAssertions}: no test framework needed, and a failed assertion
 * throws {@link java.lang.AssertionError} with a readable message.
 */
package org.councilpolicy.media.testkit;
