/**
 * Test kit for integrators: fluent assertions over {@link org.councilpolicy.core.engine.Report}s and
 * generators of realistic council drafts with planted personal data, for the tests a council writes
 * around its own use of the library.
 *
 * <h2>Assertions</h2>
 * {@link org.councilpolicy.testkit.PolicyAssertions} works with any test framework: a failed
 * assertion throws {@link java.lang.AssertionError} with a readable message listing the report's
 * findings (rule, severity, span, kind, clauses and the <em>masked</em> excerpt: the message never
 * holds the personal data a finding is about).
 * <pre>{@code
 * import static org.councilpolicy.testkit.PolicyAssertions.assertThat;
 *
 * assertThat(engine.check(Draft.of("Call Jane on 07700 900123")))
 *         .isBlocked()
 *         .hasFinding("personal-data.phone").at(18, 30).withKind("PHONE").citing("PD-1");
 * assertThat(engine.check(Draft.of("Bins are collected on Monday"))).isPublishable();
 * }</pre>
 *
 * <h2>Generators</h2>
 * {@link org.councilpolicy.testkit.DraftGenerators} gives plain {@link org.councilpolicy.testkit.Gen}erators
 * (over {@link java.util.random.RandomGenerator}, no framework needed) of
 * {@link org.councilpolicy.testkit.PlantedText}: council drafts, clean or with personal data of a
 * chosen {@link org.councilpolicy.core.rule.PersonalDataKind} planted at known offsets, so a
 * property test can check that nothing a council publishes leaks.
 *
 * <h2>Extending</h2>
 * Assertions over types of other modules live beside those types, so this package depends on core
 * only. Classifications and moderation decisions (policy-content) are to get
 * {@code org.councilpolicy.content.testkit.ContentAssertions}, built the same way: an entry class of
 * static {@code assertThatX} methods named for what they assert on (only this package's entry class uses
 * plain {@code assertThat}, so static imports never clash), assertion objects that throw {@link java.lang.AssertionError}
 * through {@link org.councilpolicy.testkit.Failures}, and findings described with
 * {@link org.councilpolicy.testkit.FindingDescriptions}, which masks what it shows.
 */
package org.councilpolicy.testkit;
